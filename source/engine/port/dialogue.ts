// The SMTP dialogue of one connection: greeting, EHLO (HELO fallback), STARTTLS with EHLO
// again (RFC 3207 §4.2), the login step, QUIT. The decisions are in decide.ts.
import type {ReadOutcome, SmtpConnection} from '../connection.js';
import {ehloNameFor} from '../ehlo-name.js';
import {noCapabilities, parseCapabilities} from '../reply-parser.js';
import type {EhloCapabilities, Phase, SmtpReply, Verdict} from '../types.js';
import {makeVerdict} from '../verdict.js';
import {type PhaseEnd, slowGreetingMs} from './context.js';
import {
	authNotOfferedFinding,
	greetingReplyVerdict,
	greetingTimeoutVerdict,
	handshakeFailedVerdict,
	plainEhloVerdict,
	rateLimitedVerdict,
	readFailureVerdict,
	replyText,
	starttlsVerdict,
} from './decide.js';
import {loginStep} from './login.js';
import {handshake} from './net-steps.js';
import {checkAborted, type Probe, stop, timeoutsOf} from './state.js';
import {nowMs} from '../clock.js';

/** Reads a reply to a command; 421 anywhere ends the port as rate-limited (inconclusive). */
async function expectReply(probe: Probe, conn: SmtpConnection, during: Phase): Promise<SmtpReply> {
	const outcome = await conn.readReply(timeoutsOf(probe).command);
	if (outcome.kind !== 'reply') {
		return stop(readFailureVerdict(probe.context.port, outcome, during, timeoutsOf(probe).command));
	}

	const limited = rateLimitedVerdict(probe.context.port, outcome.reply, during);
	return limited ? stop(limited) : outcome.reply;
}

/** Sends a command as a timed phase and reads its reply (the phase fails if no reply came). */
async function command(
	probe: Probe,
	conn: SmtpConnection,
	phase: Phase,
	attempt: number,
	line: string,
): Promise<{readonly reply: SmtpReply; readonly end: PhaseEnd}> {
	const end = probe.rec.startPhase(phase, attempt);
	conn.send(line);
	const reply = await expectReply(probe, conn, phase).catch((error: unknown) => {
		end(false);
		throw error;
	});
	return {reply, end};
}

async function ehlo(
	probe: Probe,
	conn: SmtpConnection,
	attempt: number,
): Promise<EhloCapabilities> {
	const {port, options, emit} = probe.context;
	const ehloName = ehloNameFor(options.ehloName, probe.localAddresses.get(attempt));
	const {reply, end: endEhlo} = await command(probe, conn, 'ehlo', attempt, `EHLO ${ehloName}`);
	if (reply.code === 250) {
		endEhlo(true, `${reply.lines.length - 1} capabilities`);
		const capabilities = parseCapabilities(reply);
		emit({type: 'capabilities', port, capabilities, isEncrypted: conn.isEncrypted});
		return capabilities;
	}

	endEhlo(false, `${reply.code}`);
	if (reply.code !== 500 && reply.code !== 502) {
		stop(makeVerdict('ehlo-rejected', {port, code: reply.code, text: replyText(reply)}));
	}

	const {reply: helo, end: endHelo} = await command(
		probe,
		conn,
		'helo',
		attempt,
		`HELO ${ehloName}`,
	);
	if (helo.code !== 250) {
		endHelo(false, `${helo.code}`);
		stop(makeVerdict('ehlo-rejected', {port, code: helo.code, text: replyText(helo)}));
	}

	endHelo(true, 'no ESMTP extensions');
	probe.rec.note(
		attempt,
		'EHLO refused; HELO accepted (no extensions: no STARTTLS, no AUTH)',
		conn.isEncrypted,
	);
	return noCapabilities;
}

/** The greeting: a 220 reply, or the port ends here with the verdict of what came instead. */
async function greeting(
	probe: Probe,
	conn: SmtpConnection,
	attempt: number,
	greetingRead?: {outcome: ReadOutcome; end: PhaseEnd},
): Promise<void> {
	const {context, found, rec} = probe;
	const {port} = context;
	let endGreeting = greetingRead?.end;
	let outcome = greetingRead?.outcome;
	if (!outcome || !endGreeting) {
		endGreeting = rec.startPhase('greeting', attempt);
		outcome = await conn.readReply(timeoutsOf(probe).greeting);
	}

	if (outcome.kind !== 'reply') {
		endGreeting(false, outcome.kind);
		stop(
			outcome.kind === 'timeout'
				? greetingTimeoutVerdict({
						port,
						outcome,
						greetingStartedAt: rec.greetingStartedAt,
						waitedMs: timeoutsOf(probe).greeting,
						silentPortAnswer: found.silentPortAnswer,
						isTlsChecked: found.attempts > attempt,
					})
				: readFailureVerdict(port, outcome, 'greeting', timeoutsOf(probe).command),
		);
	}

	const reply = outcome.reply;
	found.greeting = replyText(reply);
	const rejected = greetingReplyVerdict(port, reply);
	if (rejected) {
		endGreeting(false, `${reply.code}`);
		stop(rejected);
	}

	endGreeting(true, found.greeting);
	const greetingMs = Math.round(nowMs() - rec.greetingStartedAt);
	if (greetingMs > slowGreetingMs) {
		found.findings.push(makeVerdict('greeting-slow', {port, greetingMs}));
	}
}

