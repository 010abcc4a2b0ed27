import {useCallback, useEffect, useRef, useState, type ReactNode} from 'react';
import {createTestMessage} from '../../engine/test-message.js';
import type {Credentials, Verdict} from '../../engine/types.js';
import {useLanguage} from '../../i18n/language-context.js';
import {buildDetailLines, wrapPaneLines} from './detail-lines.js';
import type {LessonCatalog} from '../app/lesson-types.js';
import {useProbeRun, type ProbeAccess, type SettleTracker} from '../hooks/use-probe-run.js';
import {useKeys} from '../hooks/use-keys.js';
import {useRowSelection} from '../hooks/use-row-selection.js';
import {useScroll} from '../hooks/use-scroll.js';
import {LoginFlow, type LoginStep} from './login-flow.js';
import type {LoginDefaults} from '../../config/login-defaults.js';
import {PortDetail} from './port-detail.js';
import {ProbeScreen} from './probe-screen.js';
import {saveReport, withHeaderLines} from './report-file.js';
import type {AppServices, ProbeRequest} from '../app/services.js';
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

function credentialsFor(login: LoginDefaults, user: string, secret: string): Credentials {
	return {
		user,
		secret,
		...(login.mechanism ? {mechanism: login.mechanism} : {}),
		...(login.allowPlaintext ? {allowPlaintext: true} : {}),
		...(login.allowInsecure ? {allowInsecure: true} : {}),
	};
}

