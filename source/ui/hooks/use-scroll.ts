import {useInput} from 'ink';
import {useEffect, useState} from 'react';

/** Scroll offset of a pane of `lineCount` lines shown `height` at a time (arrows, j/k, PgUp/PgDn, g/G). */
export function useScroll(lineCount: number, height: number, isActive: boolean): number {
	const [offset, setOffset] = useState(0);
	const maxOffset = Math.max(0, lineCount - height);
	useEffect(() => {
		setOffset((current) => Math.min(current, maxOffset));
	}, [maxOffset]);
	useInput(
		(input, key) => {
			const page = Math.max(1, height - 1);
			let delta = 0;
			if (key.downArrow || input === 'j') {
				delta = 1;
			} else if (key.upArrow || input === 'k') {
				delta = -1;
			} else if (key.pageDown || input === ' ') {
				delta = page;
			} else if (key.pageUp) {
				delta = -page;
			} else if (input === 'g' || key.home) {
				delta = -lineCount;
			} else if (input === 'G' || key.end) {
				delta = lineCount;
			}

			if (delta !== 0) {
				setOffset((current) => Math.max(0, Math.min(maxOffset, current + delta)));
			}
		},
		{isActive},
	);
	return offset;
}
