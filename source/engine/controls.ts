// Control probes: "my network or the server?". When a port of the server cannot be reached,
// the same port is tried on a few other well-behaved hosts (controls) from this machine: one
// TCP connect each, closed at once (no SMTP, never AUTH). If the controls fail the same way,
// this network blocks that port; if they connect, the fault is at the server or its firewall.
import {isIP} from 'node:net';
import {connectTcp} from './connection.js';
import {startDeadline} from './deadline.js';
import {sanitizeText} from './sanitize.js';
import {nowMs} from './clock.js';

/** A control host, optionally with the one port it answers on (HOST:PORT). */
export type ControlTarget = {
	readonly host: string;
	/** When set, this port is tried whatever port of the server failed. */
	readonly port?: number;
	/** The ports this control serves (a built-in one): tried only for those. */
	readonly ports?: readonly number[];
};

/** What one control connect did. */
export type ControlOutcome = 'connected' | 'refused' | 'timeout' | 'unreachable' | 'unresolved';

/** One control connect: which control, which port, what happened and how long it took. */
export type ControlResult = {
	/** The control as given (escaped). */
	readonly host: string;
	readonly address?: string;
	/** The server's port this control stands in for. */
	readonly forPort: number;
	/** The port tried on the control (forPort, or the control's own port). */
	readonly port: number;
	readonly outcome: ControlOutcome;
	readonly errorCode?: string;
	readonly ms: number;
};

const refusedCodes = new Set(['ECONNREFUSED', 'ECONNRESET']);
const timeoutCodes = new Set(['ETIMEDOUT']);

async function resolveControl(
	host: string,
	timeoutMs: number,
	family: 4 | 6 | undefined,
	signal: AbortSignal,
): Promise<string | undefined> {
	if (isIP(host) !== 0) {
		return host;
	}

	// node:dns loads only when a control is a name (bench/notes: a check of IP literals never
	// needs it). Bounded by the timeout and by Ctrl+C (dns.lookup itself cannot be cancelled).
	const {lookup} = await import('node:dns');
	if (signal.aborted) {
		return undefined;
	}

	return new Promise((resolve) => {
		const done = (address: string | undefined) => {
			deadline.clear();
			signal.removeEventListener('abort', onAbort);
			resolve(address);
		};

		const onAbort = () => {
			done(undefined);
		};

		const deadline = startDeadline(timeoutMs, () => {
			done(undefined);
		});
		signal.addEventListener('abort', onAbort, {once: true});
		lookup(host, family ? {family} : {}, (error, address) => {
			done(error ? undefined : address);
		});
	});
}

/** Tries `forPort` (or the control's own port) on `target`: one connect, closed at once. */
export async function probeControl(
	target: ControlTarget,
	forPort: number,
	options: {readonly timeoutMs: number; readonly signal: AbortSignal; readonly family?: 4 | 6},
): Promise<ControlResult> {
	const started = nowMs();
	const host = sanitizeText(target.host, {maxLength: 255});
	const port = target.port ?? forPort;
	const elapsed = () => Math.round(nowMs() - started);
	const address = await resolveControl(
		target.host,
		options.timeoutMs,
		options.family,
		options.signal,
	);
	if (address === undefined) {
		return {host, forPort, port, outcome: 'unresolved', ms: elapsed()};
	}

	const remaining = Math.max(1, options.timeoutMs - elapsed());
	const outcome = await connectTcp(address, port, remaining, options.signal);
	if (outcome.kind === 'connected') {
		outcome.socket.destroy();
		return {host, address, forPort, port, outcome: 'connected', ms: elapsed()};
	}

	if (outcome.kind === 'cancelled') {
		return {
			host,
			address,
			forPort,
			port,
			outcome: 'timeout',
			errorCode: 'CANCELLED',
			ms: elapsed(),
		};
	}

	const kind: ControlOutcome = refusedCodes.has(outcome.errorCode)
		? 'refused'
		: timeoutCodes.has(outcome.errorCode) || outcome.isTimeout
			? 'timeout'
			: 'unreachable';
	return {host, address, forPort, port, outcome: kind, errorCode: outcome.errorCode, ms: elapsed()};
}

/** Probes every control for `forPort`, at the same time. */
export async function probeControls(
	targets: readonly ControlTarget[],
	forPort: number,
	options: {readonly timeoutMs: number; readonly signal: AbortSignal; readonly family?: 4 | 6},
): Promise<ControlResult[]> {
	return Promise.all(targets.map(async (target) => probeControl(target, forPort, options)));
}
