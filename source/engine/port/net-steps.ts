// The network steps of a port probe: the TCP connect (every address in turn), an implicit-TLS
// connection, and the TLS handshake as a timed phase whose facts are recorded and judged.
import {
	type ConnectOutcome,
	connectFirst,
	SmtpConnection,
	TapStream,
	tlsHandshake,
} from '../connection.js';
import type {ConnectionGate} from '../connection-limiter.js';
import {sanitizeText} from '../sanitize.js';
import {
	certificateName,
	clientTlsOptions,
	collectTlsFacts,
	judgeTls,
	sniName,
} from '../tls-facts.js';
import type {Verdict} from '../types.js';
import type {ImplicitTlsOutcome} from './context.js';
import {connectOutcomeVerdict} from './decide.js';
import {type Probe, timeoutsOf} from './state.js';
import {nowMs} from '../clock.js';

/** "127.0.0.1:25", "[::1]:25" for notes. */
function hostPort(address: string, port: string): string {
	return address.includes(':') ? `[${address}]:${port}` : `${address}:${port}`;
}

/** The TCP connect of one attempt, as the `connect` phase. */
export async function connect(
	probe: Probe,
	attempt: number,
	signal: AbortSignal,
): Promise<ConnectOutcome> {
	const {context, found, rec} = probe;
	found.attempts = Math.max(found.attempts, attempt);
	// In a batch (ProbeOptions.connectionGate) the connect phase starts once a slot is granted,
	// so its time is the connect's own; the wait is a note of its own.
	const gate = context.options.connectionGate;
	let end = gate ? undefined : rec.startPhase('connect', attempt);
	const waitStart = nowMs();
	const timedGate: ConnectionGate | undefined = gate
		? async (address, gateSignal) => {
				const release = await gate(address, gateSignal);
				if (release && !end) {
					const waitedMs = Math.round(nowMs() - waitStart);
					if (waitedMs > 0) {
						rec.note(attempt, `waited ${waitedMs} ms for a connection slot (--concurrency)`);
					}

					end = rec.startPhase('connect', attempt);
				}

				return release;
			}
		: undefined;
	// The lab shows standard ports but serves them from ephemeral ones (ProbeOptions.portMap).
	const realPort = context.options.portMap?.[context.port] ?? context.port;
	const portText =
		realPort === context.port ? String(realPort) : `${context.port} (real port ${realPort})`;
	const outcome = await connectFirst(
		context.addresses,
		realPort,
		timeoutsOf(probe).connect,
		signal,
		(failed, next) => {
			const why = failed.errorCode === 'ECONNREFUSED' ? 'refused' : failed.errorCode;
			rec.note(attempt, `${hostPort(failed.address, portText)} ${why}; trying ${next}`);
		},
		timedGate,
	);
	// Cancelled while waiting for a slot: the phase is still recorded, as cancelled.
	end ??= rec.startPhase('connect', attempt);
	if (outcome.kind === 'connected') {
		if (outcome.socket.localAddress) {
			probe.localAddresses.set(attempt, outcome.socket.localAddress);
		}

		found.address ??= outcome.address;
		end(true, outcome.address);
		rec.note(attempt, `connected to ${outcome.address} port ${portText}`);
	} else if (outcome.kind === 'failed') {
		// The verdict is about the last address tried; the result says which one it was.
		if (outcome.address) {
			found.address ??= outcome.address;
		}

		end(false, outcome.errorCode);
		rec.note(attempt, `connect to ${outcome.address} port ${portText}: ${outcome.errorCode}`);
	} else {
		end(false, 'cancelled');
	}

	return outcome;
}

/** The verdict for a failed connect (see connectOutcomeVerdict); the result names its address. */
export function connectVerdict(
	probe: Probe,
	outcome: Extract<ConnectOutcome, {kind: 'failed'}>,
): Verdict {
	const {verdict, address} = connectOutcomeVerdict(
		probe.context.port,
		outcome,
		timeoutsOf(probe).connect,
	);
	probe.found.address = address || probe.found.address;
	return verdict;
}

/** Connects and does the TLS handshake at once (implicit TLS, RFC 8314). */
export async function openImplicitTls(
	probe: Probe,
	attempt: number,
	signal: AbortSignal,
): Promise<ImplicitTlsOutcome> {
	const connected = await connect(probe, attempt, signal);
	if (connected.kind === 'cancelled') {
		return {kind: 'cancelled'};
	}

	if (connected.kind === 'failed') {
		return {kind: 'connect-failed', verdict: connectVerdict(probe, connected)};
	}

	const tap = new TapStream(connected.socket);
	probe.resources.add(connected.socket);
	probe.resources.add(tap);
	const outcome = await handshake(probe, attempt, signal, async (options, timeoutMs) =>
		tlsHandshake(tap, options, timeoutMs, signal, (socket) => probe.resources.add(socket)),
	);
	if (outcome.kind === 'ok') {
		const conn = new SmtpConnection(
			outcome.socket,
			true,
			probe.rec.sink(attempt),
			probe.context.signal,
			[connected.socket, tap],
			probe.redact,
		);
		probe.connections.add(conn);
		return {kind: 'ok', conn};
	}

	tap.destroy();
	connected.socket.destroy();
	if (outcome.kind === 'cancelled') {
		return {kind: 'cancelled'};
	}

	return {
		kind: 'tls-failed',
		reason: outcome.reason,
		...(outcome.errorCode ? {errorCode: outcome.errorCode} : {}),
		...(outcome.alert === undefined ? {} : {alert: outcome.alert}),
		isTimeout: outcome.isTimeout,
		firstBytes: tap.firstBytes,
	};
}

/** Runs a TLS handshake as the `tls` phase and, when it succeeds, records and judges the facts. */
export async function handshake(
	probe: Probe,
	attempt: number,
	signal: AbortSignal,
	run: (
		options: ReturnType<typeof clientTlsOptions>,
		timeoutMs: number,
	) => ReturnType<typeof tlsHandshake>,
) {
	const {context, found, rec} = probe;
	const {host, options} = context;
	const servername = sniName(host, options.servername);
	const checkName = certificateName(host, options.servername);
	const end = rec.startPhase('tls', attempt);
	const startedAt = nowMs();
	const outcome = await run(clientTlsOptions(servername, options.ca), timeoutsOf(probe).tls);
	if (outcome.kind !== 'ok') {
		end(false, outcome.kind === 'failed' ? outcome.reason : 'cancelled');
		if (outcome.kind === 'failed') {
			rec.note(attempt, `TLS handshake failed: ${outcome.reason}`);
		}

		return outcome;
	}

	if (signal.aborted) {
		end(false, 'cancelled');
		return {kind: 'cancelled'} as const;
	}

	const facts = collectTlsFacts(outcome.socket, {
		checkName,
		servername,
		handshakeMs: Math.round(nowMs() - startedAt),
	});
	found.tls = facts;
	found.tlsJudgement = judgeTls(facts, checkName, context.port);
	end(true, `${facts.protocol} ${facts.cipher}`);
	rec.note(
		attempt,
		`TLS established: ${facts.protocol}, ${facts.cipher}, certificate ${
			facts.isTrusted ? 'trusted' : `not trusted (${facts.trustError ?? 'unknown'})`
		}${facts.isHostnameMatch ? '' : `, not valid for ${sanitizeText(checkName, {maxLength: 100})}`}`,
		true,
	);
	context.emit({type: 'tls-established', port: context.port, tls: facts});
	return outcome;
}
