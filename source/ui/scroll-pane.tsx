import {Box, Text} from 'ink';
import type {PaneLine} from './detail-lines.js';
import {useTheme} from './theme.js';

export type ScrollPaneProps = {
	readonly lines: readonly PaneLine[];
	readonly offset: number;
	readonly height: number;
	readonly width: number;
};

/** A window of `height` lines starting at `offset`, with a position hint when there is more. */
export function ScrollPane({lines, offset, height, width}: ScrollPaneProps) {
	const theme = useTheme();
	const visible = lines.slice(offset, offset + height);
	const hasMore = lines.length > height;
	return (
		<Box flexDirection="column" width={width}>
			{visible.map((line, index) => (
				// Lines have no identity of their own; their position in the window is the key.
				<Text
					key={offset + index}
					bold={line.isHeading}
					underline={line.isHeading}
					color={line.tone ? theme.color(line.tone) : undefined}
					wrap="truncate-end"
				>
					{line.text === '' ? ' ' : line.text}
				</Text>
			))}
			{hasMore && (
				<Text color={theme.color('muted')}>
					{`lines ${offset + 1}-${Math.min(offset + height, lines.length)} of ${lines.length} (↑↓ PgUp PgDn scroll)`}
				</Text>
			)}
		</Box>
	);
}
