import {Text, useInput} from 'ink';
import {useRef} from 'react';
import {splitChunk} from '../hooks/use-keys.js';

export type SafeTextInputProps = {
	readonly value: string;
	readonly focus?: boolean;
	readonly showCursor?: boolean;
	/** Shown instead of each character (passwords). */
	readonly mask?: string;
	readonly placeholder?: string;
	readonly onChange: (value: string) => void;
	readonly onSubmit?: (value: string) => void;
};

// C0 and C1 controls, DEL, and ESC-led sequences never reach a field's value.
const controlCharacters = /[\u0000-\u001F\u007F-\u009F]/g;

/** `text` without control characters (a paste carrying "\r" or ANSI must not garble the screen). */
export function stripControls(text: string): string {
	return text.replaceAll(controlCharacters, '');
}

/**
 * One-line text field, replacing ink-text-input. Keys are handled one at a time, through refs,
 * so a fast burst or a paste acts on the latest value and cursor. Enter inside a chunk submits
 * the text before it and drops the rest of that chunk: what follows never lands in this field
 * (after a user name it may be a password).
 */
export function SafeTextInput({
	value,
	focus = true,
	showCursor = true,
	mask,
	placeholder = '',
	onChange,
	onSubmit,
}: SafeTextInputProps) {
	const state = useRef({value, cursor: value.length});
	if (state.current.value !== value) {
		// Changed from outside (reset, prefill): the cursor goes to the end.
		state.current = {value, cursor: value.length};
	}

	const handlers = useRef({onChange, onSubmit});
	handlers.current = {onChange, onSubmit};

	useInput(
		(input, key) => {
			for (const single of splitChunk(input, key)) {
				const {value: current, cursor} = state.current;
				const k = single.key;
				if (k.return) {
					handlers.current.onSubmit?.(current);
					return;
				}

				if (k.upArrow || k.downArrow || k.tab || k.escape || (k.ctrl && single.input === 'c')) {
					continue;
				}

				let next = current;
				let nextCursor = cursor;
				if (k.leftArrow) {
					nextCursor = Math.max(0, cursor - 1);
				} else if (k.rightArrow) {
					nextCursor = Math.min(current.length, cursor + 1);
				} else if (k.home) {
					nextCursor = 0;
				} else if (k.end) {
					nextCursor = current.length;
				} else if (k.backspace || k.delete) {
					if (cursor > 0) {
						next = current.slice(0, cursor - 1) + current.slice(cursor);
						nextCursor = cursor - 1;
					}
				} else if (!k.ctrl && !k.meta) {
					const text = stripControls(single.input);
					next = current.slice(0, cursor) + text + current.slice(cursor);
					nextCursor = cursor + text.length;
				}

				state.current = {value: next, cursor: nextCursor};
				if (next !== current) {
					handlers.current.onChange(next);
				}
			}
		},
		{isActive: focus},
	);

	const cursor = Math.min(state.current.cursor, value.length);
	const shown = mask === undefined ? value : mask.repeat(value.length);
	if (value.length === 0) {
		if (placeholder === '') {
			return <Text>{focus && showCursor ? <Text inverse> </Text> : ''}</Text>;
		}

		return focus && showCursor ? (
			<Text>
				<Text inverse>{placeholder[0]}</Text>
				<Text dimColor>{placeholder.slice(1)}</Text>
			</Text>
		) : (
			<Text dimColor>{placeholder}</Text>
		);
	}

	if (!focus || !showCursor) {
		return <Text>{shown}</Text>;
	}

	return (
		<Text>
			{shown.slice(0, cursor)}
			<Text inverse>{shown[cursor] ?? ' '}</Text>
			{shown.slice(cursor + 1)}
		</Text>
	);
}
