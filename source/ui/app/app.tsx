// The root of the interactive app: a stack of screens (app-state.ts) plus the keys that work
// everywhere.
//
//   ┌ Home ──────────────────┐  Enter  ┌ Probe: live table ─────────────┐  Enter  ┌ Port detail ┐
//   │ presets, Custom host..., │ ──────> │ Port | Encryption | Status |... │ ──────> │ timeline,   │
//   │ labs, Practice, Learn   │         │ recommendation / likely cause  │         │ TLS, EHLO,  │
//   └─────────────────────────┘         └────────────────────────────────┘         │ transcript  │
//          │ Learn                          │ l (lesson for the verdict)              └─────────────┘
//          v                                v
//   ┌ Lessons list ┐ ── Enter ──> ┌ Lesson ┐        ? opens the help overlay on any screen
//
// Esc / Backspace pops the stack (the screen below keeps its cursor and search text); q quits.
// A probe keeps running while a detail or a lesson opened from it is on top, and is aborted
// when its table is left.
import {Box, Text, useApp, useStdin} from 'ink';
import {useCallback, useReducer} from 'react';
import {useLanguage} from '../../i18n/language-context.js';
import {ProbeSession} from '../probe/probe-session.js';
import {HelpOverlay} from '../screens/help-overlay.js';
import type {HomeChoice} from '../screens/home-screen.js';
import {useAppKeys} from '../hooks/use-app-keys.js';
import type {SettleTracker} from '../hooks/use-probe-run.js';
import {useLazy} from '../hooks/use-lazy.js';
import {useTerminalSize} from '../hooks/use-terminal-size.js';
import {useTheme} from '../theme.js';
import {appReducer, initialAppState, outcomeOfChoice, topEntry, topScreen} from './app-state.js';
import {ScreenView} from './screen-view.js';
import {footerKey, isTypingOn, screenTraits} from './screens.js';
import {fitHints} from '../widgets/key-hints.js';
import type {AppServices, FinalReport, ProbeRequest} from './services.js';

export type {Screen} from './screens.js';

export type AppProps = {
	readonly services: AppServices;
	readonly tracker: SettleTracker;
	/** Open straight into this probe (smtp-doctor HOST, smtp-doctor --lab). */
	readonly initialRequest?: ProbeRequest;
	/** Open straight into discovery for this address (smtp-doctor you@example.com). */
	readonly initialDiscovery?: string;
	/** `--watch`: the probe runs again this long after each run. */
	readonly watchMs?: number;
	/** The probe session fills it with what the terminal keeps after the app quits. */
	readonly finalReport?: FinalReport;
	/** Open straight into the practice (smtp-doctor practice). */
	readonly isPracticeFirst?: boolean;
	/** Called once with the exit code before the app unmounts. */
	readonly onExit: (code: number) => void;
};

