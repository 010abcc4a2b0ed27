// Everything a server sends is untrusted: before any of it is stored (transcript, greeting,
// verdict params) it goes through here, so no control character, ANSI escape or bidi override
// can reach a terminal, a JSON consumer or a report. The backslash itself is escaped too, so
// server text cannot fake an escape ("\x1b" typed by a server shows as "\\x1b"). Because of
// that, sanitising twice doubles backslashes: text that is already sanitised is only clipped
// (`clipSanitized`).

/** Options for `sanitizeText`. */
export type SanitizeOptions = {
	/** Longest result in characters before the truncation marker (default 512). */
	readonly maxLength?: number;
};

const namedEscapes: Readonly<Record<number, string>> = {
	0x09: String.raw`\t`,
	0x0a: String.raw`\n`,
	0x0d: String.raw`\r`,
	0x5c: String.raw`\\`,
};

/**
 * True for code points that must never be printed raw: C0, DEL, C1, soft hyphen, the Arabic
 * letter mark, zero-width and bidi controls (U+200B-200F, U+202A-202E, U+2066-2069), line and
 * paragraph separators, word joiner and invisible operators (U+2060-206F), BOM, interlinear
 * annotations, lone surrogates and Unicode tag characters (U+E0000-E007F).
 */
export function isUnsafeCodePoint(codePoint: number): boolean {
	return (
		codePoint < 0x20 ||
		(codePoint >= 0x7f && codePoint <= 0x9f) ||
		codePoint === 0xad ||
		codePoint === 0x06_1c ||
		codePoint === 0x18_0e ||
		(codePoint >= 0xe_00_00 && codePoint <= 0xe_00_7f) ||
		(codePoint >= 0x20_0b && codePoint <= 0x20_0f) ||
		(codePoint >= 0x20_28 && codePoint <= 0x20_2e) ||
		(codePoint >= 0x20_60 && codePoint <= 0x20_6f) ||
		codePoint === 0xfe_ff ||
		(codePoint >= 0xff_f9 && codePoint <= 0xff_fb) ||
		(codePoint >= 0xd8_00 && codePoint <= 0xdf_ff)
	);
}

/**
 * Matches any UTF-16 unit of a code point `isUnsafeCodePoint` accepts, plus every surrogate
 * (pairs too: the tag characters are pairs, and the slow path tells pairs from lone halves).
 * Text it does not match needs no escaping: the fast path of both escapers, so the common
 * case costs one native scan instead of a loop per character (which ran hot enough in a check
 * to have V8 page in its optimizing compiler, ~3 MiB of RSS).
 */
export const unsafeUnitPattern =
	/[\u0000-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u2028-\u202E\u2060-\u206F\uD800-\uDFFF\uFEFF\uFFF9-\uFFFB]/;
const unsafeOrBackslash =
	/[\u0000-\u001F\u005C\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u2028-\u202E\u2060-\u206F\uD800-\uDFFF\uFEFF\uFFF9-\uFFFB]/;

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
	if (text.length <= maxLength && !unsafeOrBackslash.test(text)) {
		return text;
	}

	let result = '';
	let consumed = 0;
	for (const character of text) {
		const codePoint = character.codePointAt(0) ?? 0;
		const piece =
			isUnsafeCodePoint(codePoint) || codePoint === 0x5c ? escapeCodePoint(codePoint) : character;
		if (result.length + piece.length > maxLength) {
			const remaining = [...text.slice(consumed)].length;
			return `${result}…[+${remaining} chars]`;
		}

		result += piece;
		consumed += character.length;
	}

	return result;
}

/** Clips text that is already sanitised (no second escaping), with the same marker as `sanitizeText`. */
export function clipSanitized(text: string, maxLength: number): string {
	if (text.length <= maxLength) {
		return text;
	}

	let kept = '';
	for (const character of text) {
		if (kept.length + character.length > maxLength) {
			break;
		}

		kept += character;
	}

	return `${kept}…[+${[...text.slice(kept.length)].length} chars]`;
}

/** Decodes bytes from the wire as UTF-8 (invalid sequences become U+FFFD) and sanitises them. */
export function sanitizeBytes(bytes: Uint8Array, options: SanitizeOptions = {}): string {
	return sanitizeText(new TextDecoder('utf-8', {fatal: false}).decode(bytes), options);
}
