// Which connections a port gets, and in what order (at most two per port):
//   - TLS first (465, --mode implicit-tls): a handshake at once; a plain answer in auto mode
//     is a warned mix-up and a second, plain connection;
//   - plain first (the others): on the relay and submission ports (25, 587, 2525) the plain
//     connection waits the whole greeting timeout, and only if it stayed silent is it closed
//     and a TLS handshake tried on a second connection: those ports often sit behind
//     greeting-delay defences (postscreen "pregreet") that block an IP which talks before the
//     banner, even on a parallel connection. On non-standard ports, a plain connection that
//     has received no byte after `plainSilenceMs` (1.5 s) opens a second connection and tries
//     TLS in parallel while the first keeps waiting; whichever answers first wins.
// Either way the greeting phase ends at the greeting timeout and the TLS check is its own
// phase on attempt 2.
import {type ReadOutcome, SmtpConnection} from '../connection.js';
import type {Verdict} from '../types.js';
import {makeVerdict} from '../verdict.js';
import {defaultPlainSilenceMs, type ImplicitTlsOutcome, type PhaseEnd} from './context.js';
import {classifyFirstBytes, firstLine, tlsFirstFailure} from './decide.js';
import {session} from './dialogue.js';
import {connect, connectVerdict, openImplicitTls} from './net-steps.js';
import {checkAborted, type Probe, stop, timeoutsOf} from './state.js';
import {nowMs} from '../clock.js';

/** Standard relay and submission ports: no TLS race before the banner (greeting-delay defences). */
const greetingDelayGuardedPorts: ReadonlySet<number> = new Set([25, 587, 2525]);

/** The whole probe of the port; its verdict (or a Stop with one). */
export async function portFlow(probe: Probe): Promise<Verdict> {
	const isTlsFirst =
		probe.mode === 'implicit-tls' || (probe.mode === 'auto' && probe.role === 'submissions');
	return isTlsFirst ? tlsFirstFlow(probe) : plainFlow(probe, 1, true);
}

async function tlsFirstFlow(probe: Probe): Promise<Verdict> {
	const {context, found} = probe;
	const {port} = context;
	const outcome = await openImplicitTls(probe, 1, context.signal);
	checkAborted(probe);
	if (outcome.kind === 'cancelled') {
		stop(makeVerdict('cancelled', {port}));
	}

	if (outcome.kind === 'connect-failed') {
		return outcome.verdict;
	}

	if (outcome.kind === 'ok') {
		found.encryption = 'implicit-tls';
		return session(probe, outcome.conn, 1, 'implicit-tls');
	}

	const failure = tlsFirstFailure({
		port,
		mode: probe.mode,
		firstBytes: outcome.firstBytes,
		...(outcome.errorCode ? {errorCode: outcome.errorCode} : {}),
		...(outcome.alert === undefined ? {} : {alert: outcome.alert}),
		reason: outcome.reason,
		isTimeout: outcome.isTimeout,
		tlsTimeoutMs: timeoutsOf(probe).tls,
	});
	if (failure.kind === 'try-plain') {
		found.findings.push(failure.finding);
		probe.rec.note(
			1,
			`port ${port} answered in plain text; trying plain SMTP on a second connection`,
		);
		return plainFlow(probe, 2, false);
	}

	if (failure.isPlainText) {
		found.encryption = 'none';
	}

	return failure.verdict;
}

async function plainFlow(probe: Probe, attempt: number, mayTryTls: boolean): Promise<Verdict> {
	const {context, rec} = probe;
	const {port} = context;
	const timeouts = timeoutsOf(probe);
	const connected = await connect(probe, attempt, context.signal);
	checkAborted(probe);
	if (connected.kind === 'failed') {
		return connectVerdict(probe, connected);
	}

	if (connected.kind === 'cancelled') {
		stop(makeVerdict('cancelled', {port}));
	}

	const conn = new SmtpConnection(
		connected.socket,
		false,
		rec.sink(attempt),
		context.signal,
		[connected.socket],
		probe.redact,
	);
	probe.connections.add(conn);
	const endGreeting = rec.startPhase('greeting', attempt);
	const greetingStart = nowMs();
	const silenceMs = context.options.plainSilenceMs ?? defaultPlainSilenceMs;
	const remaining = () => Math.max(0, timeouts.greeting - (nowMs() - greetingStart));
	let outcome: ReadOutcome;
	if (mayTryTls && isGreetingDelayGuarded(probe)) {
		// Wait the full greeting time on one connection, and only when it stayed silent try TLS
		// on a second one, to name the mix-up (an implicit-TLS server on a plain port).
		outcome = await conn.readReply(timeouts.greeting);
		if (outcome.kind === 'timeout' && conn.bytesReceived === 0) {
			endGreeting(false, 'timeout');
			conn.close();
			probe.connections.delete(conn);
			rec.note(
				attempt,
				`no banner within ${timeouts.greeting} ms; trying TLS on a second connection`,
			);
			const tlsOutcome = await openImplicitTls(probe, attempt + 1, context.signal);
			checkAborted(probe);
			if (tlsOutcome.kind === 'ok') {
				return tlsAfterSilence(probe, tlsOutcome.conn, attempt + 1);
			}

			keepSilentPortEvidence(probe, tlsOutcome);
		}
	} else if (mayTryTls && silenceMs < timeouts.greeting) {
		// Non-standard ports: race a TLS handshake after a short silence, so an implicit-TLS
		// port is named in seconds rather than after the whole greeting timeout.
		outcome = await conn.readReply(silenceMs);
		if (outcome.kind === 'timeout' && conn.bytesReceived === 0) {
			const raced = await raceGreetingWithTls(probe, conn, attempt, remaining, endGreeting);
			if (raced.kind === 'tls') {
				endGreeting(false, 'no banner in clear; the port speaks TLS');
				conn.close();
				probe.connections.delete(conn);
				return tlsAfterSilence(probe, raced.conn, attempt + 1);
			}

			outcome = raced.outcome;
		} else if (outcome.kind === 'timeout') {
			outcome = await conn.readReply(remaining());
		}
	} else {
		outcome = await conn.readReply(timeouts.greeting);
	}

	return session(probe, conn, attempt, 'plain', {outcome, end: endGreeting});
}

