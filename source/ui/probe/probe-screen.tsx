import {Box, Text} from 'ink';
import type {LabPort} from '../../lab/lab.js';
import {useLanguage} from '../../i18n/language-context.js';
import {AdvicePanel} from './advice-panel.js';
import {PortsTable} from './ports-table.js';
import {useTheme} from '../theme.js';
import type {RowChange} from '../hooks/use-run-changes.js';
import type {AdviceView, PortRowView, PresetLine} from './view-model.js';

export type ProbeScreenProps = {
	readonly title: string;
	readonly host: string;
	readonly rows: readonly PortRowView[];
	readonly selectedIndex: number;
	readonly advice: AdviceView;
	readonly width: number;
	/** Set for lab runs: what each port stands for (and its real port). */
	readonly labPorts?: readonly LabPort[];
	readonly addresses: readonly string[];
	readonly error?: string;
	/** What the picked preset says beside what the servers speak. */
	readonly presetLines?: readonly PresetLine[];
	/** Rows whose status changed since the run before. */
	readonly changes?: ReadonlyMap<number, RowChange>;
};

/** The live table with what it means underneath. */
export function ProbeScreen({
	title,
	host,
	rows,
	selectedIndex,
	advice,
	width,
	labPorts,
	addresses,
	error,
	presetLines = [],
	changes,
}: ProbeScreenProps) {
	const theme = useTheme();
	const {t} = useLanguage();
	const selectedLab = labPorts?.find((port) => port.displayPort === rows[selectedIndex]?.port);
	// "Title · host (addresses)", each part only when it adds something: no "127.0.0.1 ·
	// 127.0.0.1 (127.0.0.1)".
	const shownAddresses = addresses.filter((address) => address !== host);
	const subtitle = `${title.includes(host) ? '' : ` · ${host}`}${shownAddresses.length > 0 ? ` (${shownAddresses.join(', ')})` : ''}`;
	return (
		<Box flexDirection="column" width={width}>
			<Box>
				{labPorts && (
					<Text color={theme.color('lab')} bold inverse={!theme.hasColor}>
						{' LAB '}
					</Text>
				)}
				<Text bold wrap="truncate-end">
					{labPorts ? ' ' : ''}
					{title}
					<Text color={theme.color('muted')}>{subtitle}</Text>
				</Text>
			</Box>
			{labPorts && (
				<Text color={theme.color('muted')} wrap="truncate-end">
					{t('probe.labBanner')}
				</Text>
			)}
			<Box marginTop={1}>
				<PortsTable
					rows={rows}
					selectedIndex={selectedIndex}
					width={width}
					hasRealPorts={Boolean(labPorts)}
					changes={changes}
				/>
			</Box>
			{selectedLab && (
				<Text color={theme.color('lab')} wrap="truncate-end">
					{t('lab.standsFor', {
						port: selectedLab.displayPort,
						standsFor: t(`lab.role.${selectedLab.role}`),
					})}
				</Text>
			)}
			<Box marginTop={1}>
				{error ? (
					<Text color={theme.color('fail')}>{t('probe.error', {error})}</Text>
				) : (
					<AdvicePanel advice={advice} width={width} />
				)}
			</Box>
			{presetLines.length > 0 && (
				<Box marginTop={1} flexDirection="column">
					{presetLines.map((line) => (
						<Text
							key={line.text}
							wrap="truncate-end"
							color={line.tone ? theme.color(line.tone) : undefined}
						>
							{line.text}
						</Text>
					))}
				</Box>
			)}
		</Box>
	);
}
