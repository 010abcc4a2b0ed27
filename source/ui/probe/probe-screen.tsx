// The live table with what it means underneath, fitted to the terminal's height: the title,
// the run line, the column header and every port row always stay on screen; below them the
// selected row's full meaning, the advice and the preset panel share what is left, scrolled
// with PgDn/PgUp ("↓ N more lines").
//
//   LAB Lab: a provider like Hostinger · smtp.lab.test
//   Started 12:00:03 · took 1.6 s
//
//     Port        Encryption  Status     Time     What it means
//   › 25 (40933)  -           ✖ FAIL     6 ms     Connection refused
//     465 (4659)  SSL/TLS     ⠋ WAIT              waiting for greeting 3/10 s
//   25: Connection refused                     <- the selected row, in full
//   Use these settings in your mail client: ...
import {Box, Text} from 'ink';
import type {LabPort} from '../../lab/lab.js';
import {useLanguage} from '../../i18n/language-context.js';
import type {RowChange} from '../hooks/use-run-changes.js';
import {useTheme} from '../theme.js';
import {ClippedPane} from '../widgets/clipped-pane.js';
import {wordWrap} from '../widgets/word-wrap.js';
import {AdvicePanel} from './advice-panel.js';
import {PortsTable, type RowProgress} from './ports-table.js';
import {RunClock} from './run-clock.js';
import type {AdviceView, PortRowView, PresetLine} from './view-model.js';

export type ProbeScreenProps = {
	readonly title: string;
	readonly host: string;
	readonly rows: readonly PortRowView[];
	readonly selectedIndex: number;
	readonly advice: AdviceView;
	readonly width: number;
	/** Rows of the terminal this screen may use. */
	readonly height: number;
	/** PgDn/PgUp scroll what is below the table. */
	readonly isActive?: boolean;
	/** Set for lab runs: what each port stands for (and its real port). */
	readonly labPorts?: readonly LabPort[];
	readonly addresses: readonly string[];
	readonly error?: string;
	/** What the picked preset says beside what the servers speak. */
	readonly presetLines?: readonly PresetLine[];
	/** Rows whose status changed since the run before. */
	readonly changes?: ReadonlyMap<number, RowChange>;
	/** The phase each running port is in, for its countdown. */
	readonly progress?: ReadonlyMap<number, RowProgress>;
	readonly startedAt?: string;
	readonly durationMs?: number;
	readonly isFinished?: boolean;
};

/** The rows the screen needs above what may scroll. */
export function fixedRows(rowCount: number, isLab: boolean): number {
	// Title, run line, (lab banner), blank, column header, the port rows.
	return 1 + 1 + (isLab ? 1 : 0) + 1 + 1 + rowCount;
}

/** The live table with what it means underneath (see the top of this file). */
export function ProbeScreen({
	title,
	host,
	rows,
	selectedIndex,
	advice,
	width,
	height,
	isActive = false,
	labPorts,
	addresses,
	error,
	presetLines = [],
	changes,
	progress,
	startedAt,
	durationMs,
	isFinished = false,
}: ProbeScreenProps) {
	const theme = useTheme();
	const {t} = useLanguage();
	const selected = rows[selectedIndex];
	const selectedLab = labPorts?.find((port) => port.displayPort === selected?.port);
	// "Title · host (addresses)", each part only when it adds something: no "127.0.0.1 ·
	// 127.0.0.1 (127.0.0.1)".
	const shownAddresses = addresses.filter((address) => address !== host);
	const subtitle = `${title.includes(host) ? '' : ` · ${host}`}${shownAddresses.length > 0 ? ` (${shownAddresses.join(', ')})` : ''}`;
	const below = Math.max(1, height - fixedRows(rows.length, Boolean(labPorts)));
	const meaning =
		selected && !selected.isPending ? wordWrap(`${selected.port}: ${selected.meaning}`, width) : [];
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
			<RunClock startedAt={startedAt} durationMs={durationMs} isFinished={isFinished} />
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
					progress={progress}
				/>
			</Box>
			<ClippedPane height={below} width={width} isActive={isActive}>
				{meaning.map((line, index) => (
					// Lines of one wrapped sentence: their place is their identity.
					<Text key={index} color={theme.color('accent')}>
						{line}
					</Text>
				))}
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
			</ClippedPane>
		</Box>
	);
}
