// Splits what the terminal sent into single keys, the way a person pressed them: an escape
// sequence (arrow, PgDn, Alt+x) stays whole, a bracketed paste is one key, a UTF-8 character
// (an emoji included) is one key, and everything else is one character per key.

const escape = '\u001B';
const pasteStart = '\u001B[200~';
const pasteEnd = '\u001B[201~';
/** A paste longer than this is cut: no field needs more, and the read stays bounded. */
export const maxPasteLength = 4096;

/** One key, or one bracketed paste. */
export type SplitKey =
	| {readonly kind: 'key'; readonly sequence: string}
	| {readonly kind: 'paste'; readonly text: string};

export type SplitResult = {
	readonly keys: readonly SplitKey[];
	/** An escape sequence (or paste) not finished yet: wait for more, or release it whole later. */
	readonly rest: string;
};

const isFinalByte = (code: number) => code >= 0x40 && code <= 0x7e;
const isParameterOrIntermediate = (code: number) => code >= 0x20 && code <= 0x3f;

/** Text of a paste as a field may take it: line breaks and tabs become spaces, no controls. */
export function pastedText(raw: string): string {
	return raw
		.replaceAll(/\r\n|[\r\n\t]/g, ' ')
		.replaceAll(/[\u0000-\u001F\u007F-\u009F]/g, '')
		.slice(0, maxPasteLength);
}

/** Length of the CSI sequence starting at `start` (ESC [ ...), 0 if invalid, -1 if unfinished. */
function csiLength(text: string, start: number): number {
	let index = start + 2;
	// Legacy function keys: ESC [ [ A.
	if (text[index] === '[') {
		index++;
	}

	for (; index < text.length; index++) {
		const code = text.codePointAt(index) ?? 0;
		if (isParameterOrIntermediate(code)) {
			continue;
		}

		return isFinalByte(code) ? index + 1 - start : 0;
	}

	return -1;
}

/** Length of the escape sequence starting at `start`, 0 if ESC stands alone, -1 if unfinished. */
function escapeLength(text: string, start: number): number {
	const next = text[start + 1];
	if (next === undefined) {
		return -1;
	}

	if (next === '[') {
		return csiLength(text, start);
	}

	if (next === 'O') {
		// SS3: ESC O letter (F1-F4, arrows in application mode).
		return start + 2 < text.length ? 3 : -1;
	}

	if (next === escape) {
		// Alt with an arrow (ESC ESC [ A); two lone Escs otherwise.
		const inner = text[start + 2];
		if (inner === undefined) {
			return -1;
		}

		if (inner === '[' || inner === 'O') {
			const length = escapeLength(text, start + 1);
			return length > 0 ? length + 1 : length < 0 ? -1 : 0;
		}

		return 0;
	}

	const code = text.codePointAt(start + 1) ?? 0;
	if (code < 0x20 || code === 0x7f) {
		// Esc then a control key (Esc Enter): two keys.
		return 0;
	}

	// Alt+x: ESC and one character.
	return 1 + (code > 0xff_ff ? 2 : 1);
}

/**
 * Splits `text` into keys. What cannot be decided yet (a lone ESC at the end, an unfinished
 * sequence or paste) comes back as `rest`, to be joined with the next read or released by
 * `releaseRest` after a short wait.
 */
export function splitKeys(text: string): SplitResult {
	const keys: SplitKey[] = [];
	let index = 0;
	while (index < text.length) {
		if (text.startsWith(pasteStart, index)) {
			const end = text.indexOf(pasteEnd, index + pasteStart.length);
			if (end === -1) {
				if (text.length - index > maxPasteLength * 4) {
					// Never-ending paste: take what came and drop the marker we wait for.
					keys.push({kind: 'paste', text: pastedText(text.slice(index + pasteStart.length))});
					return {keys, rest: ''};
				}

				return {keys, rest: text.slice(index)};
			}

			keys.push({kind: 'paste', text: pastedText(text.slice(index + pasteStart.length, end))});
			index = end + pasteEnd.length;
			continue;
		}

		if (text[index] === escape) {
			const length = escapeLength(text, index);
			if (length < 0) {
				return {keys, rest: text.slice(index)};
			}

			const size = Math.max(1, length);
			keys.push({kind: 'key', sequence: text.slice(index, index + size)});
			index += size;
			continue;
		}

		const code = text.codePointAt(index) ?? 0;
		const size = code > 0xff_ff ? 2 : 1;
		keys.push({kind: 'key', sequence: text.slice(index, index + size)});
		index += size;
	}

	return {keys, rest: ''};
}

/** The keys of a `rest` nothing more came for: a lone Esc, or the characters as typed. */
export function releaseRest(rest: string): SplitKey[] {
	if (rest.startsWith(pasteStart)) {
		return [{kind: 'paste', text: pastedText(rest.slice(pasteStart.length))}];
	}

	const keys: SplitKey[] = [{kind: 'key', sequence: escape}];
	const after = splitKeys(rest.slice(1));
	return [...keys, ...after.keys, ...(after.rest === '' ? [] : releaseRest(after.rest))];
}
