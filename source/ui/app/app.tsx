// The root of the interactive app: a stack of screens plus the keys that work everywhere.
//
//   ┌ Home ──────────────────┐  Enter  ┌ Probe: live table ─────────────┐  Enter  ┌ Port detail ┐
//   │ presets, Custom host..., │ ──────> │ Port | Encryption | Status |... │ ──────> │ timeline,   │
//   │ labs, Learn, Quit       │         │ recommendation / likely cause  │         │ TLS, EHLO,  │
//   └─────────────────────────┘         └────────────────────────────────┘         │ transcript  │
//          │ Learn                          │ l (lesson for the verdict)              └─────────────┘
//          v                                v
//   ┌ Lessons list ┐ ── Enter ──> ┌ Lesson ┐        ? opens the help overlay on any screen
//
// Esc / Backspace pops the stack; q quits. A probe keeps running while a detail or a lesson
// opened from it is on top, and is aborted when its table is left.
import {Box, Text, useApp, useStdin} from 'ink';
import {labHostName} from '../../lab/scenarios.js';
import {useCallback, useState} from 'react';
import {useLanguage} from '../../i18n/language-context.js';
import type {Translator} from '../../i18n/translate.js';
import {CustomHostForm} from '../screens/custom-host-form.js';
import {HelpOverlay} from '../screens/help-overlay.js';
import {HomeScreen, type HomeChoice} from '../screens/home-screen.js';
import {useAppKeys} from '../hooks/use-app-keys.js';
import {useCustomHostForm} from '../hooks/use-custom-host-form.js';
import type {SettleTracker} from '../hooks/use-probe-run.js';
import {useLazy} from '../hooks/use-lazy.js';
import {useScroll} from '../hooks/use-scroll.js';
import {useTerminalSize} from '../hooks/use-terminal-size.js';
import {LearnWithExport} from '../screens/learn-with-export.js';
import {LessonScreen, lessonLines} from '../screens/lesson-screen.js';
import type {LessonCatalog} from './lesson-types.js';
import {PracticeScreen} from '../screens/practice/practice-screen.js';
import type {PracticeState} from '../screens/practice/practice-state.js';
import {PresetPicker} from '../screens/preset-picker.js';
import {standardPorts, type CompareWithPreset, type PresetChoice} from './presets-default.js';
import {RegionPicker} from '../screens/region-picker.js';
import {ProbeSession} from '../probe/probe-session.js';
import {DiscoveryScreen} from '../screens/discovery-screen.js';
import {Question} from '../probe/login-flow.js';
import type {AppServices, DiscoveryView, ProbeRequest} from './services.js';
import {useTheme} from '../theme.js';

/** One screen on the stack. */
export type Screen =
	| {readonly name: 'home'}
	| {readonly name: 'custom'}
	| {readonly name: 'find'}
	| {readonly name: 'discover'; readonly target: string; readonly view?: DiscoveryView}
	| {readonly name: 'providers'}
	| {readonly name: 'region'; readonly presetId: string}
	| {readonly name: 'learn'}
	| {readonly name: 'lesson'; readonly id: string}
	| {readonly name: 'probe'; readonly request: ProbeRequest}
	| {readonly name: 'detail'; readonly port: number}
	| {readonly name: 'practice'; readonly state?: PracticeState};

export type AppProps = {
	readonly services: AppServices;
	readonly tracker: SettleTracker;
	/** Open straight into this probe (smtp-doctor HOST, smtp-doctor --lab). */
	readonly initialRequest?: ProbeRequest;
	/** Open straight into discovery for this address (smtp-doctor you@example.com). */
	readonly initialDiscovery?: string;
	/** Open straight into the practice (smtp-doctor practice). */
	readonly isPracticeFirst?: boolean;
	/** Called once with the exit code before the app unmounts. */
	readonly onExit: (code: number) => void;
};

const footerKeys = {
	home: 'footer.home',
	providers: 'footer.providers',
	region: 'footer.region',
	custom: 'footer.custom',
	find: 'footer.find',
	discover: 'footer.discover',
	learn: 'footer.learn',
	lesson: 'footer.lesson',
	probe: 'footer.probe',
	detail: 'footer.detail',
	practice: 'footer.practice',
} as const satisfies Record<Screen['name'], string>;

