import {Box, Text} from 'ink';
import type {PortRowView} from './view-model.js';
import {useSpinnerFrame} from './hooks/use-spinner-frame.js';
import {useTheme} from './theme.js';

export type PortsTableProps = {
	readonly rows: readonly PortRowView[];
	readonly selectedIndex: number;
	/** Terminal columns: below 80 the least important columns go first (Time, then Encryption). */
	readonly width: number;
	readonly hasRealPorts: boolean;
};

type Columns = {
	readonly port: number;
	readonly encryption: number;
	readonly status: number;
	readonly time: number;
};

/** Column widths for a terminal width; 0 hides a column. */
export function tableColumns(width: number, hasRealPorts: boolean): Columns {
	const port = hasRealPorts ? 14 : 6;
	return {
		port,
		encryption: width >= 60 ? 11 : 0,
		status: 11,
		time: width >= 80 ? 9 : 0,
	};
}

function Header({columns}: {readonly columns: Columns}) {
	const theme = useTheme();
	return (
		<Box>
			<Box width={2} />
			<Box width={columns.port}>
				<Text bold>Port</Text>
			</Box>
			{columns.encryption > 0 && (
				<Box width={columns.encryption}>
					<Text bold>Encryption</Text>
				</Box>
			)}
			<Box width={columns.status}>
				<Text bold>Status</Text>
			</Box>
			{columns.time > 0 && (
				<Box width={columns.time}>
					<Text bold>Time</Text>
				</Box>
			)}
			<Box flexGrow={1}>
				<Text bold color={theme.color('muted')} wrap="truncate-end">
					What it means
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
}: {
	readonly row: PortRowView;
	readonly isSelected: boolean;
	readonly columns: Columns;
	readonly spinner: string;
}) {
	const theme = useTheme();
	const color = theme.color(row.status.tone);
	const portText = row.realPort === undefined ? String(row.port) : `${row.port} (${row.realPort})`;
	return (
		<Box>
			<Box width={2}>
				<Text color={theme.color('accent')}>{isSelected ? '›' : ' '}</Text>
			</Box>
			<Box width={columns.port}>
				<Text bold={isSelected} inverse={isSelected && !theme.hasColor}>
					{portText}
				</Text>
			</Box>
			{columns.encryption > 0 && (
				<Box width={columns.encryption}>
					<Text>{row.encryption}</Text>
				</Box>
			)}
			<Box width={columns.status}>
				{row.isPending ? (
					<Text color={color}>
						{spinner} {row.status.word}
					</Text>
				) : (
					<Text color={color} bold>
						{row.status.symbol} {row.status.word}
					</Text>
				)}
			</Box>
			{columns.time > 0 && (
				<Box width={columns.time}>
					<Text>{row.time}</Text>
				</Box>
			)}
			<Box flexGrow={1}>
				<Text color={row.isPending ? theme.color('muted') : undefined} wrap="truncate-end">
					{row.meaning}
				</Text>
			</Box>
		</Box>
	);
}

/** The live ports table: one row per port, aligned with Box widths. */
export function PortsTable({rows, selectedIndex, width, hasRealPorts}: PortsTableProps) {
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
				/>
			))}
		</Box>
	);
}
