import {useInput, type Key} from 'ink';
import {useRef} from 'react';

/** Return true to drop the rest of the chunk (Enter opened something: later keys are not ours). */
type KeyHandler = (input: string, key: Key) => boolean | void;

const plainKey: Key = {
	upArrow: false,
	downArrow: false,
	leftArrow: false,
	rightArrow: false,
	pageDown: false,
	pageUp: false,
	home: false,
	end: false,
	return: false,
	escape: false,
	ctrl: false,
	shift: false,
	tab: false,
	backspace: false,
	delete: false,
	meta: false,
	super: false,
	hyper: false,
	capsLock: false,
	numLock: false,
};

/** One key of a chunk as Ink would report it alone; undefined for control characters we drop. */
export function splitKey(char: string): {readonly input: string; readonly key: Key} | undefined {
	switch (char) {
		case '\r':
		case '\n': {
			return {input: '', key: {...plainKey, return: true}};
		}

		case '\t': {
			return {input: '', key: {...plainKey, tab: true}};
		}

		case '\u007F':
		case '\b': {
			return {input: '', key: {...plainKey, backspace: true}};
		}

		case '\u001B': {
			return {input: '', key: {...plainKey, escape: true, meta: true}};
		}

		default: {
			const code = char.codePointAt(0) ?? 0;
			if (code < 0x20 || (code >= 0x80 && code < 0xa0)) {
				return undefined;
			}

			return {input: char, key: {...plainKey, shift: /[A-Z]/.test(char)}};
		}
	}
}

/**
 * Split an Ink input event into single keys. Ink passes a chunk of plain characters ("jj",
 * "j\r") as ONE call; escape sequences (arrows) already come one by one.
 */
export function splitChunk(
	input: string,
	key: Key,
): Array<{readonly input: string; readonly key: Key}> {
	const chars = [...input];
	if (chars.length <= 1 || key.ctrl || key.meta || input.startsWith('\u001B')) {
		return [{input, key}];
	}

	const keys: Array<{readonly input: string; readonly key: Key}> = [];
	for (const char of chars) {
		const single = splitKey(char);
		if (single !== undefined) {
			keys.push(single);
		}
	}

	return keys;
}

/**
 * Ink's useInput, one call per key: a burst "jj\r" calls `handler` three times. The handler
 * runs from a ref (always the latest render's), but state set by an earlier key of the same
 * burst is not rendered yet: handlers read their state through refs.
 */
export function useKeys(handler: KeyHandler, options: {readonly isActive?: boolean} = {}): void {
	const latest = useRef(handler);
	latest.current = handler;
	useInput(
		(input, key) => {
			for (const single of splitChunk(input, key)) {
				if (latest.current(single.input, single.key) === true) {
					return;
				}
			}
		},
		{isActive: options.isActive},
	);
}
