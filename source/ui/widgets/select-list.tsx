import {Box, Text} from 'ink';
import {useRef, useState} from 'react';
import {useKeys} from '../hooks/use-keys.js';

export type SelectItem<T> = {readonly key: string; readonly label: string; readonly value: T};

export type SelectListProps<T> = {
	readonly items: ReadonlyArray<SelectItem<T>>;
	readonly isFocused: boolean;
	/** Visible rows (the rest scrolls). */
	readonly limit?: number;
	readonly onSelect: (item: SelectItem<T>) => void;
};

/**
 * A vertical list: arrows and j/k move (wrapping at the ends), Enter selects. Replaces
 * ink-select-input, whose handler read a stale index when keys came in one burst.
 */
export function SelectList<T>({items, isFocused, limit, onSelect}: SelectListProps<T>) {
	const [selected, setSelected] = useState(0);
	const count = items.length;
	const clamped = Math.min(selected, Math.max(0, count - 1));
	// The handler reads the row through this ref: a burst "j j Enter" acts on the row moved to.
	const latest = useRef(clamped);
	latest.current = Math.min(latest.current, Math.max(0, count - 1));
	useKeys(
		(input, key) => {
			if (count === 0) {
				return false;
			}

			const current = latest.current;
			if (key.downArrow || input === 'j') {
				latest.current = (current + 1) % count;
				setSelected(latest.current);
			} else if (key.upArrow || input === 'k') {
				latest.current = (current - 1 + count) % count;
				setSelected(latest.current);
			} else if (key.return) {
				const item = items[current];
				if (item !== undefined) {
					onSelect(item);
				}

				return true;
			}

			return false;
		},
		{isActive: isFocused},
	);
	const rows = Math.max(1, Math.min(limit ?? count, count));
	const start = Math.max(0, Math.min(clamped - rows + 1, count - rows));
	const first = Math.min(start, clamped);
	return (
		<Box flexDirection="column">
			{items.slice(first, first + rows).map((item, offset) => {
				const isSelected = first + offset === clamped;
				return (
					<Box key={item.key}>
						<Box marginRight={1}>
							<Text color={isSelected ? 'blue' : undefined}>{isSelected ? '❯' : ' '}</Text>
						</Box>
						<Text color={isSelected ? 'blue' : undefined}>{item.label}</Text>
					</Box>
				);
			})}
		</Box>
	);
}
