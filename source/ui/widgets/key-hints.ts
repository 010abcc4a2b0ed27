// Key hints ("↑↓ move · Enter details · ? help") cut to the width by whole hints, never in
// the middle of one: a hint is a key and what it does, so the line never ends in a bare key.

const separator = ' · ';

/** The hints of `text` (separated by " · ") that fit in `width`, in order. */
export function fitHints(text: string, width: number): string {
	const hints = text.split(separator);
	let line = '';
	for (const hint of hints) {
		const next = line === '' ? hint : `${line}${separator}${hint}`;
		if ([...next].length > width) {
			break;
		}

		line = next;
	}

	return line;
}