/** The interactive app (see the diagram above). */
export function App({
	services,
	tracker,
	initialRequest,
	initialDiscovery,
	watchMs,
	finalReport,
	isPracticeFirst,
	onExit,
}: AppProps) {
	const {exit} = useApp();
	const {isRawModeSupported} = useStdin();
	const theme = useTheme();
	const {columns, rows} = useTerminalSize();
	const [state, dispatch] = useReducer(
		appReducer,
		{initialRequest, initialDiscovery, isPracticeFirst},
		initialAppState,
	);
	const top = topScreen(state);
	const traits = screenTraits[top.name];
	const {lang, t, toggleLang} = useLanguage();
	const {loadLessons} = services;
	const loadLessonsInLang = useCallback(async () => loadLessons(lang), [loadLessons, lang]);
	const catalog = useLazy(services.loadPresets, traits.needsPresets);
	const lessons = useLazy(loadLessonsInLang, traits.needsLessons);
	const width = Math.max(20, columns);
	// Rows: content, a blank line, the message line and the footer, and one row to spare: a
	// frame as tall as the terminal makes Ink clear the whole screen at every redraw.
	const contentHeight = Math.max(6, rows - 4);

	const quit = useCallback(
		(code: number) => {
			onExit(code);
			exit();
		},
		[exit, onExit],
	);
	const isInputReady = isRawModeSupported === true;
	useAppKeys({
		isActive: isInputReady,
		isTyping: isTypingOn(topEntry(state)) || state.isPrompting,
		onQuit: quit,
		onToggleHelp() {
			dispatch({type: 'toggle-help'});
		},
		onToggleLanguage: toggleLang,
		onBack() {
			// As this frame shows it: an open question takes Esc itself (its own handler may
			// already have closed it, in the same key, before this one runs).
			if (state.isPrompting && !state.isHelpOpen) {
				return;
			}

			dispatch({type: 'go-back'});
		},
	});
	const isScreenActive = isInputReady && !state.isHelpOpen;

	const onChoose = (choice: HomeChoice) => {
		const outcome = outcomeOfChoice(choice, catalog, t);
		if (outcome.kind === 'quit') {
			quit(0);
		} else if (outcome.kind === 'open') {
			dispatch({type: 'open-screen', screen: outcome.screen});
		}
	};

	const onMessage = useCallback((message: string | undefined) => {
		dispatch({type: 'show-message', message});
	}, []);
	const onPromptChange = useCallback((isPrompting: boolean) => {
		dispatch({type: 'set-prompting', isPrompting});
	}, []);
	const onShowCandidates = useCallback(() => {
		dispatch({type: 'show-candidates'});
	}, []);

	const screenView = (
		<ScreenView
			entry={topEntry(state)}
			services={services}
			catalog={catalog}
			lessons={lessons}
			isActive={isScreenActive}
			width={width}
			height={contentHeight}
			dispatch={dispatch}
			onChoose={onChoose}
			tracker={tracker}
		/>
	);
	// The probe session stays mounted while a detail or a lesson opened from it is on top.
	const probeScreen = state.stack.find((entry) => entry.screen.name === 'probe')?.screen;
	const body =
		probeScreen?.name === 'probe' ? (
			<ProbeSession
				request={probeScreen.request}
				services={services}
				tracker={tracker}
				view={
					top.name === 'probe'
						? {name: 'table'}
						: top.name === 'detail'
							? {name: 'detail', port: top.port}
							: top.name === 'clients'
								? {name: 'clients', cursor: topEntry(state).cursor ?? 0}
								: top.name === 'client'
									? {name: 'client', clientId: top.clientId}
									: {name: 'other'}
				}
				isActive={isScreenActive}
				width={width}
				height={contentHeight}
				onOpenDetail={(port) => {
					dispatch({type: 'open-screen', screen: {name: 'detail', port}});
				}}
				onOpenLesson={(id) => {
					dispatch({type: 'open-screen', screen: id ? {name: 'lesson', id} : {name: 'learn'}});
				}}
				onOpenClients={() => {
					dispatch({type: 'open-screen', screen: {name: 'clients'}});
				}}
				onOpenClient={(clientId) => {
					dispatch({type: 'open-screen', screen: {name: 'client', clientId}});
				}}
				onClientsHighlight={(cursor) => {
					dispatch({type: 'remember-cursor', cursor});
				}}
				onMessage={onMessage}
				onPromptChange={onPromptChange}
				onShowCandidates={onShowCandidates}
				lessons={lessons}
				{...(watchMs ? {watchMs} : {})}
				{...(finalReport ? {finalReport} : {})}
			>
				{screenView}
			</ProbeSession>
		) : (
			screenView
		);

	return (
		<Box flexDirection="column" width={width}>
			{state.isHelpOpen && (
				<HelpOverlay width={width} height={contentHeight} isActive={isInputReady} />
			)}
			{/* Hidden, never unmounted, under the help: the probe run, its lab, the selected row and
			    the open detail stay as they were. */}
			<Box display={state.isHelpOpen ? 'none' : 'flex'} flexDirection="column">
				{body}
			</Box>
			<Box marginTop={1} flexDirection="column">
				{/* Always a row, so a message coming and going never moves the screen. */}
				<Text color={theme.color('info')} wrap="truncate-end">
					{state.message ?? ' '}
				</Text>
				<Text color={theme.color('muted')} wrap="truncate-end">
					{isInputReady ? fitHints(t(footerKey(topEntry(state))), width) : t('footer.noRawMode')}
				</Text>
			</Box>
		</Box>
	);
}
