// Incremental SMTP reply parser (RFC 5321 §4.2): bytes in, complete replies out, bounded.
// Lines end with LF (CRLF or a bare LF, since some servers are sloppy). A multi-line reply
// is "250-..." continuation lines closed by "250 ..." (or a bare "250"). The parser never
// throws: anything it cannot accept becomes one terminal `ParseFailure`.
import {clipSanitized, sanitizeText} from './sanitize.js';
import type {EhloCapabilities, SmtpReply} from './types.js';

/** Bounds every read: RFC 5321 allows 512-byte reply lines; we accept 4 KiB, 64 KiB and 100 lines per reply. */
export const replyLimits = {
	maxLineBytes: 4096,
	maxReplyBytes: 64 * 1024,
	maxReplyLines: 100,
} as const;

/** Why the parser gave up on the stream. */
export type ParseFailureReason =
	| 'line-too-long'
	| 'reply-too-large'
	| 'too-many-lines'
	| 'not-smtp'
	| 'malformed'
	/** Set by the connection, not the parser: replies kept coming with no command outstanding. */
	| 'unsolicited-replies';

/** A terminal parse failure, with the offending text escaped and truncated. */
export type ParseFailure = {
	readonly kind: 'failure';
	readonly reason: ParseFailureReason;
	readonly text: string;
};

/** A complete reply plus its lines as they appeared on the wire (escaped, for the transcript). */
export type ParsedReply = {
	readonly kind: 'reply';
	readonly reply: SmtpReply;
	readonly rawLines: readonly string[];
};

/** One output of the parser. */
export type ParseItem = ParsedReply | ParseFailure;

const linePattern = /^([2-5]\d\d)(?:([ -])(.*))?$/s;
const enhancedPattern = /^([245])\.(\d{1,3})\.(\d{1,3})(?=\s|$)/;
const transcriptLineLength = 1024;
const failureTextLength = 200;

/** Extracts an RFC 3463 enhanced status code ("5.7.8") from the first text line when its class matches the reply code. */
export function enhancedCodeOf(code: number, firstLine: string | undefined): string | undefined {
	const match = enhancedPattern.exec(firstLine ?? '');
	if (!match || Number(match[1]) !== Math.floor(code / 100)) {
		return undefined;
	}

	return `${match[1]}.${match[2]}.${match[3]}`;
}

/**
 * Scrubs secrets from whole, raw text (see `ReplyParser`'s constructor); `tail`, when given,
 * is used for text cut at its end (engine/redact.ts).
 */
export type TextRedactor = ((text: string) => string) & {readonly tail?: (text: string) => string};

const decoder = new TextDecoder('utf-8', {fatal: false});

/** Incremental, bounded SMTP reply parser. Feed it bytes with `push`; it returns what completed. */
export class ReplyParser {
	/**
	 * `redact` runs on every line's whole decoded text BEFORE it is escaped or cut: a server
	 * that echoes the password must not get part of it out by having it straddle a cut.
	 */
	private readonly redact: TextRedactor;
	/** Hears each accepted line as it arrives (escaped, redacted), before its reply completes. */
	private readonly onLine: ((rawLine: string) => void) | undefined;

	constructor(redact: TextRedactor = (text) => text, onLine?: (rawLine: string) => void) {
		this.redact = redact;
		this.onLine = onLine;
	}

	/** The lines of a multi-line reply still incomplete ("220-..." lines before the final "220 "). */
	get pendingLines(): readonly string[] {
		return this.replyRawLines;
	}

	private pending: Uint8Array[] = [];
	private pendingLength = 0;
	private replyLines: string[] = [];
	private replyRawLines: string[] = [];
	private replyCode: number | undefined;
	private replyBytes = 0;
	private hasSeenLine = false;
	private failure: ParseFailure | undefined;

	/** The failure that stopped the parser, if any. */
	get failed(): ParseFailure | undefined {
		return this.failure;
	}

	/** Bytes received but not yet part of a complete line (useful to show a partial banner). */
	get partialText(): string {
		// Still arriving: the line may end inside a secret, so its trailing start goes too.
		const text = decoder.decode(concat(this.pending, this.pendingLength));
		return sanitizeText((this.redact.tail ?? this.redact)(text), {maxLength: failureTextLength});
	}

	/** True when bytes are buffered beyond the last complete reply (e.g. data injected after a STARTTLS 220). */
	get hasBufferedData(): boolean {
		return this.pendingLength > 0 || this.replyLines.length > 0;
	}

	push(chunk: Uint8Array): ParseItem[] {
		const items: ParseItem[] = [];
		if (this.failure) {
			return items;
		}

		let start = 0;
		while (start < chunk.length) {
			const newline = chunk.indexOf(0x0a, start);
			const end = newline === -1 ? chunk.length : newline;
			const piece = chunk.subarray(start, end);
			if (this.pendingLength + piece.length > replyLimits.maxLineBytes) {
				this.pending.push(piece);
				this.pendingLength += piece.length;
				return [
					...items,
					this.fail(
						this.hasSeenLine ? 'line-too-long' : this.classifyFirstLine(),
						concat(this.pending, this.pendingLength),
					),
				];
			}

			this.pending.push(piece);
			this.pendingLength += piece.length;
			if (newline === -1) {
				break;
			}

			const line = concat(this.pending, this.pendingLength);
			this.pending = [];
			this.pendingLength = 0;
			start = newline + 1;
			const item = this.acceptLine(line.at(-1) === 0x0d ? line.subarray(0, -1) : line);
			if (item) {
				items.push(item);
				if (item.kind === 'failure') {
					return items;
				}
			}
		}

		return items;
	}

