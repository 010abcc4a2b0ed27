// One SMTP connection: TCP connect, optional TLS (implicit or STARTTLS), bounded reads of
// whole replies with timeouts, and a transcript of every line. Every wait ends on a reply,
// a timeout, the peer closing, or the abort signal; `close()` releases every socket.
import net from 'node:net';
import {Duplex} from 'node:stream';
import tls from 'node:tls';
import {startDeadline} from './deadline.js';
import {type ParseFailure, type ParseItem, ReplyParser, type TextRedactor} from './reply-parser.js';
import {sanitizeText} from './sanitize.js';
import {describeTlsAlert, opensslReason, stableTlsErrorCode} from './tls-errors.js';
import type {SmtpReply, TranscriptDirection} from './types.js';

/** Where a connection writes its transcript lines. */
export type TranscriptSink = (
	direction: TranscriptDirection,
	text: string,
	isEncrypted: boolean,
) => void;

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

/** Outcome of reading one reply. */
export type ReadOutcome =
	| {readonly kind: 'reply'; readonly reply: SmtpReply}
	| {
			readonly kind: 'timeout';
			readonly partial: string;
			readonly bytesReceived: number;
			/** Lines of a multi-line reply that arrived (e.g. a "220-" greeting teaser) before the wait ended. */
			readonly pendingLines: readonly string[];
			/** When the first of those lines arrived (performance.now()), if any did. */
			readonly firstLineAt?: number;
	  }
	| {readonly kind: 'closed'; readonly isReset: boolean; readonly errorCode?: string}
	| {readonly kind: 'parse-failure'; readonly failure: ParseFailure}
	| {readonly kind: 'cancelled'};

