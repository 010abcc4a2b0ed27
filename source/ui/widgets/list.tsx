// Every list of the app: ink-select-input (↑↓ or j/k move, wrapping around; Enter picks; 1-9
// pick a visible row), drawn in the theme's colours, with optional group headings and a
// "↓ N more" line when it is cut.
//
//   Mailbox providers
//   ❯ Hostinger Email (smtp.hostinger.com)
//     Gmail (smtp.gmail.com)
//   ↓ 24 more
import {Box, Text} from 'ink';
import SelectInput, {type ItemProps} from 'ink-select-input';
import {createContext, useContext, useMemo} from 'react';
import {useLanguage} from '../../i18n/language-context.js';
import {useTheme} from '../theme.js';

export type ListItem<T> = {
	readonly key: string;
	readonly label: string;
	readonly value: T;
	/** Shown above the item when it starts a group. */
	readonly heading?: string;
};

export type ListProps<T> = {
	readonly items: ReadonlyArray<ListItem<T>>;
	readonly isFocused: boolean;
	/** Visible rows; the rest scrolls (ink-select-input rotates the window). */
	readonly limit?: number;
	/** The row the cursor starts on (back navigation restores it). */
	readonly initialIndex?: number;
	readonly onSelect: (item: ListItem<T>) => void;
	/** The cursor moved to `index` of `items`. */
	readonly onHighlight?: (index: number) => void;
};

/** Heading per label, for the item component (ink-select-input passes it only the label). */
const HeadingsContext = createContext<ReadonlyMap<string, string>>(new Map());

/** The marker is drawn by the item, so a heading line can sit above it. */
function NoIndicator() {
	return null;
}

function ListRow({isSelected = false, label}: ItemProps) {
	const theme = useTheme();
	const heading = useContext(HeadingsContext).get(label);
	return (
		<Box flexDirection="column">
			{heading === undefined ? null : (
				<Text bold color={theme.color('muted')} wrap="truncate-end">
					{heading}
				</Text>
			)}
			<Text
				color={isSelected ? theme.color('accent') : undefined}
				bold={isSelected && !theme.hasColor}
				wrap="truncate-end"
			>
				{isSelected ? '❯ ' : '  '}
				{label}
			</Text>
		</Box>
	);
}

/** A list (see the top of this file). */
export function List<T>({
	items,
	isFocused,
	limit,
	initialIndex = 0,
	onSelect,
	onHighlight,
}: ListProps<T>) {
	const theme = useTheme();
	const {t} = useLanguage();
	const headings = useMemo(
		() =>
			new Map(
				items.flatMap((item) => (item.heading === undefined ? [] : [[item.label, item.heading]])),
			),
		[items],
	);
	const shown = limit === undefined ? items.length : Math.max(1, Math.min(limit, items.length));
	const hidden = items.length - shown;
	// ink-select-input wants a mutable array; its items are ours, unchanged.
	const entries = useMemo(() => [...items], [items]);
	return (
		<Box flexDirection="column">
			<HeadingsContext.Provider value={headings}>
				<SelectInput
					items={entries}
					isFocused={isFocused}
					limit={hidden > 0 ? shown : undefined}
					initialIndex={Math.max(0, Math.min(initialIndex, items.length - 1))}
					indicatorComponent={NoIndicator}
					itemComponent={ListRow}
					onSelect={(item) => {
						// Undefined when the list is empty.
						if (item !== undefined) {
							onSelect(item as ListItem<T>);
						}
					}}
					onHighlight={(item) => {
						onHighlight?.(entries.indexOf(item as ListItem<T>));
					}}
				/>
			</HeadingsContext.Provider>
			{hidden > 0 && <Text color={theme.color('muted')}>{t('list.more', {count: hidden})}</Text>}
		</Box>
	);
}
