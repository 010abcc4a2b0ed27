// One SMTP connection: bounded reads of whole replies with timeouts, STARTTLS on the same
// stream, and a transcript of every line. Every wait ends on a reply, a timeout, the peer
// closing, or the abort signal; `close()` releases every socket.
import tls from 'node:tls';
import type {Duplex} from 'node:stream';
import {startDeadline} from '../deadline.js';
import {
	type ParseFailure,
	type ParseItem,
	ReplyParser,
	type TextRedactor,
} from '../reply-parser.js';
import {sanitizeText} from '../sanitize.js';
import {errorCodeOf} from '../tls-errors.js';
import type {SmtpReply, TranscriptDirection} from '../types.js';
import {type HandshakeOutcome, tlsHandshake, waitForSessionTicket} from './tls-handshake.js';
import {nowMs} from '../clock.js';

/** Where a connection writes its transcript lines. */
export type TranscriptSink = (
	direction: TranscriptDirection,
	text: string,
	isEncrypted: boolean,
) => void;

/** Outcome of reading one reply. */
export type ReadOutcome =
	| {readonly kind: 'reply'; readonly reply: SmtpReply}
	| {
			readonly kind: 'timeout';
			readonly partial: string;
			readonly bytesReceived: number;
			/** Lines of a multi-line reply that arrived (e.g. a "220-" greeting teaser) before the wait ended. */
			readonly pendingLines: readonly string[];
			/** When the first of those lines arrived (nowMs()), if any did. */
			readonly firstLineAt?: number;
	  }
	| {readonly kind: 'closed'; readonly isReset: boolean; readonly errorCode?: string}
	| {readonly kind: 'parse-failure'; readonly failure: ParseFailure}
	| {readonly kind: 'cancelled'};

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
			this.firstPendingLineAt = nowMs();
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

	/** After STARTTLS: waits for the server's first session ticket (see waitForSessionTicket). */
	async waitForTicket(maxMs: number): Promise<boolean> {
		return this.stream instanceof tls.TLSSocket
			? waitForSessionTicket(this.stream, maxMs, this.signal)
			: false;
	}

	/** Ends the conversation gracefully: flush, TLS close_notify, FIN; nothing more is read. */
	end(): void {
		this.stream.removeListener('data', this.onData);
		this.stream.end();
		this.closed ??= {isReset: false};
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
