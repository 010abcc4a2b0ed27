// Word wrapping for lesson text, shared by the renderer and the tests so both agree on what
// "one screen at 80 columns" means.

/** Matches a bullet ("- ") or numbered ("1. ") item and captures its marker with the space. */
const itemPattern = /^(- |\d+\. )/;

/**
 * Keeps "RFC" on the same line as its number, and a flag on the same line as its argument
 * ("--ca FILE"), so a citation or a command never splits across lines.
 */
function glueReferences(words: string[]): string[] {
	const glued: string[] = [];
	for (const word of words) {
		const previous = glued.at(-1);
		const isCitation = previous !== undefined && /(?:^|\()RFC$/.test(previous) && /^\d/.test(word);
		const isFlagArgument =
			previous !== undefined && /^\(?--[a-z-]+$/.test(previous) && /^[A-Z]+\)?[.,;:]?$/.test(word);
		if (previous !== undefined && (isCitation || isFlagArgument)) {
			glued[glued.length - 1] = `${previous} ${word}`;
		} else {
			glued.push(word);
		}
	}

	return glued;
}

/** Wraps one paragraph at `width` columns on spaces; `indent` prefixes continuation lines. */
export function wrapText(text: string, width: number, indent = ''): string[] {
	const words = glueReferences(text.split(/\s+/).filter((word) => word.length > 0));
	const lines: string[] = [];
	let line = '';
	for (const word of words) {
		const candidate = line === '' ? word : `${line} ${word}`;
		const prefix = lines.length === 0 ? '' : indent;
		if (line !== '' && prefix.length + candidate.length > width) {
			lines.push(`${prefix}${line}`);
			line = word;
		} else {
			line = candidate;
		}
	}

	if (line !== '') {
		lines.push(`${lines.length === 0 ? '' : indent}${line}`);
	}

	return lines;
}

/** True for a detail entry that is a bullet or numbered item. */
export function isListItem(entry: string): boolean {
	return itemPattern.test(entry);
}

/**
 * Lays out a lesson's detail at `width` columns: a blank line before each paragraph but the
 * first, list items directly under what precedes them, continuation lines of an item indented
 * under its text.
 */
export function lessonDetailLines(detail: readonly string[], width: number): string[] {
	const lines: string[] = [];
	for (const [index, entry] of detail.entries()) {
		const marker = itemPattern.exec(entry)?.[1];
		if (index > 0 && !marker) {
			lines.push('');
		}

		lines.push(...wrapText(entry, width, marker ? ' '.repeat(marker.length) : ''));
	}

	return lines;
}
