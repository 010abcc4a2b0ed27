import {Box, Text} from 'ink';
import {useTheme} from './theme.js';

export type HelpOverlayProps = {readonly width: number};

/** Every key the app understands. */
export const helpKeys: ReadonlyArray<readonly [string, string]> = [
	['↑ ↓  j k', 'move in lists and tables; scroll details and lessons'],
	['PgUp PgDn  g G', 'scroll a page, jump to top or bottom'],
	['Enter', 'open the selected item (a port row opens its details)'],
	['Esc  Backspace', 'go back (only Esc while typing in the host form)'],
	['r', 're-run the probe'],
	['l', 'lesson explaining the selected verdict'],
	['s', 'save a redacted Markdown report in the current folder'],
	['?', 'show or hide this help'],
	['q  Ctrl+C', 'quit (a running probe is stopped and its sockets closed)'],
];

/** The help overlay (?). */
export function HelpOverlay({width}: HelpOverlayProps) {
	const theme = useTheme();
	return (
		<Box
			flexDirection="column"
			borderStyle="round"
			borderColor={theme.color('accent')}
			paddingX={1}
			width={Math.min(width, 80)}
		>
			<Text bold>Keys</Text>
			{helpKeys.map(([keys, what]) => (
				<Box key={keys}>
					<Box width={17} flexShrink={0}>
						<Text color={theme.color('accent')}>{keys}</Text>
					</Box>
					<Text wrap="truncate-end">{what}</Text>
				</Box>
			))}
			<Text color={theme.color('muted')}>Press ? or Esc to close.</Text>
		</Box>
	);
}
