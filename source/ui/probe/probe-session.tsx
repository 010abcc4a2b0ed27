import {useEffect, useMemo, useState, type ReactNode} from 'react';
import {useLanguage} from '../../i18n/language-context.js';
import {formatDuration} from '../../state/index.js';
import {buildDetailLines, wrapPaneLines} from './detail-lines.js';
import type {LessonCatalog} from '../app/lesson-types.js';
import {useProbeRun, type SettleTracker} from '../hooks/use-probe-run.js';
import {useRunChanges} from '../hooks/use-run-changes.js';
import {useWatch} from '../hooks/use-watch.js';
import {useRowSelection} from '../hooks/use-row-selection.js';
import {useScroll} from '../hooks/use-scroll.js';
import {inAppAdvice, mapStrings, optionFieldIn} from './flag-hints.js';
import {LoginFlow, Question} from './login-flow.js';
import {OptionsForm, type OptionId} from './options-form.js';
import type {LoginDefaults} from '../../config/login-defaults.js';
import {PortDetail} from './port-detail.js';
import {useProbeKeys} from './probe-keys.js';
import {ProbeScreen} from './probe-screen.js';
import {useReportSaver} from './report-action.js';
import {advicePrefix, prewrap, rowProgress, withLoginSettings} from './session-helpers.js';
import {initialRunSettings, runOverrides} from './run-settings.js';
import type {AppServices, FinalReport, ProbeRequest} from '../app/services.js';
import {useTheme} from '../theme.js';
import {finalReportText} from './final-report.js';
import {useLoginSteps} from './use-login-steps.js';
import {diagnose} from '../../report/diagnosis.js';
import {clientInputOf, settingsForDiagnosis} from '../../clients/index.js';
import {ClientPicker} from './client-picker.js';
import {ClientSettingsView} from './client-settings-view.js';
import {buildAdvice, buildPresetLines, buildRow} from './view-model.js';

