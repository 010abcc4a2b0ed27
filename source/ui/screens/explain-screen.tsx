// "I have an error message...": the user pastes what their app printed, and the decoder
// (source/explain/, the same `explainText` and lines as `smtp-doctor explain`) answers with the
// client it came from and the likely causes, best first, each fix in that client's words.
//
//   What does my error message mean?
//   Paste the error your app or mail client printed (a whole log line is fine):
//   Error  Error: ... ssl3_get_record:wrong version number█
//
//   Client: nodemailer (Node.js)
//   1. TLS at once (SSL) on a port that starts in plain text (high)
//      Why: ...
//      Fix: In nodemailer: secure: false + requireTLS: true on port 587 ...
//   ↓ 9 more
//
// The paste is bounded (`maxExplainChars`) and shown escaped; the decoder redacts passwords
// before it reads the text.
import {Box, Text, useInput} from 'ink';
import {useMemo, useState} from 'react';
import {explainText, explanationLines, type ExplanationLine} from '../../explain/index.js';
import {useLanguage} from '../../i18n/language-context.js';
import {escapeAndClip} from '../../report/escape.js';
import type {PaneLine} from '../probe/detail-lines.js';
import {wrapPaneLines} from '../probe/detail-lines.js';
import {useScroll} from '../hooks/use-scroll.js';
import type {Tone} from '../theme.js';
import {useTheme} from '../theme.js';
import {ScrollPane} from '../widgets/scroll-pane.js';
import {TextField} from '../widgets/text-field.js';

/** What the field keeps of a paste: the decoder reads a window of the text anyway. */
export const maxExplainChars = 16_384;

/** Rows the field may take on screen (a long paste is cut there, the text stays whole). */
const fieldRows = 3;

const tones: Readonly<Partial<Record<ExplanationLine['kind'], Tone>>> = {
	client: 'info',
	fix: 'ok',
	evidence: 'muted',
	note: 'muted',
};

/** The answer's lines for the pane: wrapped to `width`, continuation lines under the text. */
export function explainPaneLines(lines: readonly ExplanationLine[], width: number): PaneLine[] {
	return wrapPaneLines(
		lines.map((line) => ({
			text: line.text,
			...(tones[line.kind] ? {tone: tones[line.kind]} : {}),
			...(line.kind === 'cause' ? {isHeading: true} : {}),
			// "   Why: ..." wraps under its text, past the three-column indent.
			...(line.kind === 'cause' || line.kind === 'client' ? {} : {hang: 3}),
		})),
		width,
	);
}

export type ExplainScreenProps = {
	/** Set: the text decoded (the answer is shown); unset: the field, with `draft` in it. */
	readonly text?: string;
	readonly draft?: string;
	readonly isActive: boolean;
	readonly width: number;
	readonly height: number;
	readonly onSubmit: (text: string) => void;
	/** `e` on the answer: back to the field with the text in it. */
	readonly onEdit: (text: string) => void;
};

function ExplainField({
	draft,
	isActive,
	onSubmit,
}: Pick<ExplainScreenProps, 'draft' | 'isActive' | 'onSubmit'>) {
	const theme = useTheme();
	const {t} = useLanguage();
	const [value, setValue] = useState(draft ?? '');
	const [isEmptyHintShown, setIsEmptyHintShown] = useState(false);
	return (
		<Box flexDirection="column">
			<Text wrap="truncate-end">{t('explain.intro')}</Text>
			<Box marginTop={1}>
				<Box flexShrink={0}>
					<Text bold>{t('explain.label')} </Text>
				</Box>
				<Box height={fieldRows} overflow="hidden" flexDirection="column">
					<TextField
						value={value}
						isFocused={isActive}
						isLineJoined
						maxLength={maxExplainChars}
						placeholder={t('explain.placeholder')}
						onChange={(next) => {
							setIsEmptyHintShown(false);
							setValue(next);
						}}
						onSubmit={(text) => {
							if (text.trim() === '') {
								setIsEmptyHintShown(true);
							} else {
								onSubmit(text);
							}
						}}
					/>
				</Box>
			</Box>
			<Text color={theme.color(isEmptyHintShown ? 'warn' : 'muted')} wrap="truncate-end">
				{isEmptyHintShown ? t('explain.empty') : t('explain.hint')}
			</Text>
		</Box>
	);
}

function ExplainAnswer({
	text,
	isActive,
	width,
	height,
	onEdit,
}: Required<Pick<ExplainScreenProps, 'text'>> &
	Pick<ExplainScreenProps, 'isActive' | 'width' | 'height' | 'onEdit'>) {
	const theme = useTheme();
	const {lang, t} = useLanguage();
	const lines = useMemo(
		() => explainPaneLines(explanationLines(explainText(text, {lang}), t, {isApp: true}), width),
		[text, lang, t, width],
	);
	// The title, the pasted line and the "↓ N more" row.
	const paneHeight = Math.max(3, height - 3);
	const offset = useScroll(lines.length, paneHeight, isActive);
	useInput(
		(input) => {
			if (input === 'e') {
				onEdit(text);
			}
		},
		{isActive},
	);
	return (
		<Box flexDirection="column">
			<Text color={theme.color('muted')} wrap="truncate-end">
				{t('explain.pasted', {text: escapeAndClip(text.trim(), Math.max(20, width))})}
			</Text>
			<ScrollPane lines={lines} offset={offset} height={paneHeight} width={width} isMoreHint />
		</Box>
	);
}

/** The error decoder's screen (see the top of this file). */
export function ExplainScreen({
	text,
	draft,
	isActive,
	width,
	height,
	onSubmit,
	onEdit,
}: ExplainScreenProps) {
	const theme = useTheme();
	const {t} = useLanguage();
	return (
		<Box flexDirection="column" width={width}>
			<Text bold color={theme.color('accent')} wrap="truncate-end">
				{t('explain.title')}
			</Text>
			{text === undefined ? (
				<ExplainField draft={draft} isActive={isActive} onSubmit={onSubmit} />
			) : (
				<ExplainAnswer
					text={text}
					isActive={isActive}
					width={width}
					height={height - 1}
					onEdit={onEdit}
				/>
			)}
		</Box>
	);
}
