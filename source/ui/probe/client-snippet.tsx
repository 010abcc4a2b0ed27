// One client's settings for this run: the snippet for the recommended setting (Tab shows the
// runner-up), then its notes, scrolled with the scroll pane when it is taller than the
// terminal. `y` sends the snippet shown to the clipboard (use-clipboard.ts). The text is the
// one `check --client` prints (clients/settingsForDiagnosis): same run, same words.
//
//   In nodemailer (JavaScript): port 465, secure: true (recommended)
//   Tab: the runner-up (port 587, secure: false + requireTLS: true)
//     const transporter = nodemailer.createTransport({
//       host: 'smtp.example.com',
//   ↓ 12 more
import {Box, Text} from 'ink';
import type {ClientSettings} from '../../clients/index.js';
import {findClient} from '../../clients/index.js';
import {useLanguage} from '../../i18n/language-context.js';
import type {Translator} from '../../i18n/translate.js';
import {escapeTerminal} from '../../report/escape.js';
import type {PaneLine} from './detail-lines.js';
import {useTheme} from '../theme.js';
import {ScrollPane} from '../widgets/scroll-pane.js';
import {wordWrap} from '../widgets/word-wrap.js';

export type ClientSnippetProps = {
	readonly settings: ClientSettings;
	/** The other setting (runner-up or recommended), for the Tab hint. */
	readonly other?: ClientSettings;
	readonly lines: readonly PaneLine[];
	readonly offset: number;
	/** Rows for the scrolled part. */
	readonly height: number;
	readonly width: number;
};

/** Rows above the scrolled part: the title (wrapped, never cut: it names the setting) and the Tab line. */
export function snippetHeaderRows(settings: ClientSettings, width: number, t: Translator): number {
	return wordWrap(snippetTitle(settings, t), width).length + 1;
}

/** "In nodemailer (JavaScript): port 465, secure: true (recommended)", as the CLI heads it. */
export function snippetTitle(settings: ClientSettings, t: Translator): string {
	const entry = findClient(settings.client);
	return t('cli.clientSettings.title', {
		client: entry ? `${entry.name} (${entry.format})` : settings.client,
		port: settings.port,
		label: settings.label,
		choice: t(
			settings.choice === 'recommended'
				? 'cli.clientSettings.recommended'
				: 'cli.clientSettings.runnerUp',
		),
	});
}

/** A code line cut into pieces of `width` (never re-flowed: indentation is meaning in code). */
function cutLine(line: string, width: number): string[] {
	const characters = [...line];
	if (characters.length <= width) {
		return [line];
	}

	const pieces: string[] = [];
	for (let index = 0; index < characters.length; index += width) {
		pieces.push(characters.slice(index, index + width).join(''));
	}

	return pieces;
}

/** The pane's lines: the snippet (indented two columns, escaped), a blank line, the notes. */
export function snippetLines(settings: ClientSettings, width: number, t: Translator): PaneLine[] {
	const code = settings.text
		.split('\n')
		// A tab indents code: two spaces on screen (escaped, it would read "\t").
		.map((line) => escapeTerminal(line.replaceAll('\t', '  ')))
		.flatMap((line) => cutLine(line, Math.max(10, width - 2)))
		.map((line): PaneLine => ({text: `  ${line}`, tone: 'accent'}));
	const notes =
		settings.notes.length === 0
			? []
			: [
					{text: ''},
					{text: t('clients.notes'), isHeading: true},
					...settings.notes.flatMap((note) =>
						wordWrap(escapeTerminal(note.text), width - 2).map((line, index): PaneLine => ({
							text: `${index === 0 ? '-' : ' '} ${line}`,
						})),
					),
				];
	return [...code, ...notes];
}

/** The settings of one client (see the top of this file). */
export function ClientSnippet({settings, other, lines, offset, height, width}: ClientSnippetProps) {
	const theme = useTheme();
	const {t} = useLanguage();
	return (
		<Box flexDirection="column" width={width}>
			{wordWrap(snippetTitle(settings, t), width).map((line, index) => (
				// Lines of one wrapped sentence: their place is their identity.
				<Text key={index} bold color={theme.color('accent')}>
					{line}
				</Text>
			))}
			<Text color={theme.color('muted')} wrap="truncate-end">
				{other
					? t('clients.otherChoice', {
							choice: t(
								other.choice === 'recommended'
									? 'cli.clientSettings.recommended'
									: 'cli.clientSettings.runnerUp',
							),
							port: other.port,
							label: other.label,
						})
					: ' '}
			</Text>
			<ScrollPane lines={lines} offset={offset} height={height} width={width} isMoreHint />
		</Box>
	);
}
