import {Box, Text} from 'ink';
import type {RowChange} from '../hooks/use-run-changes.js';
import type {PortRowView} from './view-model.js';
import type {Phase} from '../../engine/types.js';
import {useLanguage} from '../../i18n/language-context.js';
import type {Translator} from '../../i18n/translate.js';
import {useSpinnerFrame} from '../hooks/use-spinner-frame.js';
import {useTheme} from '../theme.js';

export type PortsTableProps = {
	readonly rows: readonly PortRowView[];
	readonly selectedIndex: number;
	/** Terminal columns: below 80 the least important columns go first (Time, then Encryption). */
	readonly width: number;
	readonly hasRealPorts: boolean;
	/** Rows whose status changed since the run before (highlighted, with what they were). */
	readonly changes?: ReadonlyMap<number, RowChange>;
	/** The phase each running port is in: the row counts it down against its timeout. */
	readonly progress?: ReadonlyMap<number, RowProgress>;
};

/** Where a running port is: its phase, since when (epoch ms) and its timeout. */
export type RowProgress = {
	readonly phase: Phase;
	readonly sinceMs: number;
	readonly timeoutMs?: number;
};

/** "waiting for greeting 3/10 s" (read at each frame: the spinner redraws the table). */
export function progressWords(progress: RowProgress, t: Translator, now = Date.now()): string {
	const phase = t(`phase.${progress.phase}`);
	if (progress.timeoutMs === undefined) {
		return `${phase}...`;
	}

	const timeout = Math.max(1, Math.round(progress.timeoutMs / 1000));
	const elapsed = Math.min(timeout, Math.max(0, Math.floor((now - progress.sinceMs) / 1000)));
	return t('probe.phaseCountdown', {phase, elapsed, timeout});
}

type Columns = {
	readonly port: number;
	readonly encryption: number;
	readonly status: number;
	readonly time: number;
	/** What is left for "What it means" (the marker column takes 2). */
	readonly meaning: number;
};

/** Column widths for a terminal width; 0 hides a column. */
export function tableColumns(width: number, hasRealPorts: boolean): Columns {
	const port = hasRealPorts ? 14 : 6;
	// 12: 'Encryption' (10) plus two spaces, so the header reads as two columns.
	const encryption = width >= 60 ? 12 : 0;
	const status = 11;
	const time = width >= 80 ? 9 : 0;
	return {
		port,
		encryption,
		status,
		time,
		meaning: Math.max(8, width - 2 - port - encryption - status - time),
	};
}

function Header({columns}: {readonly columns: Columns}) {
	const theme = useTheme();
	const {t} = useLanguage();
	return (
		<Box>
			<Box width={2} flexShrink={0} />
			<Box width={columns.port} flexShrink={0}>
				<Text bold>{t('table.port')}</Text>
			</Box>
			{columns.encryption > 0 && (
				<Box width={columns.encryption} flexShrink={0}>
					<Text bold>{t('table.encryption')}</Text>
				</Box>
			)}
			<Box width={columns.status} flexShrink={0}>
				<Text bold>{t('table.status')}</Text>
			</Box>
			{columns.time > 0 && (
				<Box width={columns.time} flexShrink={0}>
					<Text bold>{t('table.time')}</Text>
				</Box>
			)}
			<Box width={columns.meaning} flexShrink={0}>
				<Text bold color={theme.color('muted')} wrap="truncate-end">
					{t('table.meaning')}
				</Text>
			</Box>
		</Box>
	);
}

function Row({
	row,
	isSelected,
	columns,
	spinner,
	change,
	progress,
}: {
	readonly row: PortRowView;
	readonly isSelected: boolean;
	readonly columns: Columns;
	readonly spinner: string;
	readonly change?: RowChange;
	readonly progress?: RowProgress;
}) {
	const theme = useTheme();
	const {t} = useLanguage();
	const color = theme.color(row.status.tone);
	const portText = row.realPort === undefined ? String(row.port) : `${row.port} (${row.realPort})`;
	return (
		<Box>
			<Box width={2} flexShrink={0}>
				<Text color={theme.color('accent')}>{isSelected ? '›' : ' '}</Text>
			</Box>
			<Box width={columns.port} flexShrink={0}>
				<Text bold={isSelected} inverse={isSelected && !theme.hasColor}>
					{portText}
				</Text>
			</Box>
			{columns.encryption > 0 && (
				<Box width={columns.encryption} flexShrink={0}>
					<Text>{row.encryption}</Text>
				</Box>
			)}
			<Box width={columns.status} flexShrink={0}>
				{row.isPending ? (
					<Text color={color}>
						{spinner} {row.status.word}
					</Text>
				) : (
					<Text color={color} bold inverse={change?.isBetter === true}>
						{row.status.symbol} {row.status.word}
					</Text>
				)}
			</Box>
			{columns.time > 0 && (
				<Box width={columns.time} flexShrink={0}>
					<Text>{row.time}</Text>
				</Box>
			)}
			<Box width={columns.meaning} flexShrink={0}>
				<Text color={row.isPending ? theme.color('muted') : undefined} wrap="truncate-end">
					{change ? (
						<Text color={theme.color(change.isBetter ? 'ok' : 'fail')} bold>
							{change.isBetter ? '↑ ' : '↓ '}
							{t('probe.was', {status: change.was})}
							{' · '}
						</Text>
					) : null}
					{row.isPending && progress ? progressWords(progress, t) : row.meaning}
				</Text>
			</Box>
		</Box>
	);
}

/** The live ports table: one row per port, aligned with Box widths. */
export function PortsTable({
	rows,
	selectedIndex,
	width,
	hasRealPorts,
	changes,
	progress,
}: PortsTableProps) {
	const columns = tableColumns(width, hasRealPorts);
	const spinner = useSpinnerFrame(rows.some((row) => row.isPending));
	return (
		<Box flexDirection="column" width={width}>
			<Header columns={columns} />
			{rows.map((row, index) => (
				<Row
					key={row.port}
					row={row}
					isSelected={index === selectedIndex}
					columns={columns}
					spinner={spinner}
					change={changes?.get(row.port)}
					progress={progress?.get(row.port)}
				/>
			))}
		</Box>
	);
}
