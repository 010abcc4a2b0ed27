// Starts the interactive app on the real terminal and resolves with the exit code once it
// has quit and the terminal is restored. The CLI reaches this file only through a dynamic
// import, so the headless commands never load Ink or React.
import type {AppOptions} from '../../config/app-options.js';
import {createTranslator} from '../../i18n/translate.js';
import {labHostName, labTitles, type LabScenario} from '../../lab/scenarios.js';
import {standardPorts} from './presets-default.js';
import type {LoginDefaults} from '../../config/login-defaults.js';
import type {ProbeRequest} from './services.js';

export {createSettleTracker} from './settle-tracker.js';

/** The probe the app opens straight into, from the command line. */
export function initialRequestFor(
	options: AppOptions,
	labScenario: LabScenario = 'provider-like',
): ProbeRequest | undefined {
	if (options.lab) {
		return {
			host: labHostName,
			ports: [...standardPorts],
			lab: labScenario,
			title: labTitles[labScenario],
			authHint: createTranslator(options.lang)('lab.authHint'),
		};
	}

	if (options.presetProbe) {
		const probe = options.presetProbe;
		return {
			host: probe.host,
			ports: probe.ports,
			notOfferedPorts: probe.notOfferedPorts,
			title: probe.presetName,
		};
	}

	return options.host === undefined
		? undefined
		: {
				host: options.host,
				ports: options.ports,
				title: options.host,
				...(options.notOfferedPorts ? {notOfferedPorts: options.notOfferedPorts} : {}),
			};
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
		/** `smtp-doctor practice`: open the practice. */
		readonly isPractice?: boolean;
	} = {},
): Promise<number> {
	const {mountApp} = await importUi();
	return mountApp(
		options,
		initialRequestFor(options, extras.labScenario),
		extras.login,
		extras.discoverTarget,
		extras.isPractice,
	);
}
