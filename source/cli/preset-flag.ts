// `--preset ID[:REGION]` for the CLI: resolve it (built-in and user presets), fold it into the
// run options, and after the run say whether the server agrees with what the preset says.
import type {AppOptions} from '../config/app-options.js';
import {UsageError} from '../config/usage-error.js';
import {resolvePresetOption} from '../presets/command.js';
import type {PresetProbeOptions} from '../presets/presets.js';

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
