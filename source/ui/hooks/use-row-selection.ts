import {useInput} from 'ink';
import {useState} from 'react';

/** Selected row of a list of `count` rows: arrows and j/k; Enter calls `onOpen`. */
export function useRowSelection(
	count: number,
	isActive: boolean,
	onOpen: (index: number) => void,
): number {
	const [selected, setSelected] = useState(0);
	const clamped = Math.min(selected, Math.max(0, count - 1));
	// The key stream hands keys over one at a time, each after the frame of the one before:
	// this handler always sees the row that frame shows.
	useInput(
		(input, key) => {
			if (key.downArrow || input === 'j') {
				setSelected(Math.min(count - 1, clamped + 1));
			} else if (key.upArrow || input === 'k') {
				setSelected(Math.max(0, clamped - 1));
			} else if (key.return && count > 0) {
				onOpen(clamped);
			}
		},
		{isActive},
	);
	return clamped;
}
