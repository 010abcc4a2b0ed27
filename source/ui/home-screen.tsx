import {Box, Text} from 'ink';
import SelectInput from 'ink-select-input';
import {useTheme} from './theme.js';

/** What the user picked on Home. */
export type HomeChoice =
	| {readonly kind: 'preset'; readonly presetId: string}
	| {readonly kind: 'more-presets'}
	| {readonly kind: 'custom'}
	| {readonly kind: 'lab'; readonly scenario: 'provider-like' | 'classic-mistakes'}
	| {readonly kind: 'learn'}
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
};

type Item = {readonly key: string; readonly label: string; readonly value: HomeChoice};

function presetItems(presets: readonly PresetItem[]): Item[] {
	return presets.map((preset) => ({
		key: `preset-${preset.id}`,
		label: `${preset.label} (${preset.host})`,
		value: {kind: 'preset', presetId: preset.id} as const,
	}));
}

/** Home: the first providers (Hostinger first), more providers, a custom host, the two labs, the lessons and Quit. */
export function HomeScreen({presets, isFocused, onChoose, limit}: HomeScreenProps) {
	const theme = useTheme();
	const more = (presets?.length ?? 0) - homePresetCount;
	const items: Item[] = [
		...presetItems(presets?.slice(0, homePresetCount) ?? []),
		...(more > 0
			? [
					{
						key: 'more',
						label: `More providers... (${more} more)`,
						value: {kind: 'more-presets'} as const,
					},
				]
			: []),
		{key: 'custom', label: 'Custom host...', value: {kind: 'custom'}},
		{
			key: 'lab',
			label: 'Local lab (offline demo)',
			value: {kind: 'lab', scenario: 'provider-like'},
		},
		{
			key: 'lab-mistakes',
			label: 'Lab: classic mistakes',
			value: {kind: 'lab', scenario: 'classic-mistakes'},
		},
		{key: 'learn', label: 'Learn: SSL, TLS, STARTTLS and the ports', value: {kind: 'learn'}},
		{key: 'quit', label: 'Quit', value: {kind: 'quit'}},
	];
	return (
		<Box flexDirection="column">
			<Text bold color={theme.color('accent')}>
				smtp-doctor: which SMTP port and encryption work from here?
			</Text>
			<Text color={theme.color('muted')}>
				Pick your mail provider, a host of your own, or the offline lab.
			</Text>
			<Box marginTop={1}>
				{presets === undefined ? (
					// A few milliseconds: better than a list whose cursor jumps when the catalogue lands.
					<Text color={theme.color('muted')}>Loading the provider list...</Text>
				) : (
					<SelectInput
						items={items}
						isFocused={isFocused}
						limit={limit}
						onSelect={(item) => {
							onChoose(item.value);
						}}
					/>
				)}
			</Box>
		</Box>
	);
}

export type ProviderListProps = {
	readonly presets: readonly PresetItem[];
	readonly isFocused: boolean;
	readonly limit: number;
	readonly onChoose: (choice: HomeChoice) => void;
};

/** Every provider in the catalogue. */
export function ProviderList({presets, isFocused, limit, onChoose}: ProviderListProps) {
	const theme = useTheme();
	return (
		<Box flexDirection="column">
			<Text bold color={theme.color('accent')}>
				All providers ({presets.length})
			</Text>
			<Box marginTop={1}>
				<SelectInput
					items={presetItems(presets)}
					isFocused={isFocused}
					limit={limit}
					onSelect={(item) => {
						onChoose(item.value);
					}}
				/>
			</Box>
		</Box>
	);
}