/** Builds the probe request for a Home choice (presets probe all four ports; ones the provider does not offer show grey). */
export function requestFor(
	choice: HomeChoice,
	presets: readonly PresetChoice[],
	t: Translator,
	compare?: CompareWithPreset,
): ProbeRequest | undefined {
	if (choice.kind === 'lab') {
		return {
			host: labHostName,
			ports: [...standardPorts],
			lab: choice.scenario,
			title: t(choice.scenario === 'provider-like' ? 'lab.providerLike' : 'lab.classicMistakes'),
			authHint: t('lab.authHint'),
		};
	}

	if (choice.kind === 'preset') {
		const preset = presets.find((item) => item.id === choice.presetId);
		if (!preset) {
			return undefined;
		}

		const region = preset.regions?.find((item) => item.id === choice.regionId);
		return {
			host: region?.host ?? preset.host,
			ports: preset.ports,
			notOfferedPorts: preset.notOfferedPorts,
			authHint: preset.authHint,
			title: region ? `${preset.label} (${region.label})` : preset.label,
			...(compare && preset.claims
				? {
						preset: {
							name: preset.label,
							claims: preset.claims,
							unconfirmed: preset.unconfirmed ?? [],
							compare,
						},
					}
				: {}),
		};
	}

	return undefined;
}

function CustomHostScreen({
	isActive,
	onSubmit,
}: {
	readonly isActive: boolean;
	readonly onSubmit: (target: {readonly host: string; readonly ports: readonly number[]}) => void;
}) {
	const form = useCustomHostForm(isActive, onSubmit);
	return <CustomHostForm form={form} isFocused={isActive} />;
}

function LessonContainer({
	lessons,
	id,
	isActive,
	width,
	height,
}: {
	readonly lessons?: LessonCatalog;
	readonly id: string;
	readonly isActive: boolean;
	readonly width: number;
	readonly height: number;
}) {
	const {t} = useLanguage();
	const lesson = lessons?.lessons.find((item) => item.id === id);
	const lines = lesson
		? lessonLines(lesson, width)
		: [{text: lessons ? t('learn.noLesson', {id}) : t('probe.loadingLesson')}];
	const offset = useScroll(lines.length, height, isActive);
	return <LessonScreen lines={lines} offset={offset} height={height} width={width} />;
}