export type ProbeSessionProps = {
	readonly request: ProbeRequest;
	readonly services: AppServices;
	readonly tracker: SettleTracker;
	/** Which of the session's screens is on top, or 'other' (a lesson opened from it). */
	readonly view:
		| {readonly name: 'table'}
		| {readonly name: 'detail'; readonly port: number}
		| {readonly name: 'clients'; readonly cursor: number}
		| {readonly name: 'client'; readonly clientId: string}
		| {readonly name: 'other'};
	readonly isActive: boolean;
	readonly width: number;
	readonly height: number;
	readonly onOpenDetail: (port: number) => void;
	readonly onOpenLesson: (lessonId: string | undefined) => void;
	/** `c` on a finished run with a recommendation: the client picker. */
	readonly onOpenClients?: () => void;
	/** A client picked in it: that client's settings. */
	readonly onOpenClient?: (clientId: string) => void;
	/** The picker's cursor moved (kept for Esc back to it). */
	readonly onClientsHighlight?: (index: number) => void;
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
	/** `--watch`: run again this long after each run finished, until the user quits. */
	readonly watchMs?: number;
	/** Filled with what the terminal keeps after the app quits (this run's report). */
	readonly finalReport?: FinalReport;
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
	onOpenClients,
	onOpenClient,
	onClientsHighlight,
	onMessage,
	lessons,
	children,
	onPromptChange,
	onShowCandidates,
	watchMs,
	finalReport,
}: ProbeSessionProps) {
	const {t, catalogue} = useLanguage();
	const theme = useTheme();
	const login = services.login ?? noLogin;
	const steps = useLoginSteps({login, t, onMessage});
	const {step, showTransient, clearTransient} = steps;
	const [settings, setSettings] = useState(() =>
		initialRunSettings(request, services.baseOptions, login),
	);
	const [optionsField, setOptionsField] = useState<OptionId | 'first'>();
	const overrides = useMemo(() => runOverrides(settings), [settings]);
	const access = useMemo(() => withLoginSettings(steps.access, settings), [steps.access, settings]);
	const {describe} = catalogue;
	const run = useProbeRun(request, services, tracker, access, overrides);
	const {state, lab} = run;
	const {isFinished} = state;
	const displayHost = lab ? lab.servername : request.host;
	const user = access.credentials?.user;
	const {testMessage} = access;
	// The one diagnosis of this run, partial while it resolves: rows, advice, the preset panel,
	// the report and what stays in the scrollback say what `check` says for the same run.
	const diagnosis = useMemo(
		() =>
			diagnose(state, {
				catalogue,
				displayHost,
				...(user === undefined ? {} : {user}),
				...(testMessage ? {testMessage} : {}),
				...(request.authHint === undefined ? {} : {authHint: request.authHint}),
				...(run.controls ? {controls: run.controls} : {}),
				...(services.hostPolicy ? {hostPolicy: services.hostPolicy} : {}),
				...(request.preset
					? {
							preset: {
								name: request.preset.name,
								expected: request.preset.claims,
								unconfirmed: request.preset.unconfirmed,
							},
						}
					: {}),
			}),
		[
			state,
			catalogue,
			displayHost,
			user,
			testMessage,
			request.authHint,
			request.preset,
			run.controls,
			services.hostPolicy,
		],
	);
	const report = useReportSaver({
		state,
		diagnosis,
		lab,
		services,
		t,
		credentials: access.credentials,
		host: displayHost,
		onMessage,
	});
	const isAsking =
		step !== undefined || optionsField !== undefined || report.question !== undefined;
	useEffect(() => {
		onPromptChange?.(isAsking);
		if (isAsking) {
			clearTransient();
		}
	}, [isAsking, onPromptChange, clearTransient]);
	useEffect(
		() => () => {
			onPromptChange?.(false);
		},
		[onPromptChange],
	);
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
		unsentPort !== undefined && state.isFinished && !state.isCancelled
			? diagnosis.allRows.find((row) => row.port === unsentPort)
			: undefined;
	// Plain words (the login's title in the diagnosis), never an internal code.
	const unsentReason =
		unsentRow && !unsentRow.result?.send
			? (unsentRow.steps.find((item) => item.kind === 'login')?.title ?? t('login.noLoginThere'))
			: undefined;
	useEffect(() => {
		if (unsentReason !== undefined && unsentPort !== undefined) {
			onMessage(t('login.notSentReason', {port: unsentPort, reason: unsentReason}));
		}
	}, [onMessage, t, unsentPort, unsentReason]);
	const isViewActive = isActive && !isAsking;
	const realPorts = new Map(lab?.ports.map((port) => [port.displayPort, port.realPort]));
	// Advice names command-line flags; here each is a key away (flag-hints.ts).
	const rewrite = (text: string) => inAppAdvice(text, t);
	const rows = diagnosis.allRows.map((row) => {
		const view = mapStrings(buildRow(row, t, realPorts.get(row.port)), rewrite);
		// A name that did not resolve spent its time in DNS, not on the port ("0 ms" said nothing).
		return state.resolveVerdict && row.verdict?.verdict.code === state.resolveVerdict.code
			? {...view, time: state.resolveMs === undefined ? '-' : formatDuration(state.resolveMs)}
			: view;
	});
	const changes = useRunChanges(rows);
	const selected = useRowSelection(rows.length, isViewActive && view.name === 'table', (index) => {
		const row = rows[index];
		if (row) {
			onOpenDetail(row.port);
		}
	});
	const detailRow =
		view.name === 'detail' ? state.rows.find((row) => row.port === view.port) : undefined;
	const detailLines = detailRow
		? wrapPaneLines(
				buildDetailLines(detailRow, describe, t, lessons?.mythsFor, diagnosis).map((line) => ({
					...line,
					text: rewrite(line.text),
				})),
				width,
			)
		: [];
	const detailHeight = Math.max(3, height - 2);
	const offset = useScroll(
		detailLines.length,
		detailHeight,
		isViewActive && view.name === 'detail',
	);
	const rerunAll = (message: string) => {
		changes.remember();
		steps.forgetTestMessage();
		run.rerun();
		showTransient(message);
	};

	const watchLeft = useWatch(watchMs, isFinished, isAsking, () => {
		rerunAll(t('probe.runStarted', {run: run.runNumber + 1}));
	});
	useEffect(() => {
		if (watchLeft !== undefined && watchMs !== undefined) {
			onMessage(t('probe.watching', {seconds: watchLeft, every: Math.round(watchMs / 1000)}));
		}
	}, [onMessage, t, watchLeft, watchMs]);

	// Read when the app quits (before it unmounts): the run as it stands then.
	useEffect(() => {
		if (!finalReport) {
			return;
		}

		finalReport.current = () =>
			finalReportText({
				state,
				diagnosis,
				rows,
				title: request.title ?? request.host,
				host: displayHost,
				services,
				t,
				isColor: theme.hasColor,
			});
		return () => {
			finalReport.current = undefined;
		};
	});

	// The user name given at login (or with --user); the snippets show a placeholder otherwise.
	const clientUser = user ?? login.user;
	const clientSettingsOf = (clientId: string) =>
		settingsForDiagnosis(diagnosis, [clientId], {
			lang: catalogue.lang,
			...(clientUser === undefined ? {} : {user: clientUser}),
		});
	const keyView = view.name === 'table' || view.name === 'detail' ? view.name : 'other';
	useProbeKeys(keyView, isViewActive, (command) => {
		const port = view.name === 'detail' ? view.port : rows[selected]?.port;
		switch (command) {
			case 'rerun': {
				rerunAll(t('probe.runStarted', {run: run.runNumber + 1}));
				break;
			}

			case 'rerun-port': {
				if (port !== undefined) {
					changes.remember([port]);
					run.rerunPort(port);
					showTransient(t('probe.rerunPort', {port}));
				}

				break;
			}

			case 'options': {
				const verdict = state.rows.find((row) => row.port === port)?.verdict;
				const advice = verdict ? describe(verdict).advice : '';
				clearTransient();
				setOptionsField(optionFieldIn(advice) ?? 'first');
				break;
			}

			case 'lesson': {
				const verdict = state.rows.find((row) => row.port === port)?.verdict;
				onOpenLesson(verdict ? lessons?.lessonFor(verdict.code, port) : undefined);
				break;
			}

			case 'clients': {
				if (!isFinished) {
					onMessage(t('clients.notFinished'));
				} else if (!clientInputOf(diagnosis)) {
					onMessage(t('clients.none'));
				} else {
					onOpenClients?.();
				}

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
				report.save();
				break;
			}
		}
	});

	if (view.name === 'other') {
		return children;
	}

	if (view.name === 'clients') {
		return (
			<ClientPicker
				port={diagnosis.recommendation?.port ?? 0}
				encryptionLabel={diagnosis.recommendation?.encryptionLabel ?? '-'}
				isFocused={isActive}
				height={height}
				initialIndex={view.cursor}
				onHighlight={(index) => {
					onClientsHighlight?.(index);
				}}
				onChoose={(clientId) => {
					onOpenClient?.(clientId);
				}}
			/>
		);
	}

	if (view.name === 'client') {
		return (
			<ClientSettingsView
				key={view.clientId}
				list={clientSettingsOf(view.clientId)}
				isActive={isActive}
				width={width}
				height={height}
				{...(services.clipboardWrap ? {multiplexer: services.clipboardWrap} : {})}
				{...(access.credentials?.secret === undefined ? {} : {secret: access.credentials.secret})}
				{...(clientUser === undefined ? {} : {user: clientUser})}
				onMessage={onMessage}
			/>
		);
	}

	if (step) {
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

	if (optionsField !== undefined) {
		return (
			<OptionsForm
				settings={settings}
				{...(optionsField === 'first' ? {} : {initialField: optionsField})}
				isActive={isActive}
				width={width}
				onApply={(next) => {
					setOptionsField(undefined);
					setSettings(next);
					rerunAll(t('options.applied', {run: run.runNumber + 1}));
				}}
				onCancel={() => {
					setOptionsField(undefined);
				}}
			/>
		);
	}

	if (report.question) {
		return (
			<Question
				title={t('probe.saveWhere')}
				label={t('probe.saveLabel')}
				initial={report.question.initial}
				hint={t('probe.saveHint')}
				isActive={isActive}
				validate={(value) => (value === '' ? t('probe.saveLabel') : undefined)}
				onSubmit={report.answer}
				onCancel={report.cancel}
			/>
		);
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
			advice={mapStrings(buildAdvice(diagnosis, t), (text) =>
				prewrap(rewrite(text), width - advicePrefix(t)),
			)}
			width={width}
			labPorts={lab?.ports}
			addresses={lab ? [] : state.addresses.map((address) => address.address)}
			error={run.error}
			presetLines={buildPresetLines(diagnosis)}
			changes={changes.changes}
			height={height}
			isActive={isViewActive && view.name === 'table'}
			progress={rowProgress(state)}
			{...(state.startedAt ? {startedAt: state.startedAt} : {})}
			{...(state.durationMs === undefined ? {} : {durationMs: state.durationMs})}
			isFinished={state.isFinished}
		/>
	);
}