/** --user with SMTP_DOCTOR_PASSWORD logs in from the first run, as `check --user` does. */
function initialAccess(login: LoginDefaults): ProbeAccess {
	return login.user !== undefined && login.secret !== undefined
		? {credentials: credentialsFor(login, login.user, login.secret)}
		: {};
}

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
	// The secret lives here, in memory, while this probe session is open; never in a frame.
	const [access, setAccess] = useState<ProbeAccess>(() => initialAccess(login));
	// --user without a password in the environment: ask for it straight away.
	const [step, setStepState] = useState<LoginStep | undefined>(() =>
		login.user !== undefined && login.secret === undefined
			? {kind: 'password', user: login.user}
			: undefined,
	);
	const isPrompting = step !== undefined;
	// "Run 2 started.", "Logging in as ..." describe a run in progress: cleared when it ends
	// or when a question opens.
	const isTransientShown = useRef(false);
	const showTransient = useCallback(
		(message: string) => {
			isTransientShown.current = true;
			onMessage(message);
		},
		[onMessage],
	);
	// Tell the app in the same update, so a key right after the question appears (Esc, q) is
	// already the question's and not the app's (the effect below also covers the first one).
	const setStep = useCallback(
		(next: LoginStep | undefined) => {
			setStepState(next);
			onPromptChange?.(next !== undefined);
			if (next !== undefined && isTransientShown.current) {
				isTransientShown.current = false;
				onMessage(undefined);
			}
		},
		[onMessage, onPromptChange],
	);
	useEffect(() => {
		onPromptChange?.(isPrompting);
	}, [isPrompting, onPromptChange]);
	useEffect(
		() => () => {
			onPromptChange?.(false);
		},
		[onPromptChange],
	);
	const {describeVerdict} = services;
	const describe = useCallback(
		(verdict: Verdict) => describeVerdict(verdict, lang),
		[describeVerdict, lang],
	);
	const run = useProbeRun(request, services, tracker, access);
	const {isFinished} = run.state;
	// Before the effect below, so a reason for an unsent message set in the same commit wins.
	useEffect(() => {
		if (isFinished && isTransientShown.current) {
			isTransientShown.current = false;
			onMessage(undefined);
		}
	}, [isFinished, onMessage]);
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
		? wrapPaneLines(buildDetailLines(detailRow, describe, t, lessons?.mythsFor), width)
		: [];
	const detailHeight = Math.max(3, height - 2);
	const offset = useScroll(
		detailLines.length,
		detailHeight,
		isViewActive && view.name === 'detail',
	);
	const displayHost = lab ? lab.servername : request.host;

	// Key handlers subscribe in an effect, a moment after each frame is drawn: read the latest
	// state through a ref so a key pressed right after a frame acts on what that frame shows.
	const latest = useRef({state, rows, selected});
	latest.current = {state, rows, selected};
	useKeys(
		(input) => {
			const {state, rows, selected} = latest.current;
			if (input === 'r') {
				// A re-run probes again; it never sends the test message a second time.
				setAccess((current) =>
					current.testMessage ? {credentials: current.credentials} : current,
				);
				run.rerun();
				showTransient(t('probe.runStarted', {run: run.runNumber + 1}));
			} else if (input === 'l') {
				const port = view.name === 'detail' ? view.port : rows[selected]?.port;
				const verdict = state.rows.find((row) => row.port === port)?.verdict;
				onOpenLesson(verdict ? lessons?.lessonFor(verdict.code, port) : undefined);
			} else if (input === 'c' && request.isFromDiscovery && onShowCandidates) {
				onShowCandidates();
			} else if (input === 'a') {
				setStep({kind: 'user'});
			} else if (input === 't' && view.name === 'detail') {
				if (access.credentials) {
					setStep({kind: 'to'});
				} else {
					onMessage(t('login.first'));
				}
			} else if (input === 's') {
				if (!state.result) {
					onMessage(t('probe.stillRunning'));
					return;
				}

				// The lab's report reads as the table does: its host name, and each standard port
				// with the real loopback port behind it.
				const result = lab
					? {
							...state.result,
							host: lab.servername,
							...(state.result.recommendation
								? {recommendation: {...state.result.recommendation, host: lab.servername}}
								: {}),
						}
					: state.result;
				const labLines = lab
					? [
							`- ${t('lab.reportPorts', {
								title: t(
									lab.scenario === 'provider-like' ? 'lab.providerLike' : 'lab.classicMistakes',
								),
								host: lab.connectHost,
								ports: lab.ports
									.map((port) => `${port.displayPort} -> ${port.realPort}`)
									.join(', '),
							})}`,
						]
					: [];
				const markdown = withHeaderLines(
					services.formatReport(result, lang, access.credentials),
					labLines,
				);
				saveReport(markdown, displayHost).then(
					(file) => {
						onMessage(t('probe.reportSaved', {file}));
					},
					(error: unknown) => {
						onMessage(
							t('probe.reportFailed', {
								reason: error instanceof Error ? error.message : String(error),
							}),
						);
					},
				);
			}
		},
		{isActive: isViewActive && view.name !== 'other'},
	);

	if (step && view.name !== 'other') {
		const user = access.credentials?.user ?? login.user;
		const cancel = () => {
			setStep(undefined);
		};

		return (
			<LoginFlow
				key={step.kind}
				step={step}
				host={displayHost}
				mechanism={login.mechanism}
				defaultUser={user}
				defaultTo={login.sendTo}
				defaultFrom={login.from ?? (user?.includes('@') ? user : undefined)}
				isActive={isActive}
				onUser={(name) => {
					if (login.secret === undefined) {
						setStep({kind: 'password', user: name});
					} else {
						setStep(undefined);
						setAccess({credentials: credentialsFor(login, name, login.secret)});
						showTransient(t('login.started', {user: name}));
					}
				}}
				onSecret={(name, secret) => {
					setStep(undefined);
					setAccess({credentials: credentialsFor(login, name, secret)});
					showTransient(t('login.started', {user: name}));
				}}
				onTo={(to) => {
					setStep({kind: 'from', to});
				}}
				onFrom={(to, from) => {
					if (view.name !== 'detail') {
						setStep(undefined);
						return;
					}

					setStep({
						kind: 'confirm',
						message: createTestMessage({from, to, port: view.port, host: displayHost}),
					});
				}}
				onConfirm={(message) => {
					setStep(undefined);
					setAccess((current) => ({credentials: current.credentials, testMessage: message}));
					showTransient(t('login.sending', {port: message.port}));
				}}
				onCancel={() => {
					cancel();
					if (step.kind === 'confirm') {
						onMessage(t('login.notSent'));
					}
				}}
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
