// The verdict decisions of a port probe, as pure functions of what was seen: no sockets, no
// clock, so tests/engine/port/decide.test.ts drives each one as a table.
import {type ConnectOutcome, maxUnsolicitedReplies, type ReadOutcome} from '../connection.js';
import type {ParseFailure} from '../reply-parser.js';
import {clipSanitized, sanitizeBytes} from '../sanitize.js';
import {tlsAlertName} from '../tls-errors.js';
import type {
	EhloCapabilities,
	EncryptionMode,
	Phase,
	PortRole,
	SmtpReply,
	Verdict,
} from '../types.js';
import {makeVerdict} from '../verdict.js';

const connectVerdictCodes: Readonly<Record<string, Verdict['code']>> = {
	ECONNREFUSED: 'connection-refused',
	ETIMEDOUT: 'connect-timeout',
	EHOSTUNREACH: 'host-unreachable',
	EHOSTDOWN: 'host-unreachable',
	ENETUNREACH: 'network-unreachable',
	ECONNRESET: 'connection-reset',
	// An ICMP "administratively prohibited" (IPv6: EACCES; IPv4 folds it into EHOSTUNREACH) or
	// this machine's own policy (a prohibit route, a local firewall rule): a refusal by policy.
	EACCES: 'connect-prohibited',
	EPERM: 'connect-prohibited',
};

/** The verdict for a failed TCP connect: refused, filtered (timeout), unreachable, reset. */
export function connectFailureVerdict(
	port: number,
	address: string,
	errorCode: string,
	waitedMs?: number,
): Verdict {
	const code = connectVerdictCodes[errorCode] ?? 'network-unreachable';
	return makeVerdict(code, {
		port,
		address,
		errorCode,
		...(waitedMs === undefined ? {} : {waitedMs}),
	});
}

/**
 * The verdict for a connect that failed on every address, and the address it speaks for. When
 * several addresses failed fast, a refusal speaks for the host (it answered), so it wins over
 * "unreachable" on another family.
 */
export function connectOutcomeVerdict(
	port: number,
	outcome: Extract<ConnectOutcome, {kind: 'failed'}>,
	connectTimeoutMs: number,
): {readonly verdict: Verdict; readonly address: string} {
	const all = [...(outcome.earlier ?? []), outcome];
	const chosen = outcome.isTimeout
		? outcome
		: (all.find((item) => item.errorCode === 'ECONNREFUSED') ?? outcome);
	const verdict = connectFailureVerdict(
		port,
		chosen.address,
		chosen.errorCode,
		outcome.isTimeout ? connectTimeoutMs : undefined,
	);
	return {
		address: chosen.address,
		verdict:
			all.length > 1
				? {
						...verdict,
						params: {...verdict.params, tried: all.map((item) => item.address).join(', ')},
					}
				: verdict,
	};
}

/** What the first bytes of a failed implicit-TLS handshake say about the port. */
export function classifyFirstBytes(bytes: Uint8Array): 'none' | 'tls' | 'smtp' | 'other' {
	const first = bytes[0];
	if (first === undefined) {
		return 'none';
	}

	if (first >= 0x14 && first <= 0x17) {
		return 'tls';
	}

	const head = String.fromCodePoint(...bytes.subarray(0, 4));
	return /^[2-5]\d\d(?:[ \-\r\n]|$)/.test(head) || /^[2-5]\d{0,2}$/.test(head) ? 'smtp' : 'other';
}

/** The first line of raw bytes, sanitised, for a verdict or note. */
export function firstLine(bytes: Uint8Array): string {
	const end = bytes.indexOf(0x0a);
	return sanitizeBytes(bytes.subarray(0, end === -1 ? bytes.length : end), {
		maxLength: 160,
	}).replace(/\\r$/, '');
}

/** A reply as one short line (its lines are sanitised by the parser already). */
export function replyText(reply: SmtpReply): string {
	return clipSanitized(reply.lines.join(' '), 200);
}

/**
 * The verdict of a TLS handshake that failed after it started: the reason in words, the
 * library's stable code, and the alert the server sent (number and RFC 8446 name), if any.
 */
export function handshakeFailedVerdict(
	port: number,
	failure: {readonly reason: string; readonly errorCode?: string; readonly alert?: number},
	during?: Phase,
): Verdict {
	const {alert} = failure;
	const alertName = alert === undefined ? undefined : tlsAlertName(alert);
	return makeVerdict('tls-handshake-failed', {
		port,
		reason: failure.reason,
		errorCode: failure.errorCode ?? '',
		...(alert === undefined ? {} : {alert, side: 'server'}),
		...(alertName ? {alertName} : {}),
		...(during ? {during} : {}),
	});
}

