// The real services behind the app: the engine, the verdict words, the lab, the complete
// lessons, the preset catalogue and the Markdown report, for one language and set of flags.
import type {AppOptions} from '../cli/app-options.js';
import {probeHost} from '../engine/index.js';
import {startLab} from '../lab/lab.js';
import {lessonCatalogView} from '../lessons/index.js';
import {formatMarkdownReport} from '../output/index.js';
import {getBuiltinPresets, presetProbeOptions} from '../presets/presets.js';
import type {Preset} from '../presets/schema.js';
import {describeVerdict} from '../verdicts/index.js';
import type {PresetChoice} from './presets-default.js';
import type {AppServices} from './services.js';

/** A catalogue preset as a Home choice. */
export function presetChoice(preset: Preset): PresetChoice {
	const probe = presetProbeOptions(preset);
	return {
		id: preset.id,
		label: preset.name,
		host: probe.host,
		ports: probe.ports,
		notOfferedPorts: probe.notOfferedPorts,
		authHint: `user name: ${preset.auth.user}; password: ${preset.auth.password}`,
	};
}

export function createServices(options: AppOptions): AppServices {
	const {lang} = options;
	return {
		probeHost,
		describeVerdict: (verdict) => describeVerdict(verdict, lang),
		startLab,
		lessons: lessonCatalogView(lang),
		presets: getBuiltinPresets().map((preset) => presetChoice(preset)),
		formatReport: (result) =>
			formatMarkdownReport(result, {describe: describeVerdict, lang, version: options.version}),
		baseOptions: {
			mode: options.mode,
			timeouts: options.timeouts,
			ehloName: options.ehlo,
			family: options.family,
			...(options.ca ? {ca: options.ca} : {}),
			...(options.dnsServer ? {dnsServer: options.dnsServer} : {}),
		},
	};
}
