// Picks one region (regional host) of a preset: Zoho US/EU/IN, Amazon SES regions, Mailgun US/EU.
import {Box, Text} from 'ink';
import {List} from '../widgets/list.js';
import {useLanguage} from '../../i18n/language-context.js';
import type {PresetChoice} from '../app/presets-default.js';
import {useTheme} from '../theme.js';

export type RegionPickerProps = {
	readonly preset: PresetChoice;
	readonly isFocused: boolean;
	readonly limit: number;
	readonly initialIndex?: number;
	readonly onHighlight?: (index: number) => void;
	readonly onChoose: (regionId: string) => void;
};

/** The preset's regions, the default one first. */
export function RegionPicker({
	preset,
	isFocused,
	limit,
	initialIndex,
	onHighlight,
	onChoose,
}: RegionPickerProps) {
	const theme = useTheme();
	const {t} = useLanguage();
	const items = (preset.regions ?? []).map((region) => ({
		key: region.id,
		label: `${region.label} (${region.host})`,
		value: region.id,
	}));
	return (
		<Box flexDirection="column">
			<Text bold color={theme.color('accent')}>
				{t('presets.pickRegion', {name: preset.label})}
			</Text>
			<Box marginTop={1}>
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
			</Box>
		</Box>
	);
}
