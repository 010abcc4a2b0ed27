import {Box, Text} from 'ink';
import {useLanguage} from '../../i18n/language-context.js';
import type {MessageKey} from '../../i18n/translate.js';
import {useTheme} from '../theme.js';
import {ClippedPane} from '../widgets/clipped-pane.js';

export type HelpOverlayProps = {
	readonly width: number;
	/** Rows it may take; the key list scrolls (PgDn) when they are fewer than the keys. */
	readonly height?: number;
	readonly isActive?: boolean;
};

/** Every key the app understands, with the message that explains it. */
export const helpKeys = [
	['↑ ↓  j k', 'help.move'],
	['PgUp PgDn  g G', 'help.page'],
	['Enter', 'help.open'],
	['1-9', 'help.pick'],
	['Esc  Backspace', 'help.back'],
	['r  p', 'help.rerun'],
	['o', 'help.options'],
	['l', 'help.lessons'],
	['s', 'help.save'],
	['a', 'help.login'],
	['t', 'help.testMail'],
	['c  y', 'help.clients'],
	['d', 'help.candidates'],
	['L', 'help.language'],
	['?', 'help.help'],
	['q  Ctrl+C', 'help.quit'],
] as const satisfies ReadonlyArray<readonly [string, MessageKey]>;

/** The help overlay (?). */
export function HelpOverlay({width, height = 40, isActive = false}: HelpOverlayProps) {
	const boxWidth = Math.min(width, 80);
	const theme = useTheme();
	const {t} = useLanguage();
	return (
		<Box
			flexDirection="column"
			borderStyle="round"
			borderColor={theme.color('accent')}
			paddingX={1}
			width={boxWidth}
		>
			<Text bold>{t('help.title')}</Text>
			{/* Border (2), title and the closing line take 4 rows. */}
			<ClippedPane height={Math.max(2, height - 4)} width={boxWidth - 4} isActive={isActive}>
				{helpKeys.map(([keys, what]) => (
					<Box key={keys}>
						<Box width={17} flexShrink={0}>
							<Text color={theme.color('accent')}>{keys}</Text>
						</Box>
						<Text wrap="truncate-end">{t(what)}</Text>
					</Box>
				))}
			</ClippedPane>
			<Text color={theme.color('muted')}>{t('help.close')}</Text>
		</Box>
	);
}
