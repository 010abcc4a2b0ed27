import {useKeys} from './use-keys.js';
import {useRef, useState} from 'react';

/** Selected row of a list of `count` rows: arrows and j/k; Enter calls `onOpen`. */
export function useRowSelection(
	count: number,
	isActive: boolean,
	onOpen: (index: number) => void,
): number {
	const [selected, setSelected] = useState(0);
	const clamped = Math.min(selected, Math.max(0, count - 1));
	// Keys can arrive after a frame shows the new row but before the input handler of that
	// render is subscribed (effects run after paint): the ref always holds the latest row, so
	// "j then Enter" opens the row the screen shows, however fast the keys come.
	const latest = useRef(clamped);
	latest.current = Math.min(latest.current, Math.max(0, count - 1));
	useKeys(
		(input, key) => {
			const current = latest.current;
			if (key.downArrow || input === 'j') {
				latest.current = Math.min(count - 1, current + 1);
				setSelected(latest.current);
			} else if (key.upArrow || input === 'k') {
				latest.current = Math.max(0, current - 1);
				setSelected(latest.current);
			} else if (key.return) {
				onOpen(current);
				return true;
			}

			return false;
		},
		{isActive},
	);
	return clamped;
}
