// From a discovery candidate to what a probe run needs, so the TUI (or the CLI) can probe the
// best candidate right away and keep the others one key away.
import {presetProbeOptions, type PresetProbeOptions} from '../presets/presets.js';
import type {Preset} from '../presets/schema.js';
import type {DiscoveryCandidate} from './discover.js';

/** Host, ports and preset expectations for probing one candidate. */
export type CandidateRun = {
	readonly host: string;
	readonly ports: readonly number[];
	/** Present when the candidate is a provider preset: failures there are info, not fail. */
	readonly notOfferedPorts?: readonly number[];
	/** The preset's expectations, for "preset says 465 SSL/TLS: server agrees". */
	readonly presetProbe?: PresetProbeOptions;
};

/** The run for a candidate; preset candidates carry the preset's expectations. */
export function candidateRun(
	candidate: DiscoveryCandidate,
	presets: readonly Preset[],
): CandidateRun {
	const preset = candidate.presetId
		? presets.find((item) => item.id === candidate.presetId)
		: undefined;
	if (!preset) {
		return {host: candidate.host, ports: candidate.ports};
	}

	const probe = presetProbeOptions(preset, candidate.region);
	return {
		host: candidate.host,
		ports: probe.ports,
		notOfferedPorts: probe.notOfferedPorts,
		presetProbe: probe,
	};
}
