// The searchable, grouped provider list: typing filters as you type (source/presets ranks the
// matches); ↓ enters the list, ↑ from its top (or typing) returns to the search field; Enter
// picks (from the search field: the first match).
//
//   All providers (31) · type to search
//   Search: zo_
//   Mailbox providers
//   ❯ Zoho Mail (smtp.zoho.com) · 3 regions
import {Box, Text, useInput, useStdin} from 'ink';
import {useState} from 'react';
import {useLanguage} from '../../i18n/language-context.js';
import type {PresetCatalogView, PresetChoice} from '../app/presets-default.js';
import {useKeyHold} from '../hooks/use-key-stream.js';
import {useTheme} from '../theme.js';
import {List, type ListItem} from '../widgets/list.js';
import {TextField} from '../widgets/text-field.js';

export type PresetPickerProps = {
	readonly catalog?: PresetCatalogView;
	readonly isFocused: boolean;
	/** Visible list rows (headings included). */
	readonly limit: number;
	/** The search text to start with (back navigation keeps it). */
	readonly initialQuery?: string;
	readonly onQueryChange?: (query: string) => void;
	readonly onChoose: (choice: PresetChoice) => void;
};

/** Keys ink-select-input takes for itself in the list: they never go to the search text. */
const listKeys = /^[jk1-9]$/;

/** Every provider, grouped (mailbox, sending service, your presets), filtered by typing. */
export function PresetPicker({
	catalog,
	isFocused,
	limit,
	initialQuery = '',
	onQueryChange,
	onChoose,
}: PresetPickerProps) {
	const theme = useTheme();
	const {lang, t} = useLanguage();
	const {isRawModeSupported} = useStdin();
	const isActive = isFocused && isRawModeSupported;
	const [query, setQueryState] = useState(initialQuery);
	const [focus, setFocus] = useState<{
		readonly on: 'search' | 'list';
		readonly start: number;
		/** New list (cursor on `start`) at every focus change. */
		readonly generation: number;
	}>({on: 'search', start: 0, generation: 0});
	const [highlighted, setHighlighted] = useState(0);
	useKeyHold(isActive && catalog === undefined);
	const groups = catalog?.search(query, lang) ?? [];
	const items: Array<ListItem<PresetChoice>> = groups.flatMap((group) =>
		group.choices.map((choice, index) => ({
			key: choice.id,
			label: `${t('home.presetItem', {label: choice.label, host: choice.host})}${
				(choice.regions?.length ?? 0) > 1
					? ` · ${t('presets.regions', {count: choice.regions?.length ?? 0})}`
					: ''
			}`,
			value: choice,
			...(index === 0 ? {heading: group.label} : {}),
		})),
	);
	const focusOn = (on: 'search' | 'list', start = 0) => {
		setFocus((current) => ({on, start, generation: current.generation + 1}));
		setHighlighted(start);
	};

	const setQuery = (next: string) => {
		setQueryState(next);
		onQueryChange?.(next);
		focusOn('search');
	};

	useInput(
		(input, key) => {
			if (focus.on === 'search') {
				if ((key.downArrow || key.pageDown) && items.length > 0) {
					focusOn('list', Math.min(items.length - 1, key.pageDown ? limit : 1));
				}

				return;
			}

			if ((key.upArrow && highlighted === 0) || key.tab) {
				focusOn('search');
			} else if (key.backspace || key.delete) {
				setQuery(query.slice(0, -1));
			} else if (
				input.length > 0 &&
				!key.ctrl &&
				!key.meta &&
				!listKeys.test(input) &&
				!/[\u0000-\u001F]/.test(input)
			) {
				setQuery(query + input);
			}
		},
		{isActive},
	);

	const headingCount = groups.length;
	return (
		<Box flexDirection="column">
			<Text bold color={theme.color('accent')} wrap="truncate-end">
				{t('home.allPresets', {count: catalog?.choices.length ?? 0})}
				<Text color={theme.color('muted')}> · {t('presets.typeToSearch')}</Text>
			</Text>
			<Box>
				<Text>{t('presets.search')} </Text>
				<TextField
					value={query}
					isFocused={isActive && focus.on === 'search'}
					placeholder={t('presets.searchPlaceholder')}
					maxLength={80}
					onChange={setQuery}
					onSubmit={() => {
						const first = items[0];
						if (first) {
							onChoose(first.value);
						}
					}}
				/>
			</Box>
			{catalog === undefined ? (
				<Text color={theme.color('muted')}>{t('probe.loadingPresets')}</Text>
			) : items.length === 0 ? (
				<Text color={theme.color('warn')}>{t('presets.noMatch', {query})}</Text>
			) : (
				<List
					key={`${focus.generation}`}
					items={items}
					isFocused={isActive && focus.on === 'list'}
					limit={Math.max(1, limit - 2 - headingCount)}
					initialIndex={focus.start}
					onHighlight={setHighlighted}
					onSelect={(item) => {
						onChoose(item.value);
					}}
				/>
			)}
		</Box>
	);
}