/** What a failed implicit-TLS handshake (465, or --mode implicit-tls) means. */
export type TlsFirstFailure =
	/** The port speaks plain SMTP: auto mode warns and goes on in plain text. */
	| {readonly kind: 'try-plain'; readonly finding: Verdict}
	| {readonly kind: 'verdict'; readonly verdict: Verdict; readonly isPlainText: boolean};

export function tlsFirstFailure(input: {
	readonly port: number;
	readonly mode: EncryptionMode;
	readonly firstBytes: Uint8Array;
	readonly errorCode?: string;
	readonly alert?: number;
	readonly reason: string;
	readonly isTimeout: boolean;
	readonly tlsTimeoutMs: number;
}): TlsFirstFailure {
	const {port, mode, firstBytes} = input;
	const kind = classifyFirstBytes(firstBytes);
	if (kind === 'smtp' || (kind === 'none' && input.errorCode === 'ERR_SSL_WRONG_VERSION_NUMBER')) {
		const banner = firstLine(firstBytes);
		if (mode === 'auto') {
			// A port whose role is implicit TLS (465, RFC 8314) that speaks plain text is a
			// server mistake clients trip over ("wrong version number"): warn, not just inform.
			return {
				kind: 'try-plain',
				finding: makeVerdict('tls-on-plaintext-port', {port, banner, mode}, 'warn'),
			};
		}

		return {
			kind: 'verdict',
			verdict: makeVerdict('tls-on-plaintext-port', {port, banner, mode}),
			isPlainText: true,
		};
	}

	if (kind === 'other') {
		return {
			kind: 'verdict',
			verdict: makeVerdict('not-smtp', {port, text: firstLine(firstBytes)}),
			isPlainText: false,
		};
	}

	if (input.isTimeout && kind === 'none') {
		return {
			kind: 'verdict',
			verdict: makeVerdict('no-greeting', {port, waitedMs: input.tlsTimeoutMs, during: 'tls'}),
			isPlainText: false,
		};
	}

	return {
		kind: 'verdict',
		verdict: handshakeFailedVerdict(port, input),
		isPlainText: false,
	};
}

/** No complete greeting within the greeting timeout: a greeting delay, not SMTP, or no greeting. */
export function greetingTimeoutVerdict(input: {
	readonly port: number;
	readonly outcome: Extract<ReadOutcome, {kind: 'timeout'}>;
	/** nowMs() when the greeting wait began. */
	readonly greetingStartedAt: number;
	readonly waitedMs: number;
	/** What a silent port answered to the TLS check, when that was neither TLS nor SMTP. */
	readonly silentPortAnswer: string | undefined;
	readonly isTlsChecked: boolean;
}): Verdict {
	const {port, outcome, greetingStartedAt} = input;
	if (outcome.pendingLines.length > 0 && outcome.pendingLines[0]!.startsWith('220-')) {
		// "220-" arrived, the final "220 " line did not: a greeting delay (postscreen style),
		// never "no greeting".
		return makeVerdict('greeting-delay', {
			port,
			firstLineMs: Math.max(
				0,
				Math.round((outcome.firstLineAt ?? greetingStartedAt) - greetingStartedAt),
			),
			waitedMs: input.waitedMs,
			lines: outcome.pendingLines.length,
		});
	}

	if (input.silentPortAnswer !== undefined) {
		// Silent until spoken to, then not SMTP (e.g. HTTP answering our ClientHello).
		return makeVerdict('not-smtp', {port, text: input.silentPortAnswer, during: 'greeting'});
	}

	return makeVerdict('no-greeting', {
		port,
		waitedMs: input.waitedMs,
		during: 'greeting',
		partial: outcome.partial,
		tlsChecked: input.isTlsChecked ? 'yes' : 'no',
	});
}

/** A reply that never came (timeout, closed, cancelled, unreadable) while waiting in `during`. */
export function readFailureVerdict(
	port: number,
	outcome: Exclude<ReadOutcome, {kind: 'reply'}>,
	during: Phase,
	commandTimeoutMs: number,
): Verdict {
	switch (outcome.kind) {
		case 'cancelled': {
			return makeVerdict('cancelled', {port});
		}

		case 'timeout': {
			return makeVerdict('command-timeout', {port, during, waitedMs: commandTimeoutMs});
		}

		case 'closed': {
			return makeVerdict('connection-reset', {
				port,
				during,
				errorCode: outcome.errorCode ?? (outcome.isReset ? 'ECONNRESET' : 'closed'),
			});
		}

		case 'parse-failure': {
			return parseFailureVerdict(port, outcome.failure, during);
		}
	}
}

