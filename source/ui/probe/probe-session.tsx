import {useCallback, useEffect, type ReactNode} from 'react';
import type {Verdict} from '../../engine/types.js';
import {useLanguage} from '../../i18n/language-context.js';
import {buildDetailLines, wrapPaneLines} from './detail-lines.js';
import type {LessonCatalog} from '../app/lesson-types.js';
import {useProbeRun, type SettleTracker} from '../hooks/use-probe-run.js';
import {useRowSelection} from '../hooks/use-row-selection.js';
import {useScroll} from '../hooks/use-scroll.js';
import {LoginFlow} from './login-flow.js';
import type {LoginDefaults} from '../../config/login-defaults.js';
import {PortDetail} from './port-detail.js';
import {useProbeKeys} from './probe-keys.js';
import {ProbeScreen} from './probe-screen.js';
import {runReport, saveRunReport} from './report-action.js';
import type {AppServices, ProbeRequest} from '../app/services.js';
import {useLoginSteps} from './use-login-steps.js';
import {buildAdvice, buildPresetLines, buildRow} from './view-model.js';

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
	/** Shows a line under the screen; undefined clears it. */
	readonly onMessage: (message: string | undefined) => void;
	/** Loaded in the background; until then "l" opens the Learn list. */
	readonly lessons?: LessonCatalog;
	/** What to show when `view` is 'other': the probe keeps running underneath. */
	readonly children?: ReactNode;
	/** Told when a login or test-message question opens or closes (printable keys are its). */
	readonly onPromptChange?: (isPrompting: boolean) => void;
	/** `c`: back to the discovery candidates this probe came from. */
	readonly onShowCandidates?: () => void;
};

const noLogin: LoginDefaults = {};

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
	onPromptChange,
	onShowCandidates,
}: ProbeSessionProps) {
	const {lang, t} = useLanguage();
	const login = services.login ?? noLogin;
	const steps = useLoginSteps({login, t, onMessage, onPromptChange});
	const {access, step, isPrompting, showTransient, clearTransient} = steps;
	const {describeVerdict} = services;
	const describe = useCallback(
		(verdict: Verdict) => describeVerdict(verdict, lang),
		[describeVerdict, lang],
	);
	const run = useProbeRun(request, services, tracker, access);
	const {isFinished} = run.state;
	// Before the effect below, so a reason for an unsent message set in the same commit wins.
	useEffect(() => {
		if (isFinished) {
			clearTransient();
		}
	}, [isFinished, clearTransient]);
	// A confirmed test message goes out only after a successful login on its port: say so when
	// the run ended without sending it.
	const unsentPort = access.testMessage?.port;
	const unsentRow =
		unsentPort !== undefined && run.state.isFinished && !run.state.isCancelled
			? run.state.rows.find((row) => row.port === unsentPort)
			: undefined;
	const unsentAuth = unsentRow?.result?.auth?.verdict;
	// Plain words (the verdict's title), never an internal code.
	const unsentReason =
		unsentRow && !unsentRow.result?.send
			? unsentAuth
				? describe(unsentAuth).title
				: t('login.noLoginThere')
			: undefined;
	useEffect(() => {
		if (unsentReason !== undefined && unsentPort !== undefined) {
			onMessage(t('login.notSentReason', {port: unsentPort, reason: unsentReason}));
		}
	}, [onMessage, t, unsentPort, unsentReason]);
	const isViewActive = isActive && !isPrompting;
	const {state, lab} = run;
	const realPorts = new Map(lab?.ports.map((port) => [port.displayPort, port.realPort]));
	const rows = state.rows.map((row) => buildRow(row, state, describe, t, realPorts.get(row.port)));
	const selected = useRowSelection(rows.length, isViewActive && view.name === 'table', (index) => {
		const row = rows[index];
		if (row) {
			onOpenDetail(row.port);
		}
	});
	const detailRow =
		view.name === 'detail' ? state.rows.find((row) => row.port === view.port) : undefined;
	const detailLines = detailRow
		? wrapPaneLines(buildDetailLines(detailRow, describe, t), width)
		: [];
	const detailHeight = Math.max(3, height - 2);
	const offset = useScroll(
		detailLines.length,
		detailHeight,
		isViewActive && view.name === 'detail',
	);
	const displayHost = lab ? lab.servername : request.host;

	useProbeKeys(view.name, isViewActive, (command) => {
		const port = view.name === 'detail' ? view.port : rows[selected]?.port;
		switch (command) {
			case 'rerun': {
				steps.forgetTestMessage();
				run.rerun();
				showTransient(t('probe.runStarted', {run: run.runNumber + 1}));
				break;
			}

			case 'lesson': {
				const verdict = state.rows.find((row) => row.port === port)?.verdict;
				onOpenLesson(verdict ? lessons?.lessonFor(verdict.code, port) : undefined);
				break;
			}

			case 'candidates': {
				if (request.isFromDiscovery) {
					onShowCandidates?.();
				}

				break;
			}

			case 'login': {
				steps.startLogin();
				break;
			}

			case 'test-message': {
				steps.startTestMessage();
				break;
			}

			case 'save-report': {
				if (!state.result) {
					onMessage(t('probe.stillRunning'));
					break;
				}

				const markdown = runReport({
					result: state.result,
					lab,
					services,
					lang,
					t,
					credentials: access.credentials,
				});
				saveRunReport(markdown, displayHost, t, onMessage);
				break;
			}
		}
	});

	if (step && view.name !== 'other') {
		return (
			<LoginFlow
				key={step.kind}
				step={step}
				host={displayHost}
				isActive={isActive}
				{...steps.flowProps(view.name === 'detail' ? view.port : undefined, displayHost)}
			/>
		);
	}

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
				describe,
				t,
			})}
			width={width}
			labPorts={lab?.ports}
			addresses={lab ? [] : state.addresses.map((address) => address.address)}
			error={run.error}
			presetLines={buildPresetLines(request.preset, state, t)}
		/>
	);
}
