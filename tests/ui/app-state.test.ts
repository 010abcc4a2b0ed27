// The screen stack as a reducer: recorded actions in, the state out, no React.
import {describe, expect, it} from 'vitest';
import {
	appReducer,
	initialAppState,
	outcomeOfChoice,
	topEntry,
	topScreen,
	type AppAction,
	type AppState,
} from '../../source/ui/app/app-state.js';
import type {PresetChoice} from '../../source/ui/app/presets-default.js';
import type {DiscoveryView, ProbeRequest} from '../../source/ui/app/services.js';
import {screenTraits} from '../../source/ui/app/screens.js';
import {translator} from '../helpers/catalogue.js';

const t = translator('en');
const request: ProbeRequest = {host: 'smtp.example.test', ports: [465]};
const run = (actions: readonly AppAction[], state = initialAppState()): AppState =>
	actions.reduce(appReducer, state);
const names = (state: AppState) => state.stack.map((entry) => entry.screen.name);

describe('appReducer', () => {
	it('opens on Home, on a probe (HOST, --lab) or on discovery (an address)', () => {
		expect(names(initialAppState())).toEqual(['home']);
		expect(names(initialAppState({initialRequest: request}))).toEqual(['home', 'probe']);
		expect(names(initialAppState({initialDiscovery: 'you@example.test'}))).toEqual([
			'home',
			'discover',
		]);
	});

	it('goes back one screen at a time, never below Home, and clears the message', () => {
		const state = run([
			{type: 'open-screen', screen: {name: 'learn'}},
			{type: 'open-screen', screen: {name: 'lesson', id: 'ports'}},
			{type: 'show-message', message: 'Report saved'},
			{type: 'go-back'},
		]);
		expect(names(state)).toEqual(['home', 'learn']);
		expect(state.message).toBeUndefined();
		expect(names(run([{type: 'go-back'}, {type: 'go-back'}], state))).toEqual(['home']);
	});

	it('keeps the cursor and the search text of the screens below', () => {
		const state = run([
			{type: 'remember-cursor', cursor: 11},
			{type: 'open-screen', screen: {name: 'learn'}},
			{type: 'remember-cursor', cursor: 9},
			{type: 'open-screen', screen: {name: 'lesson', id: 'tenth'}},
			{type: 'go-back'},
		]);
		expect(topEntry(state)).toEqual({screen: {name: 'learn'}, cursor: 9});
		expect(run([{type: 'go-back'}], state).stack).toEqual([{screen: {name: 'home'}, cursor: 11}]);
		const search = run([
			{type: 'open-screen', screen: {name: 'providers'}},
			{type: 'remember-query', query: 'zoho'},
			{type: 'open-screen', screen: {name: 'region', presetId: 'zoho'}},
			{type: 'go-back'},
		]);
		expect(topEntry(search).query).toBe('zoho');
	});

	it('Esc closes the help first, and does nothing while a question is open', () => {
		const help = run([{type: 'open-screen', screen: {name: 'learn'}}, {type: 'toggle-help'}]);
		expect(help.isHelpOpen).toBe(true);
		const closed = run([{type: 'go-back'}], help);
		expect(closed.isHelpOpen).toBe(false);
		expect(names(closed)).toEqual(['home', 'learn']);
		const asking = run([{type: 'set-prompting', isPrompting: true}, {type: 'go-back'}], closed);
		expect(names(asking)).toEqual(['home', 'learn']);
	});

	it('"find" is replaced by its discovery, which probes the best candidate when it finishes', () => {
		const view = {
			result: {} as DiscoveryView['result'],
			requests: [request, {...request, host: 'mail.example.test'}],
		};
		const state = run([
			{type: 'open-screen', screen: {name: 'find'}},
			{type: 'replace-screen', screen: {name: 'discover', target: 'you@example.test'}},
			{type: 'discovery-finished', target: 'you@example.test', view},
		]);
		expect(names(state)).toEqual(['home', 'discover', 'probe']);
		expect(topScreen(state)).toEqual({name: 'probe', request: {...request, isFromDiscovery: true}});
		const back = run(
			[{type: 'open-screen', screen: {name: 'detail', port: 465}}, {type: 'show-candidates'}],
			state,
		);
		expect(names(back)).toEqual(['home', 'discover']);
		// A late result for a discovery no longer on screen changes nothing.
		expect(run([{type: 'discovery-finished', target: 'other@example.test', view}], back)).toBe(
			back,
		);
	});

	it('leaves the state untouched when nothing changes (no re-render)', () => {
		const state = initialAppState();
		expect(appReducer(state, {type: 'set-prompting', isPrompting: false})).toBe(state);
		expect(appReducer(state, {type: 'show-message'})).toBe(state);
		expect(appReducer(state, {type: 'go-back'})).toBe(state);
	});
});

describe('outcomeOfChoice', () => {
	const zoho: PresetChoice = {
		id: 'zoho',
		label: 'Zoho Mail',
		host: 'smtp.zoho.com',
		ports: [25, 465, 587, 2525],
		notOfferedPorts: [25, 2525],
		authHint: 'your address',
		regions: [
			{id: 'us', label: 'United States', host: 'smtp.zoho.com'},
			{id: 'eu', label: 'Europe', host: 'smtp.zoho.eu'},
		],
	};
	const catalog = {choices: [zoho]};

	it.each([
		[{kind: 'quit'}, {kind: 'quit'}],
		[{kind: 'custom'}, {kind: 'open', screen: {name: 'custom'}}],
		[{kind: 'more-presets'}, {kind: 'open', screen: {name: 'providers'}}],
		[
			{kind: 'preset', presetId: 'zoho'},
			{kind: 'open', screen: {name: 'region', presetId: 'zoho'}},
		],
		[{kind: 'preset', presetId: 'gone'}, {kind: 'none'}],
	] as const)('%o -> %o', (choice, outcome) => {
		expect(outcomeOfChoice(choice, catalog, t)).toEqual(outcome);
	});

	it('probes the region picked, titled with it, and the lab with its own title', () => {
		const outcome = outcomeOfChoice({kind: 'preset', presetId: 'zoho', regionId: 'eu'}, catalog, t);
		expect(outcome).toMatchObject({
			kind: 'open',
			screen: {name: 'probe', request: {host: 'smtp.zoho.eu', title: 'Zoho Mail (Europe)'}},
		});
		expect(outcomeOfChoice({kind: 'lab', scenario: 'classic-mistakes'}, catalog, t)).toMatchObject({
			screen: {
				request: {host: 'smtp.lab.test', lab: 'classic-mistakes', title: 'Lab: classic mistakes'},
			},
		});
	});
});

it('every screen names its footer, and only forms and searches take printable keys', () => {
	const typing = Object.entries(screenTraits)
		.filter(([, traits]) => traits.isTyping)
		.map(([name]) => name);
	// The error decoder's paste field is a form too.
	expect(typing.sort()).toEqual(['custom', 'explain', 'find', 'providers']);
	for (const traits of Object.values(screenTraits)) {
		expect(t(traits.footer)).not.toBe(traits.footer);
	}
});
