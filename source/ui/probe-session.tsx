import {useInput} from 'ink';
import {useRef, type ReactNode} from 'react';
import {buildDetailLines, wrapPaneLines} from './detail-lines.js';
import type {LessonCatalog} from './lesson-types.js';
import {useProbeRun, type SettleTracker} from './hooks/use-probe-run.js';
import {useRowSelection} from './hooks/use-row-selection.js';
import {useScroll} from './hooks/use-scroll.js';
import {PortDetail} from './port-detail.js';
import {ProbeScreen} from './probe-screen.js';
import {saveReport} from './report-file.js';
import type {AppServices, ProbeRequest} from './services.js';
import {buildAdvice, buildRow} from './view-model.js';

export type ProbeSessionProps = {
	readonly request: ProbeRequest;
	readonly services: AppServices;
	readonly tracker: SettleTracker;
	/** Which of the session's screens is on top, or 'other' (a lesson opened from it). */
	readonly view:
		| {readonly name: 'table'}
		| {readonly name: 'detail'; readonly port: number}
		| {readonly name: 'other'};
	readonly isActive: boolean;
	readonly width: number;
	readonly height: number;
	readonly onOpenDetail: (port: number) => void;
	readonly onOpenLesson: (lessonId: string | undefined) => void;
	readonly onMessage: (message: string) => void;
	/** Loaded in the background; until then "l" opens the Learn list. */
	readonly lessons?: LessonCatalog;
	/** What to show when `view` is 'other': the probe keeps running underneath. */
	readonly children?: ReactNode;
};

/**
 * Owns one probe run (and its lab) while the table, a port detail or a lesson opened from
 * them is on screen. Leaving it aborts the run and closes the lab.
 */
export function ProbeSession({
	request,
	services,
	tracker,
	view,
	isActive,
	width,
	height,
	onOpenDetail,
	onOpenLesson,
	onMessage,
	lessons,
	children,
}: ProbeSessionProps) {
	const run = useProbeRun(request, services, tracker);
	const {state, lab} = run;
	const realPorts = new Map(lab?.ports.map((port) => [port.displayPort, port.realPort]));
	const rows = state.rows.map((row) =>
		buildRow(row, state, services.describeVerdict, realPorts.get(row.port)),
	);
	const selected = useRowSelection(rows.length, isActive && view.name === 'table', (index) => {
		const row = rows[index];
		if (row) {
			onOpenDetail(row.port);
		}
	});
	const detailRow =
		view.name === 'detail' ? state.rows.find((row) => row.port === view.port) : undefined;
	const detailLines = detailRow
		? wrapPaneLines(buildDetailLines(detailRow, services.describeVerdict), width)
		: [];
	const detailHeight = Math.max(3, height - 2);
	const offset = useScroll(detailLines.length, detailHeight, isActive && view.name === 'detail');
	const displayHost = lab ? lab.servername : request.host;

	// Key handlers subscribe in an effect, a moment after each frame is drawn: read the latest
	// state through a ref so a key pressed right after a frame acts on what that frame shows.
	const latest = useRef({state, rows, selected});
	latest.current = {state, rows, selected};
	useInput(
		(input) => {
			const {state, rows, selected} = latest.current;
			if (input === 'r') {
				run.rerun();
				onMessage(`Run ${run.runNumber + 1} started.`);
			} else if (input === 'l') {
				const port = view.name === 'detail' ? view.port : rows[selected]?.port;
				const verdict = state.rows.find((row) => row.port === port)?.verdict;
				onOpenLesson(verdict ? lessons?.lessonFor(verdict.code, port) : undefined);
			} else if (input === 's') {
				if (!state.result) {
					onMessage('The run is still going: save once every port has finished.');
					return;
				}

				const markdown = services.formatReport(state.result);
				saveReport(markdown, displayHost).then(
					(file) => {
						onMessage(`Report saved to ${file}`);
					},
					(error: unknown) => {
						onMessage(
							`Could not save the report: ${error instanceof Error ? error.message : String(error)}`,
						);
					},
				);
			}
		},
		{isActive: isActive && view.name !== 'other'},
	);

	if (view.name === 'other') {
		return children;
	}

	if (view.name === 'detail' && detailRow) {
		return (
			<PortDetail
				port={detailRow.port}
				realPort={realPorts.get(detailRow.port)}
				host={displayHost}
				lines={detailLines}
				offset={offset}
				height={detailHeight}
				width={width}
			/>
		);
	}

	return (
		<ProbeScreen
			title={request.title ?? request.host}
			host={displayHost}
			rows={rows}
			selectedIndex={selected}
			advice={buildAdvice({
				state,
				displayHost,
				authHint: request.authHint,
				describe: services.describeVerdict,
			})}
			width={width}
			labPorts={lab?.ports}
			addresses={lab ? [] : state.addresses.map((address) => address.address)}
			error={run.error}
		/>
	);
}
