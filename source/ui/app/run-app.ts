// Starts the interactive app on the real terminal and resolves with the exit code once it
// has quit and the terminal is restored. The CLI reaches this file only through a dynamic
// import, so the headless commands never load Ink or React.
import type {AppOptions} from '../../config/app-options.js';
import {loadCatalogue} from '../../i18n/catalogue.js';
import type {Translator} from '../../i18n/translate.js';
import type {LabScenario} from '../../lab/scenarios.js';
import type {LoginDefaults} from '../../config/login-defaults.js';
import type {CompareWithPreset} from './presets-default.js';
import {runRequest} from './run-request.js';
import type {ProbeRequest} from './services.js';

export {createSettleTracker} from './settle-tracker.js';

/** The probe the app opens straight into, from the command line. */
export function initialRequestFor(
	options: AppOptions,
	t: Translator,
	labScenario: LabScenario = 'provider-like',
	compare?: CompareWithPreset,
): ProbeRequest | undefined {
	if (options.lab) {
		return runRequest({kind: 'lab', scenario: labScenario}, t);
	}

	if (options.presetProbe) {
		// `smtp-doctor HOST --preset ID`: HOST, with the preset's expectations.
		return runRequest(
			{
				kind: 'preset-probe',
				probe: options.presetProbe,
				...(options.host ? {host: options.host} : {}),
				ports: options.ports,
				...(compare ? {compare} : {}),
			},
			t,
		);
	}

	return options.host === undefined
		? undefined
		: runRequest(
				{
					kind: 'host',
					host: options.host,
					ports: options.ports,
					...(options.notOfferedPorts ? {notOfferedPorts: options.notOfferedPorts} : {}),
				},
				t,
			);
}

/** The presets' comparison (loaded only for `--preset`). */
async function presetComparison(): Promise<CompareWithPreset> {
	const {presetAgreement} = await import('../../presets/presets.js');
	return (claims, port, detected) =>
		presetAgreement(
			claims.map((claim) => ({...claim})),
			port,
			detected,
		);
}

/**
 * Imports Ink with `fetch` hidden: yoga-layout's Emscripten loader fetches its inline base64
 * WebAssembly through `fetch()` when it exists, which makes Node load undici first (tens of
 * milliseconds and megabytes before the first frame); without it the loader decodes the
 * string directly. `fetch` is put back as soon as the import has finished.
 */
async function importUi() {
	const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
	if (descriptor?.configurable) {
		Reflect.deleteProperty(globalThis, 'fetch');
	}

	try {
		return await import('./mount-app.js');
	} finally {
		if (descriptor?.configurable) {
			Object.defineProperty(globalThis, 'fetch', descriptor);
		}
	}
}

/** Renders the app, waits until it quits (q, Ctrl+C, SIGTERM) and returns the exit code. */
export async function runApp(
	options: AppOptions,
	extras: {
		readonly login?: LoginDefaults;
		/** `smtp-doctor you@example.com`: open in discovery for this address. */
		readonly discoverTarget?: string;
		/** `--lab classic`: the scenario to open. */
		readonly labScenario?: LabScenario;
		/** `--watch 30s`: run again this long after each run, until q. */
		readonly watchMs?: number;
		/** `smtp-doctor practice`: open the practice. */
		readonly isPractice?: boolean;
	} = {},
): Promise<number> {
	const [{mountApp}, catalogue, compare] = await Promise.all([
		importUi(),
		loadCatalogue(options.lang),
		// `--preset`: the table compares what the servers speak with what the preset says.
		options.presetProbe ? presetComparison() : undefined,
	]);
	const request = initialRequestFor(options, catalogue.t, extras.labScenario, compare);
	return mountApp(options, catalogue, request, {
		...(extras.login ? {login: extras.login} : {}),
		...(extras.discoverTarget ? {initialDiscovery: extras.discoverTarget} : {}),
		...(extras.watchMs ? {watchMs: extras.watchMs} : {}),
		...(extras.isPractice ? {isPracticeFirst: true} : {}),
	});
}
