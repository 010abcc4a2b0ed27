// One-line text field: ink-text-input, plus what a field of this app must also do.
//
//   Host  smtp.example.com█          Password  ********█   (the mask never shows the length)
//
// - Control characters never reach the value (a paste carrying ANSI or "\r" must not garble
//   the screen); Ctrl+U clears the field; other Ctrl/Alt keys are ignored (ink-text-input
//   would insert their letter).
// - Keys that came in the same burst as this field's Enter are dropped while it is still on
//   screen: "\rpw123456" typed into an empty user-name field (refused) must not leave the
//   password in view. When Enter opened the password prompt, the rest goes there, masked.
// The key stream (app/key-stream.ts) hands keys over one at a time, so ink-text-input itself
// needs no burst handling.
import {Box, Text} from 'ink';
import TextInput from 'ink-text-input';
import {useRef, useState} from 'react';
import {useKeyStream} from '../hooks/use-key-stream.js';
import {useTheme} from '../theme.js';

export type TextFieldProps = {
	readonly value: string;
	readonly isFocused: boolean;
	readonly placeholder?: string;
	/** A password or token: shown as a fixed-width mask, whatever its length. */
	readonly isSecret?: boolean;
	/** Longer input is cut here. */
	readonly maxLength?: number;
	/** A pasted multi-line text (a stack trace) stays one line, its line breaks and tabs spaces. */
	readonly isLineJoined?: boolean;
	readonly onChange: (value: string) => void;
	readonly onSubmit?: (value: string) => void;
};

/** The fixed mask of a non-empty secret. */
export const secretMask = '********';

const controlCharacters = /[\u0000-\u001F\u007F-\u009F]/g;
const ctrlU = '\u0015';

/** `text` without control characters. */
export function stripControls(text: string): string {
	return text.replaceAll(controlCharacters, '');
}

/** A Ctrl or Alt chord that ink-text-input would insert as a plain letter. */
function isChord(sequence: string): boolean {
	if (sequence.length === 1) {
		const code = sequence.codePointAt(0) ?? 0;
		return code < 0x20 && sequence !== '\b';
	}

	return sequence.startsWith('\u001B') && !/^\u001B\u001B?[[O]/.test(sequence);
}

/** An empty field: the cursor, and the placeholder muted (dimmed without colours). */
function Empty({
	placeholder = '',
	isFocused,
}: {
	readonly placeholder?: string;
	readonly isFocused: boolean;
}) {
	const theme = useTheme();
	const rest = isFocused ? placeholder.slice(1) : placeholder;
	return (
		<Text>
			{isFocused ? <Text inverse>{placeholder[0] ?? ' '}</Text> : null}
			<Text color={theme.color('muted')} dimColor={!theme.hasColor}>
				{rest}
			</Text>
		</Text>
	);
}

/** A text field (see the top of this file). */
export function TextField({
	value,
	isFocused,
	placeholder,
	isSecret = false,
	maxLength = 1024,
	isLineJoined = false,
	onChange,
	onSubmit,
}: TextFieldProps) {
	const stream = useKeyStream();
	const submitted = useRef<{readonly burst?: number; readonly value: string}>(undefined);
	// ink-text-input keeps its own cursor: after a refused key it is re-created, cursor at the end.
	const [generation, setGeneration] = useState(0);
	const refuse = () => {
		setGeneration((current) => current + 1);
	};

	// Still the field that took that Enter (a value changed from outside is a new question).
	const isSameBurstAsSubmit = () => {
		const burst = stream?.current()?.burst;
		return (
			burst !== undefined && burst === submitted.current?.burst && value === submitted.current.value
		);
	};

	const handleChange = (next: string) => {
		const key = stream?.current();
		if (isSameBurstAsSubmit()) {
			refuse();
			return;
		}

		if (key && !key.isPaste && key.sequence === ctrlU) {
			onChange('');
			refuse();
			return;
		}

		if (key && !key.isPaste && isChord(key.sequence)) {
			refuse();
			return;
		}

		const joined = isLineJoined ? next.replaceAll(/\r\n|[\r\n\t]/g, ' ') : next;
		const clean = stripControls(joined).slice(0, maxLength);
		if (clean !== next) {
			refuse();
		}

		if (clean !== value) {
			onChange(clean);
		}
	};

	const handleSubmit = (text: string) => {
		if (isSameBurstAsSubmit()) {
			return;
		}

		submitted.current = {burst: stream?.current()?.burst, value: text};
		onSubmit?.(text);
	};

	const input = (
		<TextInput
			key={generation}
			value={value}
			focus={isFocused}
			showCursor={isFocused}
			mask={isSecret ? '*' : undefined}
			onChange={handleChange}
			onSubmit={handleSubmit}
		/>
	);
	const isEmpty = value === '';
	return (
		<Box>
			{/* Always mounted (it keeps the cursor); drawn only for visible, non-empty text. A
			    secret's one-star-per-character never reaches the screen. */}
			<Box display={isSecret || isEmpty ? 'none' : 'flex'}>{input}</Box>
			{isEmpty ? (
				<Empty placeholder={placeholder} isFocused={isFocused} />
			) : isSecret ? (
				<Text>
					{secretMask}
					{isFocused ? <Text inverse> </Text> : null}
				</Text>
			) : null}
		</Box>
	);
}
