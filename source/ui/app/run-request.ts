// The one place that turns what the user picked (a lab, a preset and its region, a host from
// the command line or the custom host form) into the run the probe screen starts.
import type {PresetProbeOptions} from '../../config/preset-probe.js';
import type {Translator} from '../../i18n/translate.js';
import {labHostName, type LabScenario} from '../../lab/scenarios.js';
import {standardPorts, type CompareWithPreset, type PresetChoice} from './presets-default.js';
import type {ProbeRequest} from './services.js';

/** What to run. */
export type RunTarget =
	| {readonly kind: 'lab'; readonly scenario: LabScenario}
	| {
			readonly kind: 'preset';
			readonly preset: PresetChoice;
			readonly regionId?: string;
			/** Compares the servers with the preset's claims (from the loaded catalogue). */
			readonly compare?: CompareWithPreset;
	  }
	| {
			/** `--preset ID` on the command line (optionally with HOST: the preset's expectations, that host). */
			readonly kind: 'preset-probe';
			readonly probe: PresetProbeOptions;
			readonly host?: string;
			/** `--ports` when given (else the preset's). */
			readonly ports?: readonly number[];
			readonly compare?: CompareWithPreset;
	  }
	| {
			readonly kind: 'host';
			readonly host: string;
			readonly ports: readonly number[];
			readonly notOfferedPorts?: readonly number[];
			readonly title?: string;
	  };

/** The lab's title in the user's language. */
export function labTitle(scenario: LabScenario, t: Translator): string {
	return t(scenario === 'provider-like' ? 'lab.providerLike' : 'lab.classicMistakes');
}

/** The probe request for `target`. */
export function runRequest(target: RunTarget, t: Translator): ProbeRequest {
	switch (target.kind) {
		case 'lab': {
			return {
				host: labHostName,
				ports: [...standardPorts],
				lab: target.scenario,
				title: labTitle(target.scenario, t),
				authHint: t('lab.authHint'),
			};
		}

		case 'preset': {
			const {preset, compare} = target;
			const region = preset.regions?.find((item) => item.id === target.regionId);
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

		case 'preset-probe': {
			const {probe, compare} = target;
			const host = target.host ?? probe.host;
			return {
				host,
				ports: target.ports ?? probe.ports,
				notOfferedPorts: probe.notOfferedPorts,
				title: host === probe.host ? probe.presetName : `${probe.presetName} · ${host}`,
				...(compare
					? {
							preset: {
								name: probe.presetName,
								claims: probe.expected.map((claim) => ({
									port: claim.port,
									encryption: claim.encryption,
									certainty: claim.certainty,
									isRecommended: claim.isRecommended,
								})),
								unconfirmed: [],
								compare,
							},
						}
					: {}),
			};
		}

		case 'host': {
			return {
				host: target.host,
				ports: target.ports,
				title: target.title ?? target.host,
				...(target.notOfferedPorts ? {notOfferedPorts: target.notOfferedPorts} : {}),
			};
		}
	}
}
