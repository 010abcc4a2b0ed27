// A region that shows at most `height` rows of what it holds, scrolled by PgDn/PgUp, with a
// "↓ N more lines" row when something is cut. What it holds is laid out by Ink (any
// components) and measured after each layout; the region is as tall as that, at most
// `height`. Content that just grew is clipped to the old height for the one frame before it is
// measured, so nothing is ever drawn past the terminal's last row (a region always `height`
// tall would need no measure, but drawing the empty rows cost ~5 MB of peak memory in a lab
// run: Ink builds every frame cell by cell).
import {Box, measureElement, Text, useInput, type DOMElement} from 'ink';
import {useEffect, useRef, useState, type ReactNode} from 'react';
import {useLanguage} from '../../i18n/language-context.js';
import {useTheme} from '../theme.js';

export type ClippedPaneProps = {
	/** Rows available, the "more" row included. */
	readonly height: number;
	readonly width: number;
	/** PgDn/PgUp scroll it. */
	readonly isActive: boolean;
	readonly children: ReactNode;
};

/** See the top of this file. */
export function ClippedPane({height, width, isActive, children}: ClippedPaneProps) {
	const theme = useTheme();
	const {t} = useLanguage();
	const inner = useRef<DOMElement>(null);
	const [full, setFull] = useState(0);
	const [offset, setOffset] = useState(0);
	// After every layout (what it holds may have grown or shrunk): no dependency list on
	// purpose. The same height sets the same state, which React drops, so this cannot loop.
	// eslint-disable-next-line react-hooks/exhaustive-deps
	useEffect(() => {
		if (inner.current) {
			setFull(measureElement(inner.current).height);
		}
	});
	const isCut = full > height;
	// The last row says what is cut off, so the content gets one row less.
	const room = Math.max(0, isCut ? height - 1 : height);
	const maxOffset = Math.max(0, full - room);
	const shown = Math.min(offset, maxOffset);
	useInput(
		(_input, key) => {
			if (key.pageDown) {
				setOffset(Math.min(maxOffset, shown + Math.max(1, room - 1)));
			} else if (key.pageUp) {
				setOffset(Math.max(0, shown - Math.max(1, room - 1)));
			}
		},
		{isActive: isActive && isCut},
	);
	const below = Math.max(0, full - shown - room);
	return (
		<Box flexDirection="column" width={width}>
			<Box
				height={Math.max(1, Math.min(room, full === 0 ? room : full))}
				overflow="hidden"
				flexDirection="column"
			>
				<Box ref={inner} flexDirection="column" flexShrink={0} marginTop={-shown} width={width}>
					{children}
				</Box>
			</Box>
			{isCut && (
				<Text color={theme.color('muted')} wrap="truncate-end">
					{below > 0 ? t('probe.moreBelow', {count: below}) : '↑'}
				</Text>
			)}
		</Box>
	);
}
