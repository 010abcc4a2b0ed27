import {Box, Text} from 'ink';
import {List} from '../widgets/list.js';
import {useKeyHold} from '../hooks/use-key-stream.js';
import {useLanguage} from '../../i18n/language-context.js';
import type {Translator} from '../../i18n/translate.js';
import {useTheme} from '../theme.js';

/** What the user picked on Home. */
export type HomeChoice =
	| {readonly kind: 'preset'; readonly presetId: string; readonly regionId?: string}
	| {readonly kind: 'more-presets'}
	| {readonly kind: 'custom'}
	| {readonly kind: 'find'}
	| {readonly kind: 'explain'}
	| {readonly kind: 'lab'; readonly scenario: 'provider-like' | 'classic-mistakes'}
	| {readonly kind: 'learn'}
	| {readonly kind: 'practice'}
	| {readonly kind: 'quit'};

type PresetItem = {readonly id: string; readonly label: string; readonly host: string};

/** How many providers Home lists before "More providers...". */
export const homePresetCount = 6;

export type HomeScreenProps = {
	/** Undefined while the catalogue loads (a few milliseconds after the first frame). */
	readonly presets?: readonly PresetItem[];
	readonly isFocused: boolean;
	readonly onChoose: (choice: HomeChoice) => void;
	/** Visible list rows (the rest scrolls). */
	readonly limit: number;
	/** Where the cursor starts (back on Home: where it was). */
	readonly initialIndex?: number;
	readonly onHighlight?: (index: number) => void;
};

type Item = {readonly key: string; readonly label: string; readonly value: HomeChoice};

function presetItems(presets: readonly PresetItem[], t: Translator): Item[] {
	return presets.map((preset) => ({
		key: `preset-${preset.id}`,
		label: t('home.presetItem', {label: preset.label, host: preset.host}),
		value: {kind: 'preset', presetId: preset.id} as const,
	}));
}

/** Home: the first providers (Hostinger first), more providers, a custom host, the two labs, the lessons and Quit. */
export function HomeScreen({
	presets,
	isFocused,
	onChoose,
	limit,
	initialIndex,
	onHighlight,
}: HomeScreenProps) {
	const theme = useTheme();
	const {t} = useLanguage();
	// "jj<Enter>" typed before the catalogue arrived moves in the list once it is there.
	useKeyHold(isFocused && presets === undefined);
	const more = (presets?.length ?? 0) - homePresetCount;
	const items: Item[] = [
		...presetItems(presets?.slice(0, homePresetCount) ?? [], t),
		...(more > 0
			? [
					{
						key: 'more',
						label: t('home.morePresets', {count: more}),
						value: {kind: 'more-presets'} as const,
					},
				]
			: []),
		{key: 'find', label: t('home.find'), value: {kind: 'find'}},
		{key: 'custom', label: t('home.customHost'), value: {kind: 'custom'}},
		{
			key: 'lab',
			label: t('home.lab'),
			value: {kind: 'lab', scenario: 'provider-like'},
		},
		{
			key: 'lab-mistakes',
			label: t('home.labMistakes'),
			value: {kind: 'lab', scenario: 'classic-mistakes'},
		},
		{key: 'explain', label: t('home.explain'), value: {kind: 'explain'}},
		{key: 'practice', label: t('home.practice'), value: {kind: 'practice'}},
		{key: 'learn', label: t('home.learn'), value: {kind: 'learn'}},
		{key: 'quit', label: t('home.quit'), value: {kind: 'quit'}},
	];
	return (
		<Box flexDirection="column">
			<Text bold color={theme.color('accent')}>
				{t('home.title')}
			</Text>
			{/* One row whatever the width: the list below is sized for it. */}
			<Text color={theme.color('muted')} wrap="truncate-end">
				{t('home.subtitle')}
			</Text>
			<Box marginTop={1}>
				{presets === undefined ? (
					// A few milliseconds: better than a list whose cursor jumps when the catalogue lands.
					<Text color={theme.color('muted')}>{t('probe.loadingPresets')}</Text>
				) : (
					<List
						items={items}
						isFocused={isFocused}
						limit={limit}
						initialIndex={initialIndex}
						onHighlight={onHighlight}
						onSelect={(item) => {
							onChoose(item.value);
						}}
					/>
				)}
			</Box>
		</Box>
	);
}