/** A reply the parser refused: not SMTP, malformed, a flood of unsolicited replies, too large. */
export function parseFailureVerdict(port: number, failure: ParseFailure, during: Phase): Verdict {
	switch (failure.reason) {
		case 'not-smtp': {
			return makeVerdict('not-smtp', {port, text: failure.text, during});
		}

		case 'malformed': {
			return makeVerdict('protocol-error', {port, text: failure.text, during});
		}

		case 'unsolicited-replies': {
			return makeVerdict('protocol-error', {
				port,
				during,
				reason: failure.reason,
				count: maxUnsolicitedReplies,
			});
		}

		default: {
			return makeVerdict('reply-too-large', {port, reason: failure.reason, during});
		}
	}
}

/** 421 anywhere ends the port as rate-limited (inconclusive). */
export function rateLimitedVerdict(
	port: number,
	reply: SmtpReply,
	during: Phase,
): Verdict | undefined {
	return reply.code === 421
		? makeVerdict('rate-limited', {port, during, text: replyText(reply)})
		: undefined;
}

/** A greeting other than 220: rate-limited (421), rejected (4xx/5xx) or a protocol error. */
export function greetingReplyVerdict(port: number, reply: SmtpReply): Verdict | undefined {
	if (reply.code === 220) {
		return undefined;
	}

	const text = replyText(reply);
	return (
		rateLimitedVerdict(port, reply, 'greeting') ??
		(reply.code >= 400
			? makeVerdict('greeting-rejected', {port, code: reply.code, text})
			: makeVerdict('protocol-error', {port, during: 'greeting', text}))
	);
}

/** A submission or submissions port that offers no AUTH on the connection that counts. */
export function authNotOfferedFinding(
	port: number,
	role: PortRole,
	capabilities: EhloCapabilities,
): Verdict | undefined {
	return role !== 'relay' && capabilities.authMechanisms.length === 0
		? makeVerdict('auth-not-offered', {port})
		: undefined;
}

/** What the first EHLO of a plain connection decides. */
export type PlainEhloDecision =
	/** The port stays in clear text: this is its verdict. */
	| {readonly kind: 'plain'; readonly verdict: Verdict; readonly findings: readonly Verdict[]}
	/** Go on with STARTTLS. */
	| {readonly kind: 'starttls'; readonly findings: readonly Verdict[]};

export function plainEhloVerdict(input: {
	readonly port: number;
	readonly mode: EncryptionMode;
	readonly role: PortRole;
	readonly capabilities: EhloCapabilities;
}): PlainEhloDecision {
	const {port, mode, role, capabilities} = input;
	const authInClear = capabilities.authMechanisms.length > 0;
	const authFinding = makeVerdict('auth-before-tls', {
		port,
		mechanisms: capabilities.authMechanisms.join(' '),
	});
	const findings = authInClear ? [authFinding] : [];
	if (mode !== 'none' && capabilities.startTls) {
		// Login offered before TLS on a port that offers STARTTLS: STARTTLS is optional there,
		// so a client set to "STARTTLS if available" can be stripped down to clear text.
		return {
			kind: 'starttls',
			findings: authInClear
				? [
						authFinding,
						makeVerdict(
							'starttls-optional',
							{port, evidence: 'auth-before-tls'},
							role === 'relay' ? 'info' : 'warn',
						),
					]
				: findings,
		};
	}

	if (mode === 'none') {
		return {
			kind: 'plain',
			verdict: makeVerdict('plain-only', {
				port,
				startTlsOffered: capabilities.startTls ? 'yes' : 'no',
			}),
			findings,
		};
	}

	if (mode === 'auto' && role === 'relay') {
		return {
			kind: 'plain',
			verdict: makeVerdict('plain-only', {port, startTlsOffered: 'no'}),
			findings,
		};
	}

	if (authInClear && mode === 'auto') {
		// A submission port that offers a password login with no way to encrypt it.
		return {
			kind: 'plain',
			verdict: {...authFinding, severity: 'fail'},
			findings: [makeVerdict('starttls-not-offered', {port, role})],
		};
	}

	return {kind: 'plain', verdict: makeVerdict('starttls-not-offered', {port, role}), findings};
}

/**
 * The verdict of a port where STARTTLS worked: the certificate's problem if any (a warning on
 * the relay port, where MTA-to-MTA STARTTLS is opportunistic: senders encrypt without checking
 * the certificate unless DANE or MTA-STS apply), else starttls-ok.
 */
export function starttlsVerdict(
	port: number,
	role: PortRole,
	problem: Verdict | undefined,
): Verdict {
	if (problem && role === 'relay' && problem.code.startsWith('cert-')) {
		return {...problem, severity: 'warn', params: {...problem.params, role: 'relay'}};
	}

	return problem ?? makeVerdict('starttls-ok', {port});
}
