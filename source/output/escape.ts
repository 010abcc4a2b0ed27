// Defence in depth for everything a server (or a DNS answer) may have written. The engine
// already stores server text escaped; the formatters escape again before anything reaches a
// terminal or a file, so a missed path upstream cannot smuggle ANSI sequences or control bytes.

// C0 controls (except none: tab and newline are escaped too, layout is ours), DEL, C1 controls,
// and the Unicode line/paragraph separators and bidi overrides that can reorder what a reader sees.
const unsafe = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

function visible(char: string): string {
	const code = char.codePointAt(0)!;
	switch (char) {
		case '\n': {
			return '\\n';
		}

		case '\r': {
			return '\\r';
		}

		case '\t': {
			return '\\t';
		}

		default: {
			return code <= 0xff
				? '\\x' + code.toString(16).padStart(2, '0')
				: '\\u' + code.toString(16).padStart(4, '0');
		}
	}
}

/** Makes untrusted text safe for one terminal line: control bytes, ESC and bidi overrides become visible escapes. */
export function escapeTerminal(text: string): string {
	return text.replaceAll(unsafe, visible);
}

/** Like `escapeTerminal`, and shortens to `max` characters with an ellipsis. */
export function escapeAndClip(text: string, max: number): string {
	const safe = escapeTerminal(text);
	return safe.length > max ? `${safe.slice(0, Math.max(0, max - 1))}…` : safe;
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
	return !new RegExp(unsafe.source).test(text);
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