/** Outcome of a TLS handshake. */
export type HandshakeOutcome =
	| {readonly kind: 'ok'; readonly socket: tls.TLSSocket}
	| {
			readonly kind: 'failed';
			readonly reason: string;
			readonly errorCode?: string;
			readonly isTimeout: boolean;
			readonly isClosed: boolean;
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

function errorCodeOf(error: unknown): string {
	if (typeof error === 'object' && error !== null && 'code' in error) {
		// One spelling on every Node version (OpenSSL 3.2 renamed some TLS codes).
		return stableTlsErrorCode(String(error.code));
	}

	return 'EUNKNOWN';
}

/** Opens one TCP connection, bounded by `timeoutMs` and the signal. */
export async function connectTcp(
	address: string,
	port: number,
	timeoutMs: number,
	signal: AbortSignal,
): Promise<ConnectOutcome> {
	if (signal.aborted) {
		return {kind: 'cancelled'};
	}

	const socket = net.connect({host: address, port, noDelay: true});
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
): Promise<ConnectOutcome> {
	let last: ConnectOutcome = {
		kind: 'failed',
		errorCode: 'ENOADDRESS',
		address: '',
		isTimeout: false,
	};
	const earlier: Array<{readonly address: string; readonly errorCode: string}> = [];
	for (const [index, address] of addresses.entries()) {
		last = await connectTcp(address, port, timeoutMs, signal);
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

/**
 * Passes bytes between a TCP socket and the TLS layer while keeping the first bytes the
 * server sent, so a failed implicit-TLS handshake can tell "the port answered 220 in clear"
 * (a TLS record starts with 0x16 or 0x15) from other failures.
 */
export class TapStream extends Duplex {
	/** Up to 256 first bytes received from the server. */
	firstBytes = new Uint8Array(0);

	private readonly raw: net.Socket;

	constructor(raw: net.Socket) {
		super();
		this.raw = raw;
		raw.on('data', (chunk: Uint8Array) => {
			if (this.firstBytes.length < 256) {
				const merged = new Uint8Array(Math.min(256, this.firstBytes.length + chunk.length));
				merged.set(this.firstBytes);
				merged.set(
					chunk.subarray(0, merged.length - this.firstBytes.length),
					this.firstBytes.length,
				);
				this.firstBytes = merged;
			}

			if (!this.push(chunk)) {
				raw.pause();
			}
		});
		raw.on('end', () => this.push(null));
		raw.on('error', (error) => this.destroy(error));
		raw.on('close', () => this.destroy());
	}

	override _read(): void {
		this.raw.resume();
	}

	override _write(
		chunk: Uint8Array,
		_encoding: BufferEncoding,
		callback: (error?: Error | null) => void,
	) {
		if (this.raw.destroyed) {
			callback();
			return;
		}

		this.raw.write(chunk, () => {
			callback();
		});
	}

	override _final(callback: (error?: Error | null) => void) {
		this.raw.end();
		callback();
	}

	override _destroy(error: Error | null, callback: (error?: Error | null) => void) {
		this.raw.destroy();
		callback(error);
	}
}

/** Describes a handshake error in words (the Node/OpenSSL code is kept separately). */
export function describeTlsError(error: unknown): string {
	const message = error instanceof Error ? error.message : String(error);
	const lower = message.toLowerCase();
	if (lower.includes('wrong version number') || lower.includes('packet length too long')) {
		return 'the server did not answer with TLS (it seems to speak plain text on this port)';
	}

	if (lower.includes('unsupported protocol') || lower.includes('no protocols available')) {
		return 'no TLS version in common with the server';
	}

	if (lower.includes('handshake failure') || lower.includes('no shared cipher')) {
		return 'the server ended the handshake: no cipher or settings in common';
	}

	if (lower.includes('socket disconnected') || lower.includes('econnreset')) {
		return 'the server closed the connection during the TLS handshake';
	}

	// An alert by its number, else OpenSSL's reason words: never its thread id or source line.
	return describeTlsAlert(message) ?? sanitizeText(opensslReason(message), {maxLength: 160});
}

/** Runs a client TLS handshake over `stream`, bounded by `timeoutMs` and the signal. */
export async function tlsHandshake(
	stream: Duplex,
	options: tls.ConnectionOptions,
	timeoutMs: number,
	signal: AbortSignal,
	register: (socket: tls.TLSSocket) => void,
): Promise<HandshakeOutcome> {
	if (signal.aborted) {
		return {kind: 'cancelled'};
	}

	const socket = tls.connect({...options, socket: stream});
	register(socket);
	return new Promise<HandshakeOutcome>((resolve) => {
		const finish = (outcome: HandshakeOutcome) => {
			timer.clear();
			signal.removeEventListener('abort', onAbort);
			socket.removeListener('secureConnect', onSecure);
			socket.removeListener('error', onError);
			socket.removeListener('close', onClose);
			if (outcome.kind === 'ok') {
				// Late errors are handled by whoever reads the socket next; never leave one unhandled.
				socket.on('error', () => undefined);
			} else {
				socket.on('error', () => undefined);
				socket.destroy();
				stream.destroy();
			}

			resolve(outcome);
		};

		const onSecure = () => {
			finish({kind: 'ok', socket});
		};

		const onError = (error: unknown) => {
			const errorCode = errorCodeOf(error);
			finish({
				kind: 'failed',
				reason: describeTlsError(error),
				errorCode,
				isTimeout: false,
				isClosed: errorCode === 'ECONNRESET',
			});
		};

		const onClose = () => {
			finish({
				kind: 'failed',
				reason: 'the server closed the connection during the TLS handshake',
				isTimeout: false,
				isClosed: true,
			});
		};

		const onAbort = () => {
			finish({kind: 'cancelled'});
		};

		const timer = startDeadline(timeoutMs, () => {
			finish({
				kind: 'failed',
				reason: `no TLS answer within ${timeoutMs} ms`,
				errorCode: 'ETIMEDOUT',
				isTimeout: true,
				isClosed: false,
			});
		});
		socket.once('secureConnect', onSecure);
		socket.once('error', onError);
		socket.once('close', onClose);
		signal.addEventListener('abort', onAbort, {once: true});
	});
}

/**
 * Replies tolerated with no command outstanding before the connection stops reading. A real
 * server sends none (we never pipeline); a few are forgiven for sloppy servers, but a server
 * flooding "250 ok" would otherwise grow the queue and the transcript without bound.
 */
export const maxUnsolicitedReplies = 3;

/** An open SMTP conversation over a plain or TLS stream. */
export class SmtpConnection {
	isEncrypted = false;
	bytesReceived = 0;
	private readonly owned = new Set<Duplex>();
	private stream: Duplex;
	private parser: ReplyParser;
	/** Scrubs the credentials from server text before it is parsed, escaped or cut. */
	private readonly redact: TextRedactor;
	private queue: ParseItem[] = [];
	private closed: {isReset: boolean; errorCode?: string} | undefined;
	private wake: (() => void) | undefined;
	/** Replies we are waiting for: the greeting, then one per command sent. */
	private expected = 1;
	private unsolicited = 0;
	/** When the first line of the reply now arriving came in (see ReadOutcome's timeout). */
	private firstPendingLineAt: number | undefined;
	/** Each reply line, recorded when it arrives (a multi-line reply's lines get their own times). */
	/** Replies completed within the chunk being parsed (onData resets it). */
	private repliesInChunk = 0;
	private readonly onLine = (rawLine: string) => {
		// The parser reads a whole chunk before onData sees its replies: a flood of replies in
		// one chunk must not reach the transcript beyond what onData would let through.
		const allowed = this.expected + maxUnsolicitedReplies - this.unsolicited;
		if (this.repliesInChunk >= allowed) {
			return;
		}

		if (this.parser.pendingLines.length <= 1) {
			this.firstPendingLineAt = performance.now();
		}

		// A reply's last line: "250 ok" or a bare "250".
		if (/^\d{3}(?: |$)/.test(rawLine)) {
			this.repliesInChunk++;
		}

		this.record('receive', rawLine, this.isEncrypted);
	};

	private readonly onData = (chunk: Uint8Array) => {
		this.bytesReceived += chunk.length;
		this.repliesInChunk = 0;
		for (const item of this.parser.push(chunk)) {
			if (item.kind === 'reply') {
				// Its lines are in the transcript already, each stamped when it arrived (onLine).
				if (this.expected > 0) {
					this.expected--;
				} else if (++this.unsolicited > maxUnsolicitedReplies) {
					this.stopReading();
					break;
				}
			} else {
				this.record('receive', item.text, this.isEncrypted);
			}

			this.queue.push(item);
		}

		this.wake?.();
	};

	private readonly onError = (error: unknown) => {
		const errorCode = errorCodeOf(error);
		this.closed ??= {isReset: errorCode === 'ECONNRESET' || errorCode === 'EPIPE', errorCode};
		this.wake?.();
	};

	private readonly onClose = () => {
		this.closed ??= {isReset: false};
		this.wake?.();
	};

	private readonly record: TranscriptSink;
	private readonly signal: AbortSignal;

	constructor(
		stream: Duplex,
		isEncrypted: boolean,
		record: TranscriptSink,
		signal: AbortSignal,
		owned: readonly Duplex[] = [],
		redact: TextRedactor = (text) => text,
	) {
		this.redact = redact;
		this.record = record;
		this.parser = new ReplyParser(redact, this.onLine);
		this.signal = signal;
		for (const item of owned) {
			this.owned.add(item);
		}

		this.stream = stream;
		this.attach(stream, isEncrypted);
	}

	/** The stream currently carrying SMTP (plain socket or TLS socket). */
	get current(): Duplex {
		return this.stream;
	}

	/** Text received so far that is not a complete line (a partial banner). */
	get partialText(): string {
		return this.parser.partialText;
	}

	/** Reads one complete reply, or says why none came. Never throws. */
	async readReply(timeoutMs: number): Promise<ReadOutcome> {
		const immediate = this.takeOutcome();
		if (immediate) {
			return immediate;
		}

		return new Promise<ReadOutcome>((resolve) => {
			const finish = (outcome: ReadOutcome) => {
				timer.clear();
				this.signal.removeEventListener('abort', onAbort);
				this.wake = undefined;
				resolve(outcome);
			};

			const onAbort = () => {
				finish({kind: 'cancelled'});
			};

			const timer = startDeadline(timeoutMs, () => {
				finish({
					kind: 'timeout',
					partial: this.parser.partialText,
					bytesReceived: this.bytesReceived,
					pendingLines: [...this.parser.pendingLines],
					...(this.firstPendingLineAt === undefined ? {} : {firstLineAt: this.firstPendingLineAt}),
				});
			});
			this.signal.addEventListener('abort', onAbort, {once: true});
			this.wake = () => {
				const outcome = this.takeOutcome();
				if (outcome) {
					finish(outcome);
				}
			};
		});
	}

	/** Sends one command line; `redactAs` replaces it in the transcript (secrets never get there). */
	send(line: string, redactAs?: string): void {
		// One command per call: a CR or LF inside would smuggle a second command (injection).
		const safe = line.replaceAll(/[\r\n]/g, '');
		this.record('send', redactAs ?? sanitizeText(safe, {maxLength: 1024}), this.isEncrypted);
		this.expected++;
		this.write(`${safe}\r\n`);
	}

	/** Sends raw bytes that end in one command (message data ending in "."); the transcript shows `summary`. */
	sendRaw(data: string, summary: string): void {
		this.record('send', summary, this.isEncrypted);
		this.expected++;
		this.write(data);
	}

	/**
	 * Upgrades the plain stream to TLS after a STARTTLS 220. RFC 3207 §5: anything the server
	 * sent after its 220 was sent in clear and must be discarded (CVE-2011-0411 style injection).
	 */
	async startTls(
		options: tls.ConnectionOptions,
		timeoutMs: number,
	): Promise<HandshakeOutcome & {readonly discardedBytes?: boolean}> {
		const discardedBytes = this.queue.length > 0 || this.parser.hasBufferedData;
		this.detach();
		const outcome = await tlsHandshake(this.stream, options, timeoutMs, this.signal, (socket) =>
			this.owned.add(socket),
		);
		if (outcome.kind === 'ok') {
			this.attach(outcome.socket, true);
			// No greeting after STARTTLS (RFC 3207): the next reply answers the next command.
			this.expected = 0;
			this.unsolicited = 0;
		}

		return {...outcome, discardedBytes};
	}

	/** Destroys every socket this connection owns. Safe to call twice. */
	close(): void {
		for (const item of this.owned) {
			item.destroy();
		}

		this.closed ??= {isReset: false};
		this.wake?.();
	}

	private attach(stream: Duplex, isEncrypted: boolean): void {
		this.stream = stream;
		this.owned.add(stream);
		this.isEncrypted = isEncrypted;
		this.parser = new ReplyParser(this.redact, this.onLine);
		this.queue = [];
		stream.on('data', this.onData);
		stream.on('error', this.onError);
		stream.on('close', this.onClose);
		stream.on('end', this.onClose);
	}

	private detach(): void {
		this.stream.removeListener('data', this.onData);
		this.stream.removeListener('error', this.onError);
		this.stream.removeListener('close', this.onClose);
		this.stream.removeListener('end', this.onClose);
		// Keep a listener so a late error on the old stream is never unhandled.
		this.stream.on('error', () => undefined);
	}

	/** Too many unsolicited replies: drop what is queued, stop reading, and report it once. */
	private stopReading(): void {
		this.stream.removeListener('data', this.onData);
		this.stream.pause();
		this.record(
			'note',
			`the server sent more than ${maxUnsolicitedReplies} replies no command asked for; stopped reading`,
			this.isEncrypted,
		);
		this.queue = [
			{
				kind: 'failure',
				reason: 'unsolicited-replies',
				text: `more than ${maxUnsolicitedReplies} unsolicited replies`,
			},
		];
	}

	private write(data: string): void {
		if (!this.stream.destroyed && this.stream.writable) {
			this.stream.write(data);
		}
	}

	private takeOutcome(): ReadOutcome | undefined {
		const item = this.queue.shift();
		if (item) {
			return item.kind === 'reply'
				? {kind: 'reply', reply: item.reply}
				: {kind: 'parse-failure', failure: item};
		}

		if (this.signal.aborted) {
			return {kind: 'cancelled'};
		}

		if (this.closed) {
			return {kind: 'closed', ...this.closed};
		}

		return undefined;
	}
}
