// Everything a server sends is untrusted: before any of it is stored (transcript, greeting,
// verdict params) it goes through here, so no control character, ANSI escape or bidi override
// can reach a terminal, a JSON consumer or a report.

/** Options for `sanitizeText`. */
export type SanitizeOptions = {
	/** Longest result in characters before the truncation marker (default 512). */
	readonly maxLength?: number;
};

const namedEscapes: Readonly<Record<number, string>> = {
	0x09: String.raw`\t`,
	0x0a: String.raw`\n`,
	0x0d: String.raw`\r`,
};

/** True for code points that must never be printed raw: C0, DEL, C1, bidi and invisible format controls. */
export function isUnsafeCodePoint(codePoint: number): boolean {
	return (
		codePoint < 0x20 ||
		(codePoint >= 0x7f && codePoint <= 0x9f) ||
		codePoint === 0xad ||
		(codePoint >= 0x20_0b && codePoint <= 0x20_0f) ||
		(codePoint >= 0x20_28 && codePoint <= 0x20_2e) ||
		(codePoint >= 0x20_60 && codePoint <= 0x20_6f) ||
		codePoint === 0xfe_ff ||
		(codePoint >= 0xff_f9 && codePoint <= 0xff_fb) ||
		(codePoint >= 0xd8_00 && codePoint <= 0xdf_ff)
	);
}

function escapeCodePoint(codePoint: number): string {
	const named = namedEscapes[codePoint];
	if (named) {
		return named;
	}

	if (codePoint <= 0xff) {
		return String.raw`\x` + codePoint.toString(16).padStart(2, '0');
	}

	return String.raw`\u{` + codePoint.toString(16) + '}';
}

/** Escapes control characters (ESC shows as `\x1b`, CR as `\r`, ...) and truncates long text with a marker. */
export function sanitizeText(text: string, options: SanitizeOptions = {}): string {
	const maxLength = options.maxLength ?? 512;
	let result = '';
	let consumed = 0;
	for (const character of text) {
		const codePoint = character.codePointAt(0) ?? 0;
		const piece = isUnsafeCodePoint(codePoint) ? escapeCodePoint(codePoint) : character;
		if (result.length + piece.length > maxLength) {
			const remaining = [...text.slice(consumed)].length;
			return `${result}…[+${remaining} chars]`;
		}

		result += piece;
		consumed += character.length;
	}

	return result;
}

/** Decodes bytes from the wire as UTF-8 (invalid sequences become U+FFFD) and sanitises them. */
export function sanitizeBytes(bytes: Uint8Array, options: SanitizeOptions = {}): string {
	return sanitizeText(new TextDecoder('utf-8', {fatal: false}).decode(bytes), options);
}
