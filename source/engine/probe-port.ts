// Probes one port: connect -> [implicit TLS] -> greeting -> EHLO (HELO fallback) ->
// [STARTTLS -> TLS -> EHLO again] -> [AUTH -> test message] -> QUIT, timing each phase and
// streaming events. At most two connections per port: the second only when auto mode must
// try the other encryption (or, in explicit modes, to name a TLS/plain mix-up).
//
// Plain-on-TLS-port design: on the relay and submission ports (25, 587, 2525) the plain
// connection waits the whole greeting timeout, and only if it stayed silent is it closed and a
// TLS handshake tried on a second connection: those ports often sit behind greeting-delay
// defences (postscreen "pregreet") that block an IP which talks before the banner, even on a
// parallel connection. On other (non-standard) ports, a plain connection that has received no
// byte after `plainSilenceMs` (1.5 s) opens a second connection and tries TLS in parallel
// while the first keeps waiting; whichever answers first wins. Either way the greeting phase
// ends at the greeting timeout, the TLS check is its own phase on attempt 2, and no port ever
// sees more than two connections.
import {performance} from 'node:perf_hooks';
import {createRedactor, redactDeep, type Redactor} from './redact.js';
import {authenticate} from './auth.js';
import {ehloNameFor} from './ehlo-name.js';
import {
	type ConnectOutcome,
	connectFirst,
	type ReadOutcome,
	SmtpConnection,
	TapStream,
	tlsHandshake,
	type TranscriptSink,
	maxUnsolicitedReplies,
} from './connection.js';
import {noCapabilities, parseCapabilities, type ParseFailure} from './reply-parser.js';
import {clipSanitized, sanitizeBytes, sanitizeText} from './sanitize.js';
import {sendTestMessage} from './send.js';
import {
	certificateName,
	clientTlsOptions,
	collectTlsFacts,
	judgeTls,
	sniName,
} from './tls-facts.js';
import type {
	AuthResult,
	DetectedEncryption,
	EhloCapabilities,
	EncryptionMode,
	Phase,
	PhaseTiming,
	PortResult,
	PortRole,
	ProbeEvent,
	ProbeOptions,
	SendResult,
	SmtpChannel,
	SmtpReply,
	TlsFacts,
	TranscriptDirection,
	TranscriptEntry,
	Verdict,
} from './types.js';
import {makeVerdict} from './verdict.js';

/** Default silence before auto mode also tries TLS on a second connection. */
export const defaultPlainSilenceMs = 1500;

/** The role a port has unless `portRoles` says otherwise. */
export function defaultPortRole(port: number): PortRole {
	if (port === 465) {
		return 'submissions';
	}

	return port === 25 ? 'relay' : 'submission';
}

/** Everything one port probe needs from the run. */
export type PortProbeContext = {
	readonly host: string;
	readonly port: number;
	/**
	 * Addresses to connect to, in order of preference: IPv4 first, then IPv6 (only one family
	 * with -4 / -6). A refused or unreachable address moves on to the next one.
	 */
	readonly addresses: readonly string[];
	readonly options: ProbeOptions;
	/** `performance.now()` at run start: all `atMs` values count from it. */
	readonly runStart: number;
	readonly signal: AbortSignal;
	readonly emit: (event: ProbeEvent) => void;
};

/** Ends the probe of a port with a verdict (control flow inside this module only). */
class Stop extends Error {
	readonly verdict: Verdict;

	constructor(verdict: Verdict) {
		super(verdict.code);
		this.verdict = verdict;
	}
}

type ImplicitTlsOutcome =
	| {readonly kind: 'ok'; readonly conn: SmtpConnection}
	| {readonly kind: 'connect-failed'; readonly verdict: Verdict}
	| {
			readonly kind: 'tls-failed';
			readonly reason: string;
			readonly errorCode?: string;
			readonly isTimeout: boolean;
			readonly firstBytes: Uint8Array;
	  }
	| {readonly kind: 'cancelled'};

