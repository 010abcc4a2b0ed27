import {Box, Text} from 'ink';
import {useLanguage} from '../../i18n/language-context.js';
import type {MessageKey} from '../../i18n/translate.js';
import {useTheme} from '../theme.js';

export type HelpOverlayProps = {readonly width: number};

/** Every key the app understands, with the message that explains it. */
export const helpKeys = [
	['↑ ↓  j k', 'help.move'],
	['PgUp PgDn  g G', 'help.page'],
	['Enter', 'help.open'],
	['Esc  Backspace', 'help.back'],
	['r', 'help.rerun'],
	['l', 'help.lessons'],
	['e', 'help.handout'],
	['s', 'help.save'],
	['a', 'help.login'],
	['t', 'help.testMail'],
	['c', 'help.candidates'],
	['L', 'help.language'],
	['?', 'help.help'],
	['q  Ctrl+C', 'help.quit'],
] as const satisfies ReadonlyArray<readonly [string, MessageKey]>;

/** The help overlay (?). */
export function HelpOverlay({width}: HelpOverlayProps) {
	const theme = useTheme();
	const {t} = useLanguage();
	return (
		<Box
			flexDirection="column"
			borderStyle="round"
			borderColor={theme.color('accent')}
			paddingX={1}
			width={Math.min(width, 80)}
		>
			<Text bold>{t('help.title')}</Text>
			{helpKeys.map(([keys, what]) => (
				<Box key={keys}>
					<Box width={17} flexShrink={0}>
						<Text color={theme.color('accent')}>{keys}</Text>
					</Box>
					<Text wrap="truncate-end">{t(what)}</Text>
				</Box>
			))}
			<Text color={theme.color('muted')}>{t('help.close')}</Text>
		</Box>
	);
}
