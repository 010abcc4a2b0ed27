// The searchable, grouped provider list: typing filters as you type (source/presets ranks the
// matches), ↑↓ move across groups, Enter picks.
//
//   All providers (31) · type to search
//   Search: zo_
//   Mailbox providers
//   ❯ Zoho Mail (smtp.zoho.com) · 3 regions
import {Box, Text, useStdin} from 'ink';
import {useKeys} from '../hooks/use-keys.js';
import {SafeTextInput} from '../widgets/safe-text-input.js';
import {useRef, useState} from 'react';
import {useLanguage} from '../../i18n/language-context.js';
import type {PresetCatalogView, PresetChoice} from '../app/presets-default.js';
import {useTheme} from '../theme.js';

export type PresetPickerProps = {
	readonly catalog?: PresetCatalogView;
	readonly isFocused: boolean;
	/** Visible list rows (headings included). */
	readonly limit: number;
	readonly onChoose: (choice: PresetChoice) => void;
};

type Line =
	| {readonly kind: 'heading'; readonly label: string}
	| {readonly kind: 'choice'; readonly choice: PresetChoice; readonly index: number};

/** Every provider, grouped (mailbox, sending service, your presets), filtered by typing. */
export function PresetPicker({catalog, isFocused, limit, onChoose}: PresetPickerProps) {
	const theme = useTheme();
	const {lang, t} = useLanguage();
	const {isRawModeSupported} = useStdin();
	const isActive = isFocused && isRawModeSupported;
	const [query, setQuery] = useState('');
	const [selected, setSelected] = useState(0);
	const groups = catalog?.search(query, lang) ?? [];
	const lines: Line[] = [];
	let count = 0;
	for (const group of groups) {
		lines.push({kind: 'heading', label: group.label});
		for (const choice of group.choices) {
			lines.push({kind: 'choice', choice, index: count++});
		}
	}

	const current = Math.min(selected, Math.max(0, count - 1));
	const choiceAt = (index: number) =>
		lines.find(
			(line): line is Extract<Line, {kind: 'choice'}> =>
				line.kind === 'choice' && line.index === index,
		)?.choice;

	// Keys may arrive after a frame is drawn but before this render's handlers subscribe
	// (effects run after paint): handlers read the latest render through this ref.
	const latest = useRef({current, count, choiceAt});
	latest.current = {current, count, choiceAt};
	const move = (delta: number) => {
		const {current, count} = latest.current;
		const next = Math.max(0, Math.min(Math.max(0, count - 1), current + delta));
		latest.current = {...latest.current, current: next};
		setSelected(next);
	};

	useKeys(
		(_input, key) => {
			if (key.upArrow) {
				move(-1);
			} else if (key.downArrow) {
				move(1);
			} else if (key.pageDown) {
				move(limit);
			} else if (key.pageUp) {
				move(-limit);
			}
		},
		{isActive},
	);

	// Keep the selected line (and its heading when it starts a group) in view.
	const selectedLine = lines.findIndex((line) => line.kind === 'choice' && line.index === current);
	const rows = Math.max(3, limit - 2);
	const start = Math.max(0, Math.min(selectedLine - Math.floor(rows / 2), lines.length - rows));
	const visible = lines.slice(start, start + rows);

	return (
		<Box flexDirection="column">
			<Text bold color={theme.color('accent')}>
				{t('home.allPresets', {count: catalog?.choices.length ?? 0})}
				<Text color={theme.color('muted')}> · {t('presets.typeToSearch')}</Text>
			</Text>
			<Box>
				<Text>{t('presets.search')} </Text>
				<SafeTextInput
					value={query}
					focus={isActive}
					showCursor={isActive}
					placeholder={t('presets.searchPlaceholder')}
					onChange={(value) => {
						setQuery(value);
						setSelected(0);
					}}
					onSubmit={() => {
						const choice = latest.current.choiceAt(latest.current.current);
						if (choice) {
							onChoose(choice);
						}
					}}
				/>
			</Box>
			{catalog === undefined ? (
				<Text color={theme.color('muted')}>{t('probe.loadingPresets')}</Text>
			) : count === 0 ? (
				<Text color={theme.color('warn')}>{t('presets.noMatch', {query})}</Text>
			) : (
				visible.map((line) =>
					line.kind === 'heading' ? (
						<Text key={`heading-${line.label}`} bold color={theme.color('muted')}>
							{line.label}
						</Text>
					) : (
						<Text
							key={line.choice.id}
							wrap="truncate-end"
							color={line.index === current ? theme.color('accent') : undefined}
						>
							{line.index === current ? '❯ ' : '  '}
							{t('home.presetItem', {label: line.choice.label, host: line.choice.host})}
							{(line.choice.regions?.length ?? 0) > 1
								? ` · ${t('presets.regions', {count: line.choice.regions?.length ?? 0})}`
								: ''}
						</Text>
					),
				)
			)}
		</Box>
	);
}
