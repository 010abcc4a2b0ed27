/** Splits text into lines of at most `width` columns at spaces (long words are cut). */
export function wordWrap(text: string, width: number): string[] {
	const limit = Math.max(10, width);
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		let rest = word;
		while (rest.length > limit) {
			if (line) {
				lines.push(line);
				line = '';
			}

			lines.push(rest.slice(0, limit));
			rest = rest.slice(limit);
		}

		if (line === '') {
			line = rest;
		} else if (line.length + 1 + rest.length <= limit) {
			line += ` ${rest}`;
		} else {
			lines.push(line);
			line = rest;
		}
	}

	if (line) {
		lines.push(line);
	}

	return lines;
}