const connectVerdictCodes: Readonly<Record<string, Verdict['code']>> = {
	ECONNREFUSED: 'connection-refused',
	ETIMEDOUT: 'connect-timeout',
	EHOSTUNREACH: 'host-unreachable',
	EHOSTDOWN: 'host-unreachable',
	ENETUNREACH: 'network-unreachable',
	ECONNRESET: 'connection-reset',
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

/** "127.0.0.1:25", "[::1]:25" for notes. */
function hostPort(address: string, port: string): string {
	return address.includes(':') ? `[${address}]:${port}` : `${address}:${port}`;
}

function firstLine(bytes: Uint8Array): string {
	const end = bytes.indexOf(0x0a);
	return sanitizeBytes(bytes.subarray(0, end === -1 ? bytes.length : end), {
		maxLength: 160,
	}).replace(/\\r$/, '');
}

function replyText(reply: SmtpReply): string {
	// Reply lines are sanitised by the parser already.
	return clipSanitized(reply.lines.join(' '), 200);
}

/** A greeting that takes longer than this is a risk for clients with short timeouts (greeting-slow). */
const slowGreetingMs = 3000;

/** Standard relay and submission ports: no TLS race before the banner (greeting-delay defences). */
const greetingDelayGuardedPorts: ReadonlySet<number> = new Set([25, 587, 2525]);

/** Transcript entries kept per port; a rude server must not grow the JSON without bound. */
export const maxTranscriptEntries = 500;

class PortProbe {
	private readonly phases: PhaseTiming[] = [];
	private readonly transcript: TranscriptEntry[] = [];
	private droppedTranscriptLines = 0;
	/** Local address of each attempt's TCP connection, for the EHLO address literal. */
	private readonly localAddresses = new Map<number, string>();
	private readonly findings: Verdict[] = [];
	/** When the current greeting wait began (performance.now()), for greeting-delay and greeting-slow. */
	private greetingStartedAt = 0;
	private readonly connections = new Set<SmtpConnection>();
	/** Sockets not yet owned by a connection (during an implicit-TLS handshake). */
	private readonly resources = new Set<{destroy(): unknown}>();
	private readonly role: PortRole;
	private readonly mode: EncryptionMode;
	private attempts = 0;
	private address: string | undefined;
	private greeting: string | undefined;
	private capabilitiesBeforeTls: EhloCapabilities | undefined;
	private capabilities: EhloCapabilities | undefined;
	private tls: TlsFacts | undefined;
	private tlsJudgement: ReturnType<typeof judgeTls> | undefined;
	private auth: AuthResult | undefined;
	private send: SendResult | undefined;
	private encryption: DetectedEncryption = 'unknown';
	/** What a silent port answered to the TLS check when that was neither TLS nor SMTP. */
	private silentPortAnswer: string | undefined;

	private readonly context: PortProbeContext;
	/** Scrubs the AUTH secret (and its base64 forms) from every transcript line, server echoes included. */
	private readonly redact: Redactor;

	constructor(context: PortProbeContext) {
		this.context = context;
		const {credentials} = context.options;
		this.redact = createRedactor(
			[credentials?.secret],
			credentials ? {user: credentials.user} : {},
		);
		this.role = context.options.portRoles?.[context.port] ?? defaultPortRole(context.port);
		this.mode = context.options.mode;
	}

	async run(): Promise<PortResult> {
		const {port, emit} = this.context;
		const startMs = this.now();
		emit({type: 'port-started', port, mode: this.mode, atMs: startMs});
		let verdict: Verdict;
		try {
			verdict = await this.flow();
		} catch (error: unknown) {
			verdict =
				error instanceof Stop
					? error.verdict
					: makeVerdict('protocol-error', {
							port,
							detail: sanitizeText(error instanceof Error ? error.message : String(error), {
								maxLength: 200,
							}),
						});
		} finally {
			for (const conn of this.connections) {
				conn.close();
			}

			for (const resource of this.resources) {
				resource.destroy();
			}
		}

		if (this.context.signal.aborted) {
			verdict = makeVerdict('cancelled', {port});
		}

		if (this.droppedTranscriptLines > 0) {
			const entry: TranscriptEntry = {
				direction: 'note',
				atMs: this.now(),
				isEncrypted: false,
				text: `${this.droppedTranscriptLines} lines dropped (transcript limit ${maxTranscriptEntries} per port)`,
				attempt: this.attempts,
			};
			this.transcript.push(entry);
			emit({type: 'transcript', port, entry});
		}

		if (verdict.severity === 'fail' && this.context.options.notOfferedPorts?.includes(port)) {
			// The preset already says the port is not offered: the failure is expected, so it is
			// not repeated as a red finding (`original` keeps what happened).
			verdict = makeVerdict('not-offered-by-provider', {port, original: verdict.code});
		}

		const built: PortResult = {
			port,
			requestedMode: this.mode,
			encryption: this.encryption,
			verdict,
			findings: this.findings,
			...(this.address ? {address: this.address} : {}),
			attempts: this.attempts,
			// Events report phases as they end; the result lists them as they started.
			phases: this.phases.toSorted((a, b) => a.startMs - b.startMs),
			...(this.greeting === undefined ? {} : {greeting: this.greeting}),
			...(this.capabilitiesBeforeTls ? {capabilitiesBeforeTls: this.capabilitiesBeforeTls} : {}),
			...(this.capabilities ? {capabilities: this.capabilities} : {}),
			...(this.tls ? {tls: this.tls} : {}),
			...(this.auth ? {auth: this.auth} : {}),
			...(this.send ? {send: this.send} : {}),
			transcript: this.transcript,
			totalMs: this.now() - startMs,
		};
		// A hostile server may echo the secret in any reply (MAIL, RCPT, DATA too): scrub it all.
		const result = this.context.options.credentials ? redactDeep(built, this.redact) : built;
		emit({type: 'port-finished', port, result});
		return result;
	}

	private now(): number {
		return Math.round(performance.now() - this.context.runStart);
	}

	private get timeouts() {
		return this.context.options.timeouts;
	}

	private startPhase(phase: Phase, attempt: number) {
		const startMs = this.now();
		if (phase === 'greeting') {
			this.greetingStartedAt = performance.now();
		}

		this.context.emit({
			type: 'phase-started',
			port: this.context.port,
			phase,
			attempt,
			atMs: startMs,
		});
		let isDone = false;
		return (isOk: boolean, detail?: string) => {
			if (isDone) {
				return;
			}

			isDone = true;
			const timing: PhaseTiming = {
				phase,
				attempt,
				startMs,
				durationMs: this.now() - startMs,
				isOk,
				// Details are our own words, error codes or already-sanitised server text.
				...(detail === undefined ? {} : {detail: clipSanitized(detail, 160)}),
			};
			this.phases.push(timing);
			this.context.emit({type: 'phase-finished', port: this.context.port, timing});
		};
	}

	private sink(attempt: number): TranscriptSink {
		return (direction, text, isEncrypted) => {
			this.record(direction, text, isEncrypted, attempt);
		};
	}

	private record(
		direction: TranscriptDirection,
		text: string,
		isEncrypted: boolean,
		attempt: number,
	) {
		if (this.transcript.length >= maxTranscriptEntries) {
			this.droppedTranscriptLines++;
			return;
		}

		const entry: TranscriptEntry = {
			direction,
			atMs: this.now(),
			isEncrypted,
			text: this.redact(text),
			attempt,
		};
		this.transcript.push(entry);
		this.context.emit({type: 'transcript', port: this.context.port, entry});
	}

	private note(attempt: number, text: string, isEncrypted = false) {
		this.record('note', text, isEncrypted, attempt);
	}

	private checkAborted(signal: AbortSignal = this.context.signal) {
		if (signal.aborted) {
			throw new Stop(makeVerdict('cancelled', {port: this.context.port}));
		}
	}

	private async flow(): Promise<Verdict> {
		const tlsFirst =
			this.mode === 'implicit-tls' || (this.mode === 'auto' && this.role === 'submissions');
		return tlsFirst ? this.tlsFirstFlow() : this.plainFlow(1, true);
	}

	private async connect(attempt: number, signal: AbortSignal): Promise<ConnectOutcome> {
		this.attempts = Math.max(this.attempts, attempt);
		const end = this.startPhase('connect', attempt);
		// The lab shows standard ports but serves them from ephemeral ones (ProbeOptions.portMap).
		const realPort = this.context.options.portMap?.[this.context.port] ?? this.context.port;
		const portText =
			realPort === this.context.port
				? String(realPort)
				: `${this.context.port} (real port ${realPort})`;
		const outcome = await connectFirst(
			this.context.addresses,
			realPort,
			this.timeouts.connect,
			signal,
			(failed, next) => {
				const why = failed.errorCode === 'ECONNREFUSED' ? 'refused' : failed.errorCode;
				this.note(attempt, `${hostPort(failed.address, portText)} ${why}; trying ${next}`);
			},
		);
		if (outcome.kind === 'connected') {
			if (outcome.socket.localAddress) {
				this.localAddresses.set(attempt, outcome.socket.localAddress);
			}

			this.address ??= outcome.address;
			end(true, outcome.address);
			this.note(attempt, `connected to ${outcome.address} port ${portText}`);
		} else if (outcome.kind === 'failed') {
			// The verdict is about the last address tried; the result says which one it was.
			if (outcome.address) {
				this.address ??= outcome.address;
			}

			end(false, outcome.errorCode);
			this.note(attempt, `connect to ${outcome.address} port ${portText}: ${outcome.errorCode}`);
		} else {
			end(false, 'cancelled');
		}

		return outcome;
	}

	/**
	 * The verdict for a failed connect. When several addresses failed fast, a refusal speaks
	 * for the host (it answered), so it wins over "unreachable" on another family.
	 */
	private connectVerdict(outcome: Extract<ConnectOutcome, {kind: 'failed'}>): Verdict {
		const all = [...(outcome.earlier ?? []), outcome];
		const chosen = outcome.isTimeout
			? outcome
			: (all.find((item) => item.errorCode === 'ECONNREFUSED') ?? outcome);
		this.address = chosen.address || this.address;
		const verdict = connectFailureVerdict(
			this.context.port,
			chosen.address,
			chosen.errorCode,
			outcome.isTimeout ? this.timeouts.connect : undefined,
		);
		return all.length > 1
			? {...verdict, params: {...verdict.params, tried: all.map((item) => item.address).join(', ')}}
			: verdict;
	}

	private async openImplicitTls(attempt: number, signal: AbortSignal): Promise<ImplicitTlsOutcome> {
		const connected = await this.connect(attempt, signal);
		if (connected.kind === 'cancelled') {
			return {kind: 'cancelled'};
		}

		if (connected.kind === 'failed') {
			return {kind: 'connect-failed', verdict: this.connectVerdict(connected)};
		}

		const tap = new TapStream(connected.socket);
		this.resources.add(connected.socket);
		this.resources.add(tap);
		const handshake = await this.handshake(attempt, signal, async (options, timeoutMs) =>
			tlsHandshake(tap, options, timeoutMs, signal, (socket) => this.resources.add(socket)),
		);
		if (handshake.kind === 'ok') {
			const conn = new SmtpConnection(
				handshake.socket,
				true,
				this.sink(attempt),
				this.context.signal,
				[connected.socket, tap],
				this.redact,
			);
			this.connections.add(conn);
			return {kind: 'ok', conn};
		}

		tap.destroy();
		connected.socket.destroy();
		if (handshake.kind === 'cancelled') {
			return {kind: 'cancelled'};
		}

		return {
			kind: 'tls-failed',
			reason: handshake.reason,
			...(handshake.errorCode ? {errorCode: handshake.errorCode} : {}),
			isTimeout: handshake.isTimeout,
			firstBytes: tap.firstBytes,
		};
	}

	/** Runs a TLS handshake as the `tls` phase and, when it succeeds, records and judges the facts. */
	private async handshake(
		attempt: number,
		signal: AbortSignal,
		run: (
			options: ReturnType<typeof clientTlsOptions>,
			timeoutMs: number,
		) => ReturnType<typeof tlsHandshake>,
	) {
		const {host, options} = this.context;
		const servername = sniName(host, options.servername);
		const checkName = certificateName(host, options.servername);
		const end = this.startPhase('tls', attempt);
		const startedAt = performance.now();
		const outcome = await run(clientTlsOptions(servername, options.ca), this.timeouts.tls);
		if (outcome.kind !== 'ok') {
			end(false, outcome.kind === 'failed' ? outcome.reason : 'cancelled');
			if (outcome.kind === 'failed') {
				this.note(attempt, `TLS handshake failed: ${outcome.reason}`);
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
			handshakeMs: Math.round(performance.now() - startedAt),
		});
		this.tls = facts;
		this.tlsJudgement = judgeTls(facts, checkName, this.context.port);
		end(true, `${facts.protocol} ${facts.cipher}`);
		this.note(
			attempt,
			`TLS established: ${facts.protocol}, ${facts.cipher}, certificate ${
				facts.isTrusted ? 'trusted' : `not trusted (${facts.trustError ?? 'unknown'})`
			}${facts.isHostnameMatch ? '' : `, not valid for ${sanitizeText(checkName, {maxLength: 100})}`}`,
			true,
		);
		this.context.emit({type: 'tls-established', port: this.context.port, tls: facts});
		return outcome;
	}

	private async tlsFirstFlow(): Promise<Verdict> {
		const {port} = this.context;
		const outcome = await this.openImplicitTls(1, this.context.signal);
		this.checkAborted();
		if (outcome.kind === 'cancelled') {
			throw new Stop(makeVerdict('cancelled', {port}));
		}

		if (outcome.kind === 'connect-failed') {
			return outcome.verdict;
		}

		if (outcome.kind === 'ok') {
			this.encryption = 'implicit-tls';
			return this.session(outcome.conn, 1, 'implicit-tls');
		}

		const kind = classifyFirstBytes(outcome.firstBytes);
		if (
			kind === 'smtp' ||
			(kind === 'none' && outcome.errorCode === 'ERR_SSL_WRONG_VERSION_NUMBER')
		) {
			const banner = firstLine(outcome.firstBytes);
			if (this.mode === 'auto') {
				// A port whose role is implicit TLS (465, RFC 8314) that speaks plain text is a
				// server mistake clients trip over ("wrong version number"): warn, not just inform.
				this.findings.push(
					makeVerdict('tls-on-plaintext-port', {port, banner, mode: this.mode}, 'warn'),
				);
				this.note(
					1,
					`port ${port} answered in plain text; trying plain SMTP on a second connection`,
				);
				return this.plainFlow(2, false);
			}

			this.encryption = 'none';
			return makeVerdict('tls-on-plaintext-port', {port, banner, mode: this.mode});
		}

		if (kind === 'other') {
			return makeVerdict('not-smtp', {port, text: firstLine(outcome.firstBytes)});
		}

		if (outcome.isTimeout && kind === 'none') {
			return makeVerdict('no-greeting', {port, waitedMs: this.timeouts.tls, during: 'tls'});
		}

		return makeVerdict('tls-handshake-failed', {
			port,
			reason: outcome.reason,
			errorCode: outcome.errorCode ?? '',
		});
	}

	private async plainFlow(attempt: number, mayTryTls: boolean): Promise<Verdict> {
		const {port} = this.context;
		const connected = await this.connect(attempt, this.context.signal);
		this.checkAborted();
		if (connected.kind === 'failed') {
			return this.connectVerdict(connected);
		}

		if (connected.kind === 'cancelled') {
			throw new Stop(makeVerdict('cancelled', {port}));
		}

		const conn = new SmtpConnection(
			connected.socket,
			false,
			this.sink(attempt),
			this.context.signal,
			[connected.socket],
			this.redact,
		);
		this.connections.add(conn);
		const endGreeting = this.startPhase('greeting', attempt);
		const greetingStart = performance.now();
		const silenceMs = this.context.options.plainSilenceMs ?? defaultPlainSilenceMs;
		const remaining = () =>
			Math.max(0, this.timeouts.greeting - (performance.now() - greetingStart));
		let outcome: ReadOutcome;
		if (mayTryTls && this.isGreetingDelayGuarded()) {
			// Relay and submission ports (25, 587, 2525) often sit behind greeting-delay defences
			// (Postfix postscreen "pregreet", Exim's delay): a client that talks before the banner,
			// even on a second connection, can get the user's IP blocked. So wait the full greeting
			// time on one connection, and only when it stayed silent try TLS on a second one, to
			// name the mix-up (an implicit-TLS server on a plain port).
			outcome = await conn.readReply(this.timeouts.greeting);
			if (outcome.kind === 'timeout' && conn.bytesReceived === 0) {
				endGreeting(false, 'timeout');
				conn.close();
				this.connections.delete(conn);
				this.note(
					attempt,
					`no banner within ${this.timeouts.greeting} ms; trying TLS on a second connection`,
				);
				const tlsOutcome = await this.openImplicitTls(attempt + 1, this.context.signal);
				this.checkAborted();
				if (tlsOutcome.kind === 'ok') {
					return this.tlsAfterSilence(tlsOutcome.conn, attempt + 1);
				}

				this.keepSilentPortEvidence(tlsOutcome);
			}
		} else if (mayTryTls && silenceMs < this.timeouts.greeting) {
			// Non-standard ports: race a TLS handshake after a short silence, so an implicit-TLS
			// port is named in seconds rather than after the whole greeting timeout.
			outcome = await conn.readReply(silenceMs);
			if (outcome.kind === 'timeout' && conn.bytesReceived === 0) {
				const raced = await this.raceGreetingWithTls(conn, attempt, remaining, endGreeting);
				if (raced.kind === 'tls') {
					endGreeting(false, 'no banner in clear; the port speaks TLS');
					conn.close();
					this.connections.delete(conn);
					return this.tlsAfterSilence(raced.conn, attempt + 1);
				}

				outcome = raced.outcome;
			} else if (outcome.kind === 'timeout') {
				outcome = await conn.readReply(remaining());
			}
		} else {
			outcome = await conn.readReply(this.timeouts.greeting);
		}

		return this.session(conn, attempt, 'plain', {outcome, end: endGreeting});
	}

	/** Ports where we never talk before the banner, even on a second connection (see plainFlow). */
	private isGreetingDelayGuarded(): boolean {
		return greetingDelayGuardedPorts.has(this.context.port) && this.role !== 'submissions';
	}

	/**
	 * The plain connection has been silent for `plainSilenceMs`: try a TLS handshake on a second
	 * connection while the first keeps waiting for a banner. The first to answer wins.
	 */
	private async raceGreetingWithTls(
		conn: SmtpConnection,
		attempt: number,
		remaining: () => number,
		endGreeting: (isOk: boolean, detail?: string) => void,
	): Promise<{kind: 'plain'; outcome: ReadOutcome} | {kind: 'tls'; conn: SmtpConnection}> {
		const controller = new AbortController();
		const onAbort = () => {
			controller.abort();
		};

		this.context.signal.addEventListener('abort', onAbort, {once: true});
		this.note(
			attempt,
			`no banner after ${this.context.options.plainSilenceMs ?? defaultPlainSilenceMs} ms; trying TLS on a second connection meanwhile`,
		);
		const tlsPromise = this.openImplicitTls(attempt + 1, controller.signal);
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

				this.keepSilentPortEvidence(tlsOutcome);
				return {kind: 'plain', outcome: first.outcome};
			}

			if (first.from === 'plain') {
				controller.abort();
				const late = await tlsPromise;
				if (late.kind === 'ok') {
					// Both answered (a race of milliseconds): the plain session wins, forget the TLS facts.
					late.conn.close();
					this.connections.delete(late.conn);
					this.tls = undefined;
					this.tlsJudgement = undefined;
				}

				if (first.outcome.kind !== 'cancelled') {
					this.note(attempt + 1, 'the first connection answered; TLS check abandoned');
				}

				return {kind: 'plain', outcome: first.outcome};
			}

			if (first.from === 'tls') {
				this.keepSilentPortEvidence(first.outcome);
			}

			return {kind: 'plain', outcome: await readPromise};
		} finally {
			this.context.signal.removeEventListener('abort', onAbort);
			controller.abort();
		}
	}

	/**
	 * The TLS check on a silent port failed: if the port answered it with something that is
	 * neither TLS nor SMTP (an HTTP error page, say), remember it to name the port if the
	 * plain connection never greets.
	 */
	private keepSilentPortEvidence(outcome: ImplicitTlsOutcome) {
		if (outcome.kind === 'tls-failed' && classifyFirstBytes(outcome.firstBytes) === 'other') {
			this.silentPortAnswer = firstLine(outcome.firstBytes);
		}
	}

	/** A plain connection stayed silent and a TLS handshake on a second connection worked. */
	private async tlsAfterSilence(conn: SmtpConnection, attempt: number): Promise<Verdict> {
		const {port} = this.context;
		this.encryption = 'implicit-tls';
		if (this.mode === 'auto') {
			this.findings.push(makeVerdict('plaintext-on-tls-port', {port, mode: this.mode}, 'info'));
			return this.session(conn, attempt, 'implicit-tls');
		}

		await this.session(conn, attempt, 'implicit-tls', undefined, true);
		if (this.tlsJudgement?.verdict) {
			// The mix-up is the verdict; a certificate problem on the TLS side still gets reported.
			this.findings.unshift(this.tlsJudgement.verdict);
		}

		return makeVerdict('plaintext-on-tls-port', {port, mode: this.mode});
	}

	private greetingVerdict(outcome: ReadOutcome, attempt: number): SmtpReply {
		const {port} = this.context;
		switch (outcome.kind) {
			case 'reply': {
				return outcome.reply;
			}

			case 'timeout': {
				if (outcome.pendingLines.length > 0 && outcome.pendingLines[0]!.startsWith('220-')) {
					// "220-" arrived, the final "220 " line did not: a greeting delay (postscreen
					// style), never "no greeting".
					throw new Stop(
						makeVerdict('greeting-delay', {
							port,
							firstLineMs: Math.max(
								0,
								Math.round(
									(outcome.firstLineAt ?? this.greetingStartedAt) - this.greetingStartedAt,
								),
							),
							waitedMs: this.timeouts.greeting,
							lines: outcome.pendingLines.length,
						}),
					);
				}

				if (this.silentPortAnswer !== undefined) {
					// Silent until spoken to, then not SMTP (e.g. HTTP answering our ClientHello).
					throw new Stop(
						makeVerdict('not-smtp', {port, text: this.silentPortAnswer, during: 'greeting'}),
					);
				}

				throw new Stop(
					makeVerdict('no-greeting', {
						port,
						waitedMs: this.timeouts.greeting,
						during: 'greeting',
						partial: outcome.partial,
						tlsChecked: this.attempts > attempt ? 'yes' : 'no',
					}),
				);
			}

			default: {
				return this.failOutcome(outcome, 'greeting', attempt);
			}
		}
	}

	private failOutcome(
		outcome: Exclude<ReadOutcome, {kind: 'reply'}>,
		during: Phase,
		_attempt: number,
	): never {
		const {port} = this.context;
		switch (outcome.kind) {
			case 'cancelled': {
				throw new Stop(makeVerdict('cancelled', {port}));
			}

			case 'timeout': {
				throw new Stop(
					makeVerdict('command-timeout', {port, during, waitedMs: this.timeouts.command}),
				);
			}

			case 'closed': {
				throw new Stop(
					makeVerdict('connection-reset', {
						port,
						during,
						errorCode: outcome.errorCode ?? (outcome.isReset ? 'ECONNRESET' : 'closed'),
					}),
				);
			}

			case 'parse-failure': {
				throw new Stop(this.parseFailureVerdict(outcome.failure, during));
			}
		}
	}

	private parseFailureVerdict(failure: ParseFailure, during: Phase): Verdict {
		const {port} = this.context;
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

	/** Reads a reply to a command; 421 anywhere ends the port as rate-limited (inconclusive). */
	private async expectReply(
		conn: SmtpConnection,
		during: Phase,
		attempt: number,
	): Promise<SmtpReply> {
		const outcome = await conn.readReply(this.timeouts.command);
		if (outcome.kind !== 'reply') {
			return this.failOutcome(outcome, during, attempt);
		}

		this.stopIfRateLimited(outcome.reply, during);
		return outcome.reply;
	}

	private stopIfRateLimited(reply: SmtpReply, during: Phase) {
		if (reply.code === 421) {
			throw new Stop(
				makeVerdict('rate-limited', {port: this.context.port, during, text: replyText(reply)}),
			);
		}
	}

	private async ehlo(conn: SmtpConnection, attempt: number): Promise<EhloCapabilities> {
		const {port, options} = this.context;
		const endEhlo = this.startPhase('ehlo', attempt);
		const ehloName = ehloNameFor(options.ehloName, this.localAddresses.get(attempt));
		conn.send(`EHLO ${ehloName}`);
		const reply = await this.expectReply(conn, 'ehlo', attempt).catch((error: unknown) => {
			endEhlo(false);
			throw error;
		});
		if (reply.code === 250) {
			endEhlo(true, `${reply.lines.length - 1} capabilities`);
			const capabilities = parseCapabilities(reply);
			this.context.emit({
				type: 'capabilities',
				port,
				capabilities,
				isEncrypted: conn.isEncrypted,
			});
			return capabilities;
		}

		endEhlo(false, `${reply.code}`);
		if (reply.code !== 500 && reply.code !== 502) {
			throw new Stop(
				makeVerdict('ehlo-rejected', {port, code: reply.code, text: replyText(reply)}),
			);
		}

		const endHelo = this.startPhase('helo', attempt);
		conn.send(`HELO ${ehloName}`);
		const helo = await this.expectReply(conn, 'helo', attempt).catch((error: unknown) => {
			endHelo(false);
			throw error;
		});
		if (helo.code !== 250) {
			endHelo(false, `${helo.code}`);
			throw new Stop(makeVerdict('ehlo-rejected', {port, code: helo.code, text: replyText(helo)}));
		}

		endHelo(true, 'no ESMTP extensions');
		this.note(
			attempt,
			'EHLO refused; HELO accepted (no extensions: no STARTTLS, no AUTH)',
			conn.isEncrypted,
		);
		return noCapabilities;
	}

	private async session(
		conn: SmtpConnection,
		attempt: number,
		how: 'implicit-tls' | 'plain',
		greetingRead?: {outcome: ReadOutcome; end: (isOk: boolean, detail?: string) => void},
		isDiagnosticOnly = false,
	): Promise<Verdict> {
		const {port} = this.context;
		let endGreeting = greetingRead?.end;
		let outcome = greetingRead?.outcome;
		if (!outcome || !endGreeting) {
			endGreeting = this.startPhase('greeting', attempt);
			outcome = await conn.readReply(this.timeouts.greeting);
		}

		let greeting: SmtpReply;
		try {
			greeting = this.greetingVerdict(outcome, attempt);
		} catch (error) {
			endGreeting(false, outcome.kind);
			throw error;
		}

		this.greeting = replyText(greeting);
		if (greeting.code !== 220) {
			endGreeting(false, `${greeting.code}`);
			this.stopIfRateLimited(greeting, 'greeting');
			if (greeting.code >= 400) {
				throw new Stop(
					makeVerdict('greeting-rejected', {port, code: greeting.code, text: this.greeting}),
				);
			}

			throw new Stop(
				makeVerdict('protocol-error', {port, during: 'greeting', text: this.greeting}),
			);
		}

		endGreeting(true, this.greeting);
		const greetingMs = Math.round(performance.now() - this.greetingStartedAt);
		if (greetingMs > slowGreetingMs) {
			this.findings.push(makeVerdict('greeting-slow', {port, greetingMs}));
		}

		const first = await this.ehlo(conn, attempt);
		let verdict: Verdict;
		if (how === 'implicit-tls') {
			this.capabilities = first;
			verdict = this.tlsJudgement?.verdict ?? makeVerdict('implicit-tls-ok', {port});
			this.findings.push(...(this.tlsJudgement?.findings ?? []));
			this.checkAuthOffered(first);
		} else {
			verdict = await this.afterPlainEhlo(conn, attempt, first);
		}

		if (!isDiagnosticOnly) {
			await this.authStep(conn, attempt);
		}

		if (this.auth?.isConnectionLost || this.send?.isConnectionLost) {
			// The connection broke mid-AUTH or mid-send: QUIT would only wait for a dead peer.
			conn.close();
		} else {
			await this.quit(conn, attempt);
		}

		return verdict;
	}

	private checkAuthOffered(capabilities: EhloCapabilities) {
		if (this.role !== 'relay' && capabilities.authMechanisms.length === 0) {
			this.findings.push(makeVerdict('auth-not-offered', {port: this.context.port}));
		}
	}

	private async afterPlainEhlo(
		conn: SmtpConnection,
		attempt: number,
		first: EhloCapabilities,
	): Promise<Verdict> {
		const {port} = this.context;
		this.capabilitiesBeforeTls = first;
		const authInClear = first.authMechanisms.length > 0;
		const authParams = {port, mechanisms: first.authMechanisms.join(' ')};
		if (this.mode === 'none' || !first.startTls) {
			this.encryption = 'none';
			this.capabilities = first;
			if (this.mode === 'none') {
				if (authInClear) {
					this.findings.push(makeVerdict('auth-before-tls', authParams));
				}

				return makeVerdict('plain-only', {port, startTlsOffered: first.startTls ? 'yes' : 'no'});
			}

			if (this.mode === 'auto' && this.role === 'relay') {
				if (authInClear) {
					this.findings.push(makeVerdict('auth-before-tls', authParams));
				}

				return makeVerdict('plain-only', {port, startTlsOffered: 'no'});
			}

			if (authInClear && this.mode === 'auto') {
				// A submission port that offers a password login with no way to encrypt it.
				this.findings.push(makeVerdict('starttls-not-offered', {port, role: this.role}));
				return makeVerdict('auth-before-tls', authParams, 'fail');
			}

			if (authInClear) {
				this.findings.push(makeVerdict('auth-before-tls', authParams));
			}

			return makeVerdict('starttls-not-offered', {port, role: this.role});
		}

		if (authInClear) {
			this.findings.push(makeVerdict('auth-before-tls', authParams));
		}

		const endStartTls = this.startPhase('starttls', attempt);
		conn.send('STARTTLS');
		const reply = await this.expectReply(conn, 'starttls', attempt).catch((error: unknown) => {
			endStartTls(false);
			throw error;
		});
		if (reply.code !== 220) {
			endStartTls(false, `${reply.code}`);
			throw new Stop(
				makeVerdict('starttls-refused', {port, code: reply.code, text: replyText(reply)}),
			);
		}

		endStartTls(true, '220');
		const outcome = await this.handshake(attempt, this.context.signal, async (options, timeoutMs) =>
			conn.startTls(options, timeoutMs).then((result) => {
				if (result.discardedBytes) {
					this.note(
						attempt,
						'the server sent data after its STARTTLS reply; discarded (RFC 3207: possible command injection)',
					);
				}

				return result;
			}),
		);
		this.checkAborted();
		if (outcome.kind !== 'ok') {
			throw new Stop(
				outcome.kind === 'cancelled'
					? makeVerdict('cancelled', {port})
					: makeVerdict('tls-handshake-failed', {
							port,
							reason: outcome.reason,
							errorCode: outcome.errorCode ?? '',
							during: 'starttls',
						}),
			);
		}

		this.encryption = 'starttls';
		// RFC 3207 §4.2: forget everything learned before TLS and ask again.
		const second = await this.ehlo(conn, attempt);
		this.capabilities = second;
		this.findings.push(...(this.tlsJudgement?.findings ?? []));
		this.checkAuthOffered(second);
		const problem = this.tlsJudgement?.verdict;
		if (problem && this.role === 'relay' && problem.code.startsWith('cert-')) {
			// Relay (MTA-to-MTA) STARTTLS on 25 is opportunistic: senders encrypt without checking
			// the certificate (unless DANE or MTA-STS apply), so a bad one is a warning there.
			return {...problem, severity: 'warn', params: {...problem.params, role: 'relay'}};
		}

		return problem ?? makeVerdict('starttls-ok', {port});
	}

	private channel(conn: SmtpConnection, attempt: number): SmtpChannel {
		const commandTimeout = this.timeouts.command;
		const note = (text: string) => {
			this.note(attempt, sanitizeText(text, {maxLength: 300}), conn.isEncrypted);
		};

		return {
			get isEncrypted() {
				return conn.isEncrypted;
			},
			...(this.tls ? {tls: this.tls} : {}),
			send(line, options) {
				conn.send(line, options?.redactAs);
			},
			sendRaw(data, summary) {
				conn.sendRaw(data, sanitizeText(summary, {maxLength: 200}));
			},
			async readReply() {
				const outcome = await conn.readReply(commandTimeout);
				if (outcome.kind === 'reply') {
					return outcome.reply;
				}

				throw new Error(
					outcome.kind === 'parse-failure'
						? `unreadable reply (${outcome.failure.reason})`
						: `no reply (${outcome.kind})`,
				);
			},
			note,
		};
	}

	private async authStep(conn: SmtpConnection, attempt: number) {
		const {credentials, testMessage} = this.context.options;
		if (!credentials || !this.capabilities) {
			return;
		}

		const channel = this.channel(conn, attempt);
		const endAuth = this.startPhase('auth', attempt);
		try {
			this.auth = await authenticate(channel, this.capabilities, credentials);
		} catch {
			// The AUTH step promises never to put a secret in an error; we still do not show it.
			this.auth = {
				mechanism: credentials.mechanism ?? 'unknown',
				verdict: makeVerdict('protocol-error', {port: this.context.port, during: 'auth'}),
			};
		}

		this.findings.push(...(this.auth.findings ?? []));
		this.checkAborted();
		endAuth(this.auth.verdict.code === 'auth-ok', this.auth.verdict.code);
		if (testMessage?.port !== this.context.port || this.auth.verdict.code !== 'auth-ok') {
			return;
		}

		const endMail = this.startPhase('mail', attempt);
		try {
			this.send = await sendTestMessage(channel, this.capabilities, testMessage);
		} catch {
			this.send = {
				stage: 'mail',
				verdict: makeVerdict('protocol-error', {port: this.context.port, during: 'mail'}),
			};
		}

		this.checkAborted();
		endMail(this.send.verdict.code === 'send-ok', this.send.verdict.code);
	}

	private async quit(conn: SmtpConnection, attempt: number) {
		const endQuit = this.startPhase('quit', attempt);
		conn.send('QUIT');
		const outcome = await conn.readReply(Math.min(this.timeouts.command, 2000));
		endQuit(
			outcome.kind === 'reply',
			outcome.kind === 'reply' ? `${outcome.reply.code}` : outcome.kind,
		);
		conn.close();
		this.checkAborted();
	}
}

/** Probes one port to the end and returns its result; streams events through `context.emit`. Never throws. */
export async function probePort(context: PortProbeContext): Promise<PortResult> {
	return new PortProbe(context).run();
}