/** The interactive app (see the diagram above). */
export function App({
	services,
	tracker,
	initialRequest,
	initialDiscovery,
	isPracticeFirst,
	onExit,
}: AppProps) {
	const {exit} = useApp();
	const {isRawModeSupported} = useStdin();
	const theme = useTheme();
	const {columns, rows} = useTerminalSize();
	const [stack, setStack] = useState<readonly Screen[]>(() =>
		initialRequest
			? [{name: 'home'}, {name: 'probe', request: initialRequest}]
			: initialDiscovery
				? [{name: 'home'}, {name: 'discover', target: initialDiscovery}]
				: isPracticeFirst
					? [{name: 'home'}, {name: 'practice'}]
					: [{name: 'home'}],
	);
	const [isHelpOpen, setIsHelpOpen] = useState(false);
	// A login or test-message question is open in the probe session: it owns Esc and typing.
	const [isPrompting, setIsPrompting] = useState(false);
	const [message, setMessage] = useState<string>();
	const top = stack.at(-1) ?? {name: 'home'};
	const {lang, t, toggleLang} = useLanguage();
	const {loadLessons} = services;
	const loadLessonsInLang = useCallback(async () => loadLessons(lang), [loadLessons, lang]);
	const catalog = useLazy(
		services.loadPresets,
		top.name === 'home' || top.name === 'providers' || top.name === 'region',
	);
	const presets = catalog?.choices;
	const lessons = useLazy(
		loadLessonsInLang,
		top.name !== 'home' &&
			top.name !== 'custom' &&
			top.name !== 'providers' &&
			top.name !== 'region' &&
			top.name !== 'find' &&
			top.name !== 'discover',
	);
	const width = Math.max(20, columns);
	// Rows: content, a blank line, the message line and the footer.
	const contentHeight = Math.max(6, rows - 3);

	const push = useCallback((screen: Screen) => {
		setMessage(undefined);
		setStack((current) => [...current, screen]);
	}, []);
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
		isTyping:
			top.name === 'custom' || top.name === 'providers' || top.name === 'find' || isPrompting,
		onQuit: quit,
		onToggleHelp() {
			setIsHelpOpen((value) => !value);
		},
		onToggleLanguage: toggleLang,
		onBack() {
			if (isHelpOpen) {
				setIsHelpOpen(false);
				return;
			}

			if (isPrompting) {
				return;
			}

			setMessage(undefined);
			setStack((current) => (current.length > 1 ? current.slice(0, -1) : current));
		},
	});
	const isScreenActive = isInputReady && !isHelpOpen;

	const onHomeChoice = (choice: HomeChoice) => {
		if (choice.kind === 'quit') {
			quit(0);
		} else if (choice.kind === 'custom') {
			push({name: 'custom'});
		} else if (choice.kind === 'find') {
			push({name: 'find'});
		} else if (choice.kind === 'more-presets') {
			push({name: 'providers'});
		} else if (choice.kind === 'learn') {
			push({name: 'learn'});
		} else if (choice.kind === 'practice') {
			push({name: 'practice'});
		} else {
			const preset =
				choice.kind === 'preset' ? presets?.find((item) => item.id === choice.presetId) : undefined;
			if (choice.kind === 'preset' && choice.regionId === undefined && preset) {
				if ((preset.regions?.length ?? 0) > 1) {
					push({name: 'region', presetId: preset.id});
					return;
				}
			}

			const request = requestFor(choice, presets ?? [], t, catalog?.compare);
			if (request) {
				push({name: 'probe', request});
			}
		}
	};

	// Discovery finished: keep its result on its screen and probe the best candidate right away.
	const onDiscovered = useCallback((target: string, view: DiscoveryView) => {
		setStack((current) => {
			const index = current.findLastIndex(
				(screen) => screen.name === 'discover' && screen.target === target && !screen.view,
			);
			if (index === -1) {
				return current;
			}

			const next: Screen[] = [...current.slice(0, index), {name: 'discover', target, view}];
			const best = view.requests[0];
			return best ? [...next, {name: 'probe', request: {...best, isFromDiscovery: true}}] : next;
		});
	}, []);
	const showCandidates = useCallback(() => {
		setMessage(undefined);
		setStack((current) => {
			const index = current.findLastIndex((screen) => screen.name === 'discover');
			return index === -1 ? current : current.slice(0, index + 1);
		});
	}, []);

	const renderPlain = (screen: Screen) => {
		switch (screen.name) {
			case 'find': {
				return (
					<Question
						title={t('discovery.ask')}
						label={t('discovery.address')}
						initial=""
						hint={t('footer.find')}
						isActive={isScreenActive}
						validate={(value) =>
							/^[^\s@]+@[^\s@]+\.[^\s@]+$|^[^\s@]+\.[^\s@]+$/.test(value)
								? undefined
								: t('discovery.badAddress')
						}
						onSubmit={(target) => {
							setStack((current) => [...current.slice(0, -1), {name: 'discover', target}]);
						}}
						onCancel={() => undefined}
					/>
				);
			}

			case 'discover': {
				return (
					<DiscoveryScreen
						key={screen.target}
						target={screen.target}
						view={screen.view}
						discover={services.discover}
						isActive={isScreenActive}
						height={contentHeight}
						onResult={(view) => {
							onDiscovered(screen.target, view);
						}}
						onProbe={(index) => {
							const request = screen.view?.requests[index];
							if (request) {
								push({name: 'probe', request: {...request, isFromDiscovery: true}});
							}
						}}
					/>
				);
			}

			case 'custom': {
				return (
					<CustomHostScreen
						isActive={isScreenActive}
						onSubmit={(target) => {
							push({
								name: 'probe',
								request: {host: target.host, ports: target.ports, title: t('probe.customTitle')},
							});
						}}
					/>
				);
			}

			case 'providers': {
				return (
					<PresetPicker
						catalog={catalog}
						isFocused={isScreenActive}
						limit={Math.max(3, contentHeight - 2)}
						onChoose={(preset) => {
							onHomeChoice({kind: 'preset', presetId: preset.id});
						}}
					/>
				);
			}

			case 'region': {
				const preset = presets?.find((item) => item.id === screen.presetId);
				return preset ? (
					<RegionPicker
						preset={preset}
						isFocused={isScreenActive}
						limit={Math.max(3, contentHeight - 3)}
						onChoose={(regionId) => {
							onHomeChoice({kind: 'preset', presetId: preset.id, regionId});
						}}
					/>
				) : null;
			}

			case 'learn': {
				return (
					<LearnWithExport
						lessons={lessons?.lessons ?? []}
						isFocused={isScreenActive}
						limit={Math.max(3, contentHeight - 2)}
						onOpen={(id) => {
							push({name: 'lesson', id});
						}}
						exportHandout={services.exportHandout}
						onMessage={setMessage}
					/>
				);
			}

			case 'practice': {
				return services.loadPractice ? (
					<PracticeScreen
						loadPractice={services.loadPractice}
						describeVerdict={services.describeVerdict}
						tracker={tracker}
						state={screen.state}
						isActive={isScreenActive}
						width={width}
						height={contentHeight}
						onState={(state) => {
							setStack((current) =>
								current.map((entry) => (entry.name === 'practice' ? {...entry, state} : entry)),
							);
						}}
						onOpenLesson={(id) => {
							push({name: 'lesson', id});
						}}
					/>
				) : null;
			}

			case 'lesson': {
				return (
					<LessonContainer
						key={screen.id}
						lessons={lessons}
						id={screen.id}
						isActive={isScreenActive}
						width={width}
						height={contentHeight - 1}
					/>
				);
			}

			default: {
				return (
					<HomeScreen
						presets={presets}
						isFocused={isScreenActive}
						limit={Math.max(3, contentHeight - 3)}
						onChoose={onHomeChoice}
					/>
				);
			}
		}
	};

	const probeIndex = stack.findIndex((screen) => screen.name === 'probe');
	const probeScreen = stack[probeIndex];
	let body;
	if (probeScreen?.name === 'probe') {
		const view =
			top.name === 'probe'
				? ({name: 'table'} as const)
				: top.name === 'detail'
					? ({name: 'detail', port: top.port} as const)
					: ({name: 'other'} as const);
		body = (
			<ProbeSession
				request={probeScreen.request}
				services={services}
				tracker={tracker}
				view={view}
				isActive={isScreenActive}
				width={width}
				height={contentHeight}
				onOpenDetail={(port) => {
					push({name: 'detail', port});
				}}
				onOpenLesson={(id) => {
					push(id ? {name: 'lesson', id} : {name: 'learn'});
				}}
				onMessage={setMessage}
				onPromptChange={setIsPrompting}
				onShowCandidates={showCandidates}
				lessons={lessons}
			>
				{renderPlain(top)}
			</ProbeSession>
		);
	} else {
		body = renderPlain(top);
	}

	return (
		<Box flexDirection="column" width={width}>
			{isHelpOpen && <HelpOverlay width={width} />}
			{/* Hidden, never unmounted, under the help: the probe run, its lab, the selected row and
			    the open detail stay as they were. */}
			<Box display={isHelpOpen ? 'none' : 'flex'} flexDirection="column">
				{body}
			</Box>
			<Box marginTop={1} flexDirection="column">
				{message && (
					<Text color={theme.color('info')} wrap="truncate-end">
						{message}
					</Text>
				)}
				<Text color={theme.color('muted')} wrap="truncate-end">
					{isInputReady ? t(footerKeys[top.name]) : t('footer.noRawMode')}
				</Text>
			</Box>
		</Box>
	);
}
