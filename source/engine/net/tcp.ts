// The TCP connect of a probe: one address with a deadline, or each address in turn while the
// failure says nothing was connected (refused, unreachable), so retrying is harmless.
import net from 'node:net';
import type {ConnectionGate} from '../connection-limiter.js';
import {startDeadline} from '../deadline.js';
import {errorCodeOf} from '../tls-errors.js';

/** Outcome of a TCP connect. */
export type ConnectOutcome =
	| {readonly kind: 'connected'; readonly socket: net.Socket; readonly address: string}
	| {
			readonly kind: 'failed';
			readonly errorCode: string;
			readonly address: string;
			readonly isTimeout: boolean;
			/** Addresses that failed fast before this one (connectFirst). */
			readonly earlier?: ReadonlyArray<{readonly address: string; readonly errorCode: string}>;
	  }
	| {readonly kind: 'cancelled'};

/** Error codes worth trying the next address for: nothing was connected, so retrying is harmless. */
const nextAddressCodes = new Set([
	'ECONNREFUSED',
	'EHOSTUNREACH',
	'ENETUNREACH',
	'EADDRNOTAVAIL',
	'EAFNOSUPPORT',
]);

/**
 * Opens one TCP connection, bounded by `timeoutMs` and the signal. With a gate (a batch:
 * ProbeOptions.connectionGate) it first waits for a slot keyed by the address, so the timeout
 * counts only the connect; the slot is given back when the socket closes, on every path.
 */
export async function connectTcp(
	address: string,
	port: number,
	timeoutMs: number,
	signal: AbortSignal,
	gate?: ConnectionGate,
): Promise<ConnectOutcome> {
	if (signal.aborted) {
		return {kind: 'cancelled'};
	}

	const release = gate ? await gate(address, signal) : undefined;
	if (gate && (!release || signal.aborted)) {
		release?.();
		return {kind: 'cancelled'};
	}

	const socket = net.connect({host: address, port, noDelay: true});
	if (release) {
		socket.once('close', release);
	}

	return new Promise<ConnectOutcome>((resolve) => {
		const finish = (outcome: ConnectOutcome) => {
			timer.clear();
			signal.removeEventListener('abort', onAbort);
			socket.removeListener('connect', onConnect);
			socket.removeListener('error', onError);
			if (outcome.kind !== 'connected') {
				socket.destroy();
			}

			resolve(outcome);
		};

		const onConnect = () => {
			finish({kind: 'connected', socket, address});
		};

		const onError = (error: unknown) => {
			finish({kind: 'failed', errorCode: errorCodeOf(error), address, isTimeout: false});
		};

		const onAbort = () => {
			finish({kind: 'cancelled'});
		};

		const timer = startDeadline(timeoutMs, () => {
			finish({kind: 'failed', errorCode: 'ETIMEDOUT', address, isTimeout: true});
		});
		socket.once('connect', onConnect);
		socket.once('error', onError);
		signal.addEventListener('abort', onAbort, {once: true});
	});
}

/**
 * Connects to the first address that accepts, in the order given (the probe passes IPv4
 * first, then IPv6; -4/-6 leave one family). Moves on only on a fast failure where nothing
 * was connected (refused, unreachable), never after a timeout, so the wait stays bounded by
 * one connect timeout and at most one attempt per address. `onNext` hears each move.
 */
export async function connectFirst(
	addresses: readonly string[],
	port: number,
	timeoutMs: number,
	signal: AbortSignal,
	onNext?: (failed: {readonly address: string; readonly errorCode: string}, next: string) => void,
	gate?: ConnectionGate,
): Promise<ConnectOutcome> {
	let last: ConnectOutcome = {
		kind: 'failed',
		errorCode: 'ENOADDRESS',
		address: '',
		isTimeout: false,
	};
	const earlier: Array<{readonly address: string; readonly errorCode: string}> = [];
	for (const [index, address] of addresses.entries()) {
		last = await connectTcp(address, port, timeoutMs, signal, gate);
		if (last.kind === 'failed' && earlier.length > 0) {
			last = {...last, earlier: [...earlier]};
		}

		if (last.kind !== 'failed' || !nextAddressCodes.has(last.errorCode)) {
			return last;
		}

		earlier.push({address: last.address, errorCode: last.errorCode});
		const next = addresses[index + 1];
		if (next !== undefined) {
			onNext?.(last, next);
		}
	}

	return last;
}