	private classifyFirstLine(): ParseFailureReason {
		const head = concat(this.pending, Math.min(this.pendingLength, 8));
		return /^[2-5]\d\d/.test(new TextDecoder().decode(head)) ? 'line-too-long' : 'not-smtp';
	}

	private acceptLine(line: Uint8Array): ParseItem | undefined {
		const isFirstLine = !this.hasSeenLine;
		this.hasSeenLine = true;
		const text = this.redact(decoder.decode(line));
		const match = linePattern.exec(text);
		if (!match) {
			return this.fail(isFirstLine ? 'not-smtp' : 'malformed', line);
		}

		const code = Number(match[1]);
		if (this.replyCode !== undefined && code !== this.replyCode) {
			return this.fail('malformed', line);
		}

		this.replyCode = code;
		this.replyBytes += line.length + 2;
		this.replyLines.push(sanitizeText(match[3] ?? '', {maxLength: transcriptLineLength}));
		const rawLine = sanitizeText(text, {maxLength: transcriptLineLength});
		this.replyRawLines.push(rawLine);
		this.onLine?.(rawLine);
		if (this.replyBytes > replyLimits.maxReplyBytes) {
			return this.fail('reply-too-large', line);
		}

		if (this.replyLines.length > replyLimits.maxReplyLines) {
			return this.fail('too-many-lines', line);
		}

		if (match[2] === '-') {
			return undefined;
		}

		const lines = this.replyLines;
		const enhancedCode = enhancedCodeOf(code, lines[0]);
		const reply: SmtpReply = enhancedCode ? {code, enhancedCode, lines} : {code, lines};
		const item: ParsedReply = {kind: 'reply', reply, rawLines: this.replyRawLines};
		this.replyLines = [];
		this.replyRawLines = [];
		this.replyCode = undefined;
		this.replyBytes = 0;
		return item;
	}

	private fail(reason: ParseFailureReason, bytes: Uint8Array): ParseFailure {
		this.failure = {
			kind: 'failure',
			reason,
			// The whole text is redacted before it is cut: a secret across the cut is gone first.
			// A line too long may end inside a secret: its trailing start goes too (`tail`).
			text: clipSanitized(
				sanitizeText((this.redact.tail ?? this.redact)(decoder.decode(bytes)), {
					maxLength: 4 * failureTextLength,
				}),
				failureTextLength,
			),
		};
		this.pending = [];
		this.pendingLength = 0;
		return this.failure;
	}
}

function concat(parts: readonly Uint8Array[], length: number): Uint8Array {
	const result = new Uint8Array(length);
	let offset = 0;
	for (const part of parts) {
		if (offset >= length) {
			break;
		}

		const slice = part.subarray(0, length - offset);
		result.set(slice, offset);
		offset += slice.length;
	}

	return result;
}

/** Parses a whole buffer at once (tests, fixtures). */
export function parseReplies(bytes: Uint8Array): ParseItem[] {
	return new ReplyParser().push(bytes);
}

/** Capabilities of a server that only answered HELO (no extensions). */
export const noCapabilities: EhloCapabilities = {
	raw: [],
	pipelining: false,
	eightBitMime: false,
	smtpUtf8: false,
	startTls: false,
	authMechanisms: [],
	enhancedStatusCodes: false,
	chunking: false,
	dsn: false,
	requireTls: false,
};

/** Reads EHLO keywords (RFC 5321 §4.1.1.1) from a 250 reply: the first line is the server's name. */
export function parseCapabilities(reply: SmtpReply): EhloCapabilities {
	const raw = reply.lines.slice(1);
	const keywords = new Set<string>();
	const authMechanisms: string[] = [];
	let size: number | undefined;
	for (const line of raw) {
		const [first = '', ...rest] = line.trim().split(/\s+/);
		const upper = first.toUpperCase();
		if (upper.startsWith('AUTH=')) {
			// Legacy form from pre-RFC 2554 clients: "AUTH=LOGIN PLAIN".
			keywords.add('AUTH');
			addMechanisms(authMechanisms, [first.slice(5), ...rest]);
			continue;
		}

		keywords.add(upper);
		if (upper === 'AUTH') {
			addMechanisms(authMechanisms, rest);
		} else if (upper === 'SIZE' && rest[0] && /^\d{1,15}$/.test(rest[0])) {
			size = Number(rest[0]);
		}
	}

	const capabilities: EhloCapabilities = {
		raw,
		pipelining: keywords.has('PIPELINING'),
		eightBitMime: keywords.has('8BITMIME'),
		smtpUtf8: keywords.has('SMTPUTF8'),
		startTls: keywords.has('STARTTLS'),
		authMechanisms,
		enhancedStatusCodes: keywords.has('ENHANCEDSTATUSCODES'),
		chunking: keywords.has('CHUNKING'),
		dsn: keywords.has('DSN'),
		requireTls: keywords.has('REQUIRETLS'),
	};
	return size === undefined ? capabilities : {...capabilities, size};
}

function addMechanisms(target: string[], words: readonly string[]): void {
	for (const word of words) {
		const mechanism = word.toUpperCase();
		if (/^[A-Z0-9_-]{1,40}$/.test(mechanism) && !target.includes(mechanism)) {
			target.push(mechanism);
		}
	}
}
