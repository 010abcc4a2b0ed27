// `--preset ID[:REGION]` for the CLI: resolve it (built-in and user presets), fold it into the
// run options, and after the run say whether the server agrees with what the preset says.
import {sanitizeText} from '../engine/sanitize.js';
import type {AppOptions} from '../config/app-options.js';
import {UsageError} from '../config/usage-error.js';
import type {RunResult} from '../engine/types.js';
import type {Lang} from '../config/lang.js';
import {encryptionLabel} from '../state/labels.js';
import {resolvePresetOption} from '../presets/command.js';
import {presetAgreement, type PresetProbeOptions} from '../presets/presets.js';

/** A resolved `--preset`, with warnings about a broken presets.json (print them on stderr). */
export type PresetFlag = {
	readonly spec: string;
	readonly probe: PresetProbeOptions;
	readonly warnings: readonly string[];
};

/** Resolves `--preset`; an unknown id or region throws a UsageError naming close matches. */
export async function resolvePresetFlag(
	spec: string,
	env: NodeJS.ProcessEnv = process.env,
): Promise<PresetFlag> {
	const resolved = await resolvePresetOption(spec, {env});
	if (!resolved.ok) {
		throw new UsageError(`--preset: ${resolved.error}`);
	}

	return {
		spec,
		probe: resolved.selection.options,
		warnings: resolved.warnings,
	};
}

/**
 * Run options with the preset applied: its host when none was given, its ports unless
 * `--ports` was, and the ports it does not offer (failures there are info, not fail).
 */
export function applyPresetFlag(
	options: AppOptions,
	preset: PresetFlag,
	isPortsFlagGiven: boolean,
): AppOptions {
	return {
		...options,
		host: options.host ?? preset.probe.host,
		ports: isPortsFlagGiven ? options.ports : preset.probe.ports,
		notOfferedPorts: preset.probe.notOfferedPorts,
		preset: preset.spec,
		presetProbe: preset.probe,
	};
}

const words = {
	en: {
		title: (name: string) => `Preset ${name} says:`,
		agrees: 'server agrees ✓',
		better: 'server also offers STARTTLS ✓',
		differs: (detected: string) => `server speaks ${detected} ✗`,
		unknown: 'the probe could not tell',
		notListed: (port: number) => `port ${port}: not offered by this provider`,
		recommended: 'recommended',
		unconfirmed: 'unconfirmed',
		thirdParty: 'third-party source',
	},
	id: {
		title: (name: string) => `Menurut preset ${name}:`,
		agrees: 'server sesuai ✓',
		better: 'server juga menawarkan STARTTLS ✓',
		differs: (detected: string) => `server memakai ${detected} ✗`,
		unknown: 'pemeriksaan tidak dapat memastikan',
		notListed: (port: number) => `port ${port}: tidak disediakan penyedia ini`,
		recommended: 'disarankan',
		unconfirmed: 'belum terkonfirmasi',
		thirdParty: 'sumber pihak ketiga',
	},
} as const;

/** Lines like "465 SSL/TLS (recommended): server agrees ✓", for the plain report. */
export function formatPresetComparison(
	result: RunResult,
	probe: PresetProbeOptions,
	lang: Lang = 'en',
): string {
	if (result.resolveVerdict || result.isCancelled) {
		// Nothing was reached, so there is nothing to compare with the preset.
		return '';
	}

	const text = words[lang];
	const lines = [text.title(sanitizeText(probe.presetName, {maxLength: 200}))];
	for (const expectation of probe.expected) {
		const port = result.ports.find((item) => item.port === expectation.port);
		if (!port) {
			continue;
		}

		const agreement = presetAgreement(probe.expected, expectation.port, port.encryption);
		const verdict =
			agreement === 'agrees'
				? text.agrees
				: agreement === 'better'
					? text.better
					: agreement === 'differs'
						? text.differs(encryptionLabel(port.encryption))
						: text.unknown;
		const tags = [
			...(expectation.isRecommended ? [text.recommended] : []),
			...(expectation.certainty === 'unconfirmed' ? [text.unconfirmed] : []),
			...(expectation.certainty === 'third-party' ? [text.thirdParty] : []),
		];
		lines.push(
			`  ${expectation.port} ${encryptionLabel(expectation.encryption)}${tags.length > 0 ? ` (${tags.join(', ')})` : ''}: ${verdict}`,
		);
	}

	for (const port of probe.notOfferedPorts) {
		if (result.ports.some((item) => item.port === port)) {
			lines.push(`  ${text.notListed(port)}`);
		}
	}

	return `${lines.join('\n')}\n`;
}
