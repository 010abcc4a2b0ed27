// What a run takes from a provider preset: the host, ports and the expectations to compare the
// results with. Plain types here, below every floor that reads them (run options, the diagnosis,
// the UI); presets/ builds them from its zod-checked catalogue.

/** Encryption a preset names for a port. */
export type PresetEncryption = 'implicit-tls' | 'starttls' | 'none';

/**
 * How well a fact is backed: `confirmed` (provider page or a maintained client database),
 * `third-party` (only blogs, tutorials, other people's configs), `unconfirmed` (no source found).
 */
export type Certainty = 'confirmed' | 'third-party' | 'unconfirmed';

/** A provider region as a run sees it. */
export type PresetRegionInfo = {
	readonly id: string;
	readonly label: string;
	readonly host: string;
	readonly certainty: Certainty;
	readonly emailDomains: readonly string[];
};

/** What a preset expects of one port, for "preset says 465 SSL — server agrees". */
export type PortExpectation = {
	readonly port: number;
	readonly encryption: PresetEncryption;
	readonly certainty: Certainty;
	readonly note?: string;
	readonly isRecommended: boolean;
};

/** Everything a probe needs from a preset, plus what to compare the results with. */
export type PresetProbeOptions = {
	readonly presetId: string;
	readonly presetName: string;
	readonly host: string;
	readonly region?: PresetRegionInfo;
	/** The four standard ports, then any other port the preset offers, ascending. */
	readonly ports: readonly number[];
	/** Standard ports the provider does not list: a failure there is `not-offered-by-provider` (info). */
	readonly notOfferedPorts: readonly number[];
	/** Listed ports only unconfirmed sources name: a failure there is worth less than a confirmed one. */
	readonly unconfirmedPorts: readonly number[];
	readonly expected: readonly PortExpectation[];
	readonly recommendedPort: number;
};
