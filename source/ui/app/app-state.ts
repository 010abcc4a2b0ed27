// The app's screen stack as a reducer: typed kebab-case actions, no React, tested like one.
// Each entry remembers where its list cursor and its search text were, so going back returns
// to the row the user left (Learn -> lesson 10 -> Esc: the cursor is on lesson 10).
import type {Translator} from '../../i18n/translate.js';
import type {HomeChoice} from '../screens/home-screen.js';
import type {CompareWithPreset, PresetChoice} from './presets-default.js';
import {runRequest} from './run-request.js';
import type {PracticeState} from '../screens/practice/practice-state.js';
import type {Screen} from './screens.js';
import type {DiscoveryView, ProbeRequest} from './services.js';

/** A screen on the stack and what its list looked like when the user left it. */
export type StackEntry = {
	readonly screen: Screen;
	/** Index of the list row the cursor was on. */
	readonly cursor?: number;
	/** The search text (providers). */
	readonly query?: string;
};

export type AppState = {
	/** Never empty: Home at the bottom. */
	readonly stack: readonly StackEntry[];
	readonly isHelpOpen: boolean;
	/** A login or test-message question is open: it owns Esc and typing. */
	readonly isPrompting: boolean;
	/** The line under the screen ("Report saved to ..."). */
	readonly message?: string;
};

export type AppAction =
	| {readonly type: 'open-screen'; readonly screen: Screen}
	| {readonly type: 'replace-screen'; readonly screen: Screen}
	| {readonly type: 'go-back'}
	| {readonly type: 'toggle-help'}
	| {readonly type: 'set-prompting'; readonly isPrompting: boolean}
	| {readonly type: 'show-message'; readonly message?: string}
	| {readonly type: 'remember-cursor'; readonly cursor: number}
	| {readonly type: 'remember-query'; readonly query: string}
	| {readonly type: 'discovery-finished'; readonly target: string; readonly view: DiscoveryView}
	| {readonly type: 'show-candidates'}
	| {readonly type: 'practice-changed'; readonly state: PracticeState};

/** Where the app opens: Home, or a probe or a discovery on top of it. */
export function initialAppState(
	options: {
		readonly initialRequest?: ProbeRequest;
		readonly initialDiscovery?: string;
		/** `smtp-doctor practice`. */
		readonly isPracticeFirst?: boolean;
	} = {},
): AppState {
	const home: StackEntry = {screen: {name: 'home'}};
	const stack: StackEntry[] = options.initialRequest
		? [home, {screen: {name: 'probe', request: options.initialRequest}}]
		: options.initialDiscovery
			? [home, {screen: {name: 'discover', target: options.initialDiscovery}}]
			: options.isPracticeFirst
				? [home, {screen: {name: 'practice'}}]
				: [home];
	return {stack, isHelpOpen: false, isPrompting: false};
}

/** The screen on top. */
export function topScreen(state: AppState): Screen {
	return state.stack.at(-1)?.screen ?? {name: 'home'};
}

/** The entry on top (its remembered cursor and search text). */
export function topEntry(state: AppState): StackEntry {
	return state.stack.at(-1) ?? {screen: {name: 'home'}};
}

function withTop(state: AppState, change: Partial<StackEntry>): AppState {
	const top = state.stack.at(-1);
	return top ? {...state, stack: [...state.stack.slice(0, -1), {...top, ...change}]} : state;
}

export function appReducer(state: AppState, action: AppAction): AppState {
	switch (action.type) {
		case 'open-screen': {
			return {...state, message: undefined, stack: [...state.stack, {screen: action.screen}]};
		}

		case 'replace-screen': {
			return {
				...state,
				message: undefined,
				stack: [...state.stack.slice(0, -1), {screen: action.screen}],
			};
		}

		case 'go-back': {
			if (state.isHelpOpen) {
				return {...state, isHelpOpen: false};
			}

			if (state.isPrompting || state.stack.length <= 1) {
				return state;
			}

			return {...state, message: undefined, stack: state.stack.slice(0, -1)};
		}

		case 'toggle-help': {
			return {...state, isHelpOpen: !state.isHelpOpen};
		}

		case 'set-prompting': {
			return state.isPrompting === action.isPrompting
				? state
				: {...state, isPrompting: action.isPrompting};
		}

		case 'show-message': {
			return state.message === action.message ? state : {...state, message: action.message};
		}

		case 'remember-cursor': {
			return topEntry(state).cursor === action.cursor
				? state
				: withTop(state, {cursor: action.cursor});
		}

		case 'remember-query': {
			return withTop(state, {query: action.query});
		}

		case 'discovery-finished': {
			// Keep the result on its screen and probe the best candidate right away.
			const index = state.stack.findLastIndex(
				({screen}) => screen.name === 'discover' && screen.target === action.target && !screen.view,
			);
			if (index === -1) {
				return state;
			}

			const entry = state.stack[index]!;
			const stack: StackEntry[] = [
				...state.stack.slice(0, index),
				{...entry, screen: {name: 'discover', target: action.target, view: action.view}},
			];
			const best = action.view.requests[0];
			return {
				...state,
				stack: best
					? [...stack, {screen: {name: 'probe', request: {...best, isFromDiscovery: true}}}]
					: stack,
			};
		}

		case 'practice-changed': {
			// The practice's entry keeps its state, also while a lesson opened from it is on top.
			const index = state.stack.findLastIndex(({screen}) => screen.name === 'practice');
			const entry = state.stack[index];
			return entry
				? {
						...state,
						stack: state.stack.with(index, {
							...entry,
							screen: {name: 'practice', state: action.state},
						}),
					}
				: state;
		}

		case 'show-candidates': {
			const index = state.stack.findLastIndex(({screen}) => screen.name === 'discover');
			return index === -1
				? state
				: {...state, message: undefined, stack: state.stack.slice(0, index + 1)};
		}
	}
}

/** What a Home (or provider list) choice leads to. */
export type ChoiceOutcome =
	| {readonly kind: 'quit'}
	| {readonly kind: 'open'; readonly screen: Screen}
	| {readonly kind: 'none'};

/** The screen a Home choice opens (a preset with regions asks for the region first). */
export function outcomeOfChoice(
	choice: HomeChoice,
	catalog:
		{readonly choices: readonly PresetChoice[]; readonly compare?: CompareWithPreset} | undefined,
	t: Translator,
): ChoiceOutcome {
	switch (choice.kind) {
		case 'quit': {
			return {kind: 'quit'};
		}

		case 'explain':
		case 'custom':
		case 'find':
		case 'learn':
		case 'practice': {
			return {kind: 'open', screen: {name: choice.kind}};
		}

		case 'more-presets': {
			return {kind: 'open', screen: {name: 'providers'}};
		}

		case 'lab': {
			return {
				kind: 'open',
				screen: {name: 'probe', request: runRequest({kind: 'lab', scenario: choice.scenario}, t)},
			};
		}

		case 'preset': {
			const preset = catalog?.choices.find((item) => item.id === choice.presetId);
			if (!preset) {
				return {kind: 'none'};
			}

			if (choice.regionId === undefined && (preset.regions?.length ?? 0) > 1) {
				return {kind: 'open', screen: {name: 'region', presetId: preset.id}};
			}

			return {
				kind: 'open',
				screen: {
					name: 'probe',
					request: runRequest(
						{
							kind: 'preset',
							preset,
							...(choice.regionId === undefined ? {} : {regionId: choice.regionId}),
							...(catalog?.compare ? {compare: catalog.compare} : {}),
						},
						t,
					),
				},
			};
		}
	}
}