/** Ports where we never talk before the banner, even on a second connection (see the top). */
function isGreetingDelayGuarded(probe: Probe): boolean {
	return greetingDelayGuardedPorts.has(probe.context.port) && probe.role !== 'submissions';
}

/**
 * The plain connection has been silent for `plainSilenceMs`: try a TLS handshake on a second
 * connection while the first keeps waiting for a banner. The first to answer wins.
 */
async function raceGreetingWithTls(
	probe: Probe,
	conn: SmtpConnection,
	attempt: number,
	remaining: () => number,
	endGreeting: PhaseEnd,
): Promise<{kind: 'plain'; outcome: ReadOutcome} | {kind: 'tls'; conn: SmtpConnection}> {
	const {context, found, rec} = probe;
	const controller = new AbortController();
	const onAbort = () => {
		controller.abort();
	};

	context.signal.addEventListener('abort', onAbort, {once: true});
	rec.note(
		attempt,
		`no banner after ${context.options.plainSilenceMs ?? defaultPlainSilenceMs} ms; trying TLS on a second connection meanwhile`,
	);
	const tlsPromise = openImplicitTls(probe, attempt + 1, controller.signal);
	try {
		const readPromise = conn.readReply(remaining());
		const first = await Promise.race([
			readPromise.then((outcome) => ({from: 'plain' as const, outcome})),
			tlsPromise.then((outcome) => ({from: 'tls' as const, outcome})),
		]);
		if (first.from === 'tls' && first.outcome.kind === 'ok') {
			return {kind: 'tls', conn: first.outcome.conn};
		}

		if (first.from === 'plain' && first.outcome.kind === 'timeout') {
			// The greeting phase ends at its timeout; the TLS check is its own phase (attempt 2).
			endGreeting(false, 'timeout');
			const tlsOutcome = await tlsPromise;
			if (tlsOutcome.kind === 'ok') {
				return {kind: 'tls', conn: tlsOutcome.conn};
			}

			keepSilentPortEvidence(probe, tlsOutcome);
			return {kind: 'plain', outcome: first.outcome};
		}

		if (first.from === 'plain') {
			controller.abort();
			const late = await tlsPromise;
			if (late.kind === 'ok') {
				// Both answered (a race of milliseconds): the plain session wins, forget the TLS facts.
				late.conn.close();
				probe.connections.delete(late.conn);
				found.tls = undefined;
				found.tlsJudgement = undefined;
			}

			if (first.outcome.kind !== 'cancelled') {
				rec.note(attempt + 1, 'the first connection answered; TLS check abandoned');
			}

			return {kind: 'plain', outcome: first.outcome};
		}

		keepSilentPortEvidence(probe, first.outcome);
		return {kind: 'plain', outcome: await readPromise};
	} finally {
		context.signal.removeEventListener('abort', onAbort);
		controller.abort();
	}
}

/**
 * The TLS check on a silent port failed: if the port answered it with something that is
 * neither TLS nor SMTP (an HTTP error page, say), remember it to name the port if the plain
 * connection never greets.
 */
function keepSilentPortEvidence(probe: Probe, outcome: ImplicitTlsOutcome) {
	if (outcome.kind === 'tls-failed' && classifyFirstBytes(outcome.firstBytes) === 'other') {
		probe.found.silentPortAnswer = firstLine(outcome.firstBytes);
	}
}

/** A plain connection stayed silent and a TLS handshake on a second connection worked. */
async function tlsAfterSilence(
	probe: Probe,
	conn: SmtpConnection,
	attempt: number,
): Promise<Verdict> {
	const {context, found} = probe;
	const {port} = context;
	found.encryption = 'implicit-tls';
	if (probe.mode === 'auto') {
		found.findings.push(makeVerdict('plaintext-on-tls-port', {port, mode: probe.mode}, 'info'));
		return session(probe, conn, attempt, 'implicit-tls');
	}

	await session(probe, conn, attempt, 'implicit-tls', undefined, true);
	if (found.tlsJudgement?.verdict) {
		// The mix-up is the verdict; a certificate problem on the TLS side still gets reported.
		found.findings.unshift(found.tlsJudgement.verdict);
	}

	return makeVerdict('plaintext-on-tls-port', {port, mode: probe.mode});
}
