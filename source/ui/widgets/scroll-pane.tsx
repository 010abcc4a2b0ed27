import {Box, Text} from 'ink';
import type {PaneLine} from '../probe/detail-lines.js';
import {useLanguage} from '../../i18n/language-context.js';
import {useTheme} from '../theme.js';

export type ScrollPaneProps = {
	readonly lines: readonly PaneLine[];
	readonly offset: number;
	readonly height: number;
	readonly width: number;
	/** Say "↓ N more" (lines below the window) rather than the line numbers. */
	readonly isMoreHint?: boolean;
};

/** A window of `height` lines starting at `offset`, with a position hint when there is more. */
export function ScrollPane({lines, offset, height, width, isMoreHint = false}: ScrollPaneProps) {
	const theme = useTheme();
	const {t} = useLanguage();
	const visible = lines.slice(offset, offset + height);
	const hasMore = lines.length > height;
	const below = Math.max(0, lines.length - offset - height);
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
			{hasMore && isMoreHint && (
				<Text color={theme.color('muted')} wrap="truncate-end">
					{below > 0 ? t('list.more', {count: below}) : '↑'}
				</Text>
			)}
			{hasMore && !isMoreHint && (
				<Text color={theme.color('muted')}>
					{t('scroll.position', {
						from: offset + 1,
						to: Math.min(offset + height, lines.length),
						total: lines.length,
					})}
				</Text>
			)}
		</Box>
	);
}