/**
 * One SMTP session on an open connection, greeting to QUIT; its verdict. `isDiagnosticOnly`:
 * the session only names a mix-up, so no login is tried on it.
 */
export async function session(
	probe: Probe,
	conn: SmtpConnection,
	attempt: number,
	how: 'implicit-tls' | 'plain',
	greetingRead?: {outcome: ReadOutcome; end: PhaseEnd},
	isDiagnosticOnly = false,
): Promise<Verdict> {
	const {context, found} = probe;
	await greeting(probe, conn, attempt, greetingRead);
	const first = await ehlo(probe, conn, attempt);
	let verdict: Verdict;
	if (how === 'implicit-tls') {
		found.capabilities = first;
		verdict = found.tlsJudgement?.verdict ?? makeVerdict('implicit-tls-ok', {port: context.port});
		found.findings.push(...(found.tlsJudgement?.findings ?? []));
		pushAuthNotOffered(probe, first);
	} else {
		verdict = await afterPlainEhlo(probe, conn, attempt, first);
	}

	if (!isDiagnosticOnly) {
		await loginStep(probe, conn, attempt);
	}

	if (found.auth?.isConnectionLost || found.send?.isConnectionLost) {
		// The connection broke mid-AUTH or mid-send: QUIT would only wait for a dead peer.
		conn.close();
	} else {
		quit(probe, conn, attempt);
	}

	return verdict;
}

function pushAuthNotOffered(probe: Probe, capabilities: EhloCapabilities) {
	const finding = authNotOfferedFinding(probe.context.port, probe.role, capabilities);
	if (finding) {
		probe.found.findings.push(finding);
	}
}

async function afterPlainEhlo(
	probe: Probe,
	conn: SmtpConnection,
	attempt: number,
	first: EhloCapabilities,
): Promise<Verdict> {
	const {context, found, rec} = probe;
	const {port} = context;
	found.capabilitiesBeforeTls = first;
	const decision = plainEhloVerdict({
		port,
		mode: probe.mode,
		role: probe.role,
		capabilities: first,
	});
	found.findings.push(...decision.findings);
	if (decision.kind === 'plain') {
		found.encryption = 'none';
		found.capabilities = first;
		return decision.verdict;
	}

	const {reply, end: endStartTls} = await command(probe, conn, 'starttls', attempt, 'STARTTLS');
	if (reply.code !== 220) {
		endStartTls(false, `${reply.code}`);
		stop(makeVerdict('starttls-refused', {port, code: reply.code, text: replyText(reply)}));
	}

	endStartTls(true, '220');
	// The server said it would speak TLS: the port's encryption is STARTTLS, whatever the
	// handshake does next.
	found.encryption = 'starttls';
	const outcome = await handshake(probe, attempt, context.signal, async (options, timeoutMs) =>
		conn.startTls(options, timeoutMs).then((result) => {
			if (result.discardedBytes) {
				rec.note(
					attempt,
					'the server sent data after its STARTTLS reply; discarded (RFC 3207: possible command injection)',
				);
			}

			return result;
		}),
	);
	checkAborted(probe);
	if (outcome.kind !== 'ok') {
		stop(
			outcome.kind === 'cancelled'
				? makeVerdict('cancelled', {port})
				: handshakeFailedVerdict(port, outcome, 'starttls'),
		);
	}

	// Let the server's session tickets arrive first, so our EHLO carries their ACK and the
	// server's Nagle does not hold its reply for our delayed ACK (40 ms on loopback; on a 100 ms
	// link the reply comes after 200 ms instead of 245). Bounded by about one more handshake.
	const waitStart = nowMs();
	const handshakeMs = found.tls?.handshakeMs ?? 0;
	const hasTicket = await conn.waitForTicket(Math.min(1000, Math.round(handshakeMs * 1.5) + 10));
	if (found.tls?.protocol === 'TLSv1.3') {
		rec.note(
			attempt,
			hasTicket
				? `session ticket arrived after ${Math.round(nowMs() - waitStart)} ms`
				: `no session ticket within ${Math.round(nowMs() - waitStart)} ms; going on`,
			true,
		);
	}

	checkAborted(probe);
	// RFC 3207 §4.2: forget everything learned before TLS and ask again.
	const second = await ehlo(probe, conn, attempt);
	found.capabilities = second;
	found.findings.push(...(found.tlsJudgement?.findings ?? []));
	pushAuthNotOffered(probe, second);
	return starttlsVerdict(port, probe.role, found.tlsJudgement?.verdict);
}

function quit(probe: Probe, conn: SmtpConnection, attempt: number) {
	const endQuit = probe.rec.startPhase('quit', attempt);
	// The verdict is settled: send QUIT and close gracefully without waiting for the 221 (RFC
	// 5321 §4.1.1.10 lets the sender close after QUIT; waiting costs a whole round trip per port).
	conn.send('QUIT');
	endQuit(true, 'sent; 221 not awaited');
	probe.rec.note(attempt, 'QUIT sent; closing without waiting for the 221 reply', conn.isEncrypted);
	conn.end();
	checkAborted(probe);
}
