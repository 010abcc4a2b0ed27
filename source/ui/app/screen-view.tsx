// Draws the screen on top of the stack (all but the probe session's own, see app.tsx). Each
// list starts on the row its stack entry remembers and reports where the cursor goes.
import type {Dispatch} from 'react';
import {useLanguage} from '../../i18n/language-context.js';
import {Question} from '../probe/login-flow.js';
import {CustomHostForm} from '../screens/custom-host-form.js';
import {DiscoveryScreen} from '../screens/discovery-screen.js';
import {ExplainScreen} from '../screens/explain-screen.js';
import {HomeScreen, type HomeChoice} from '../screens/home-screen.js';
import {LearnWithExport} from '../screens/learn-with-export.js';
import {LessonScreen, lessonLines} from '../screens/lesson-screen.js';
import {PracticeScreen} from '../screens/practice/practice-screen.js';
import {PresetPicker} from '../screens/preset-picker.js';
import {RegionPicker} from '../screens/region-picker.js';
import {useCustomHostForm} from '../hooks/use-custom-host-form.js';
import type {SettleTracker} from '../hooks/use-probe-run.js';
import {useScroll} from '../hooks/use-scroll.js';
import type {AppAction, StackEntry} from './app-state.js';
import type {LessonCatalog} from './lesson-types.js';
import type {PresetCatalogView} from './presets-default.js';
import {runRequest} from './run-request.js';
import type {AppServices} from './services.js';

export type ScreenViewProps = {
	readonly entry: StackEntry;
	readonly services: AppServices;
	readonly catalog?: PresetCatalogView;
	readonly lessons?: LessonCatalog;
	readonly isActive: boolean;
	readonly width: number;
	/** Rows for the screen (the footer is drawn below it). */
	readonly height: number;
	readonly dispatch: Dispatch<AppAction>;
	readonly onChoose: (choice: HomeChoice) => void;
	/** What must settle before the app exits (the practice's lab servers). */
	readonly tracker: SettleTracker;
};

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

const addressPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$|^[^\s@]+\.[^\s@]+$/;

/** The screen of `entry` (see the top of this file). */
export function ScreenView({
	entry,
	services,
	catalog,
	lessons,
	isActive,
	width,
	height,
	dispatch,
	onChoose,
	tracker,
}: ScreenViewProps) {
	const {t} = useLanguage();
	const {screen} = entry;
	const rememberCursor = (cursor: number) => {
		dispatch({type: 'remember-cursor', cursor});
	};

	switch (screen.name) {
		case 'find': {
			return (
				<Question
					title={t('discovery.ask')}
					label={t('discovery.address')}
					initial=""
					hint={t('discovery.askHint')}
					isActive={isActive}
					validate={(value) => (addressPattern.test(value) ? undefined : t('discovery.badAddress'))}
					onSubmit={(target) => {
						dispatch({type: 'replace-screen', screen: {name: 'discover', target}});
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
					isActive={isActive}
					height={height}
					initialIndex={entry.cursor}
					onHighlight={rememberCursor}
					onResult={(view) => {
						dispatch({type: 'discovery-finished', target: screen.target, view});
					}}
					onProbe={(index) => {
						const request = screen.view?.requests[index];
						if (request) {
							dispatch({
								type: 'open-screen',
								screen: {name: 'probe', request: {...request, isFromDiscovery: true}},
							});
						}
					}}
				/>
			);
		}

		case 'custom': {
			return (
				<CustomHostScreen
					isActive={isActive}
					onSubmit={(target) => {
						dispatch({
							type: 'open-screen',
							screen: {
								name: 'probe',
								request: runRequest(
									{
										kind: 'host',
										host: target.host,
										ports: target.ports,
										title: t('probe.customTitle'),
									},
									t,
								),
							},
						});
					}}
				/>
			);
		}

		case 'providers': {
			return (
				<PresetPicker
					catalog={catalog}
					isFocused={isActive}
					limit={Math.max(3, height - 2)}
					initialQuery={entry.query}
					onQueryChange={(query) => {
						dispatch({type: 'remember-query', query});
					}}
					onChoose={(preset) => {
						onChoose({kind: 'preset', presetId: preset.id});
					}}
				/>
			);
		}

		case 'region': {
			const preset = catalog?.choices.find((item) => item.id === screen.presetId);
			return preset ? (
				<RegionPicker
					preset={preset}
					isFocused={isActive}
					limit={Math.max(3, height - 3)}
					initialIndex={entry.cursor}
					onHighlight={rememberCursor}
					onChoose={(regionId) => {
						onChoose({kind: 'preset', presetId: preset.id, regionId});
					}}
				/>
			) : null;
		}

		case 'learn': {
			return (
				<LearnWithExport
					lessons={lessons?.lessons}
					isFocused={isActive}
					limit={Math.max(3, height - 2)}
					initialIndex={entry.cursor}
					onHighlight={rememberCursor}
					onOpen={(id) => {
						dispatch({type: 'open-screen', screen: {name: 'lesson', id}});
					}}
					exportHandout={services.exportHandout}
					onMessage={(message) => {
						dispatch({type: 'show-message', message});
					}}
				/>
			);
		}

		case 'lesson': {
			return (
				<LessonContainer
					key={screen.id}
					lessons={lessons}
					id={screen.id}
					isActive={isActive}
					width={width}
					height={height - 1}
				/>
			);
		}

		case 'home': {
			return (
				<HomeScreen
					presets={catalog?.choices}
					isFocused={isActive}
					// Title, subtitle, a blank line, and the "↓ N more" row when the list is cut.
					limit={Math.max(3, height - 4)}
					initialIndex={entry.cursor}
					onHighlight={rememberCursor}
					onChoose={onChoose}
				/>
			);
		}

		case 'explain': {
			return (
				<ExplainScreen
					{...(screen.text === undefined ? {} : {text: screen.text})}
					{...(screen.draft === undefined ? {} : {draft: screen.draft})}
					isActive={isActive}
					width={width}
					height={height}
					onSubmit={(text) => {
						dispatch({type: 'replace-screen', screen: {name: 'explain', text}});
					}}
					onEdit={(text) => {
						dispatch({type: 'replace-screen', screen: {name: 'explain', draft: text}});
					}}
				/>
			);
		}

		case 'practice': {
			return services.loadPractice ? (
				<PracticeScreen
					loadPractice={services.loadPractice}
					tracker={tracker}
					state={screen.state}
					isActive={isActive}
					width={width}
					height={height}
					onState={(state) => {
						dispatch({type: 'practice-changed', state});
					}}
					onOpenLesson={(id) => {
						dispatch({type: 'open-screen', screen: {name: 'lesson', id}});
					}}
				/>
			) : null;
		}

		// The probe session draws these itself (app.tsx).
		case 'probe':
		case 'detail':
		case 'clients':
		case 'client': {
			return null;
		}
	}
}
