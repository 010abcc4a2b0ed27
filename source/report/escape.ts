// Defence in depth for everything a server (or a DNS answer) may have written. The engine
// already stores server text escaped; the formatters escape again before anything reaches a
// terminal or a file, so a missed path upstream cannot smuggle ANSI sequences or control bytes.

// One set of rules for every front end: the engine's list of unsafe code points (C0, DEL, C1,
// bidi overrides and isolates, zero-width characters, BOM, soft hyphen, lone surrogates, ...).
// Applied again here, whoever produced the text, and never truncating: layout is ours to clip.
// Unlike the engine's sanitizer it leaves the backslash alone: the engine already escaped
// server text (a server's "\x1b" is stored as "\\x1b"), so escaping here is idempotent and
// an escape shows once in every output, never as "\\x1b".
import {isUnsafeCodePoint, unsafeUnitPattern} from '../engine/sanitize.js';

const named: Readonly<Record<number, string>> = {0x09: '\\t', 0x0a: '\\n', 0x0d: '\\r'};

function escapeCodePoint(codePoint: number): string {
	return (
		named[codePoint] ??
		(codePoint <= 0xff
			? `\\x${codePoint.toString(16).padStart(2, '0')}`
			: `\\u{${codePoint.toString(16)}}`)
	);
}

/** Makes untrusted text safe for one terminal line: control bytes, ESC and bidi overrides become visible escapes. */
export function escapeTerminal(text: string): string {
	if (!unsafeUnitPattern.test(text)) {
		return text;
	}

	let result = '';
	for (const character of text) {
		const codePoint = character.codePointAt(0) ?? 0;
		result += isUnsafeCodePoint(codePoint) ? escapeCodePoint(codePoint) : character;
	}

	return result;
}

/** Like `escapeTerminal`, and shortens to `max` characters with an ellipsis. */
export function escapeAndClip(text: string, max: number): string {
	const safe = escapeTerminal(text);
	if (safe.length <= max) {
		return safe;
	}

	// Cut between characters, never inside a surrogate pair (half of one is a lone surrogate,
	// unsafe on a terminal; found by the fuzz tier).
	let kept = '';
	for (const character of safe) {
		if (kept.length + character.length > Math.max(0, max - 1)) {
			break;
		}

		kept += character;
	}

	return `${kept}…`;
}

/** Escapes text of several lines line by line (a stack trace): at most `maxLines` lines of `maxWidth`. */
export function escapeLines(text: string, maxLines = 40, maxWidth = 300): string {
	return text
		.split(/\r?\n/)
		.slice(0, maxLines)
		.map((line) => escapeAndClip(line, maxWidth))
		.join('\n');
}

/** True when `text` contains nothing `escapeTerminal` would change (used by tests and assertions). */
export function isTerminalSafe(text: string): boolean {
	for (const character of text) {
		if (isUnsafeCodePoint(character.codePointAt(0) ?? 0)) {
			return false;
		}
	}

	return true;
}

// Defence in depth for secrets: the engine redacts AUTH payloads at the source; a transcript
// line that still looks like one is masked here too, whoever produced it.
const authLine = /^(AUTH\s+[A-Za-z\d-]+)\s+\S.*$/i;

/** Masks the argument of an `AUTH MECH payload` line. */
export function redactAuthLine(text: string): string {
	return authLine.test(text) ? text.replace(authLine, '$1 [redacted]') : text;
}

/** The minimal transcript shape redaction needs. */
type TranscriptLine = {
	readonly direction: 'send' | 'receive' | 'note';
	readonly text: string;
};

/**
 * Masks AUTH arguments and every line the client sent in answer to a `334` challenge (SASL
 * responses carry the user name and password, base64 is not encryption).
 */
export function redactTranscript<T extends TranscriptLine>(entries: readonly T[]): T[] {
	let isAnsweringChallenge = false;
	return entries.map((entry) => {
		if (entry.direction === 'receive') {
			isAnsweringChallenge = /^334(?:\s|$)/.test(entry.text);
			return entry;
		}

		if (entry.direction !== 'send') {
			return entry;
		}

		const wasChallenge = isAnsweringChallenge;
		isAnsweringChallenge = false;
		if (wasChallenge && !/^\[redacted[^\]]*\]$/i.test(entry.text) && entry.text !== '*') {
			return {...entry, text: '[redacted]'};
		}

		const text = redactAuthLine(entry.text);
		return text === entry.text ? entry : {...entry, text};
	});
}
