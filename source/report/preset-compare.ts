// What a provider preset says beside what the servers speak: "465 SSL/TLS (recommended): server
// agrees ✓". Part of the Diagnosis, so the plain report, the Markdown report and the TUI say
// the same, and a comparison is only "not known yet" while its port still runs.
import type {DetectedEncryption} from '../engine/types.js';
import type {PortExpectation} from '../config/preset-probe.js';

/**
 * How what a server really speaks compares with what the preset says:
 * `agrees`; `better` (preset says plain, the server offers STARTTLS); `differs`;
 * `not-listed` (the preset does not list the port); `unknown` (the probe could not tell).
 */
export type PresetAgreement = 'agrees' | 'better' | 'differs' | 'not-listed' | 'unknown';

/** Compares one port's detected encryption with the preset's expectation. */
export function presetAgreement(
	expected: readonly PortExpectation[],
	port: number,
	detected: DetectedEncryption,
): PresetAgreement {
	const expectation = expected.find((item) => item.port === port);
	if (!expectation) {
		return 'not-listed';
	}

	if (detected === 'unknown') {
		return 'unknown';
	}

	if (detected === expectation.encryption) {
		return 'agrees';
	}

	return expectation.encryption === 'none' && detected === 'starttls' ? 'better' : 'differs';
}

/** What a run takes from a preset to compare with (a `--preset` or the app's picked preset). */
export type PresetExpectations = {
	readonly id?: string;
	readonly name: string;
	readonly expected: readonly PortExpectation[];
	/** Standard ports the provider does not list (probed anyway). */
	readonly notOfferedPorts?: readonly number[];
	/** Facts about the preset that no source confirms, said as such. */
	readonly unconfirmed?: readonly string[];
};
