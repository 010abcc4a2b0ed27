// Lookup, search and probe options for presets. Pure functions over data; no I/O here.
import {sanitizeText} from '../engine/sanitize.js';
import {catalogue, mxHints} from './catalogue.js';
import {applyPresetDefaults} from './defaults.js';
import type {PresetProbeOptions} from '../config/preset-probe.js';
import type {MxHint, Preset, PresetGroup, PresetRegion} from './schema.js';

/** The ports every check looks at, whatever the preset says. */
export const standardPorts: readonly number[] = [25, 465, 587, 2525];

/** A preset problem the user caused (unknown id or region): shown as a one-line error. */
export class PresetError extends Error {
	override name = 'PresetError';
}

let builtins: readonly Preset[] | undefined;

/**
 * The built-in presets in catalogue order (Hostinger first), defaults filled in. The tests
 * validate the catalogue against the schema, so startup does not have to load zod.
 */
export function getBuiltinPresets(): readonly Preset[] {
	builtins ??= catalogue.map((input) => applyPresetDefaults(input));
	return builtins;
}

/**
 * Built-ins plus user presets. A user preset with a built-in's id replaces it in place
 * (the user's file is the more specific, more recent knowledge); new ones come last.
 */
export function mergePresets(
	builtin: readonly Preset[],
	user: readonly Preset[],
): readonly Preset[] {
	const userById = new Map(user.map((preset) => [preset.id, preset]));
	const merged = builtin.map((preset) => userById.get(preset.id) ?? preset);
	const builtinIds = new Set(builtin.map((preset) => preset.id));
	return [...merged, ...user.filter((preset) => !builtinIds.has(preset.id))];
}

/** Presets by group, in display order (mailbox, sending, custom), empty groups left out. */
export function groupPresets(
	presets: readonly Preset[],
): ReadonlyArray<{readonly group: PresetGroup; readonly presets: readonly Preset[]}> {
	const order: readonly PresetGroup[] = ['mailbox', 'sending', 'custom'];
	return order
		.map((group) => ({group, presets: presets.filter((preset) => preset.group === group)}))
		.filter((entry) => entry.presets.length > 0);
}

/** The preset with this id (case-insensitive), or undefined. */
export function findPreset(
	id: string,
	presets: readonly Preset[] = getBuiltinPresets(),
): Preset | undefined {
	const wanted = id.trim().toLowerCase();
	return presets.find((preset) => preset.id === wanted);
}

/**
 * Presets whose id, name or host (including regional hosts) contain every word of the query,
 * case-insensitively. Matches at the start of the id or name come first; otherwise the
 * catalogue order is kept. An empty query returns everything.
 */
export function searchPresets(
	query: string,
	presets: readonly Preset[] = getBuiltinPresets(),
): readonly Preset[] {
	const words = query.toLowerCase().split(/\s+/).filter(Boolean);
	if (words.length === 0) {
		return presets;
	}

	const scored: Array<{preset: Preset; score: number; index: number}> = [];
	for (const [index, preset] of presets.entries()) {
		const id = preset.id.toLowerCase();
		const name = preset.name.toLowerCase();
		const hosts = [preset.host, ...preset.regions.map((region) => region.host)].map((host) =>
			host.toLowerCase(),
		);
		const haystack = [id, name, ...hosts];
		if (!words.every((word) => haystack.some((text) => text.includes(word)))) {
			continue;
		}

		const first = words[0]!;
		const score =
			id === first
				? 0
				: id.startsWith(first) || name.startsWith(first)
					? 1
					: name.split(/[\s/()-]+/).some((part) => part.startsWith(first))
						? 2
						: 3;
		scored.push({preset, score, index});
	}

	return scored.sort((a, b) => a.score - b.score || a.index - b.index).map((item) => item.preset);
}

/** Edit distance, for "did you mean" suggestions. */
function distance(a: string, b: string): number {
	let previous = Array.from({length: b.length + 1}, (_, index) => index);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			current[j] = Math.min(
				previous[j]! + 1,
				current[j - 1]! + 1,
				previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
			);
		}

		previous = current;
	}

	return previous[b.length]!;
}

/** Up to `limit` preset ids close to a mistyped one (substring matches first, then edit distance). */
export function closePresetIds(
	id: string,
	presets: readonly Preset[] = getBuiltinPresets(),
	limit = 3,
): readonly string[] {
	const wanted = id.trim().toLowerCase();
	if (wanted === '') {
		return [];
	}

	const bySearch = searchPresets(wanted, presets).map((preset) => preset.id);
	const byDistance = presets
		.map((preset) => ({
			id: preset.id,
			cost: Math.min(
				distance(wanted, preset.id),
				...preset.id.split('-').map((part) => distance(wanted, part)),
			),
		}))
		.filter((item) => item.cost <= Math.max(2, Math.floor(wanted.length / 3)))
		.sort((a, b) => a.cost - b.cost)
		.map((item) => item.id);
	return [...new Set([...bySearch, ...byDistance])].slice(0, limit);
}

export type {PortExpectation, PresetProbeOptions} from '../config/preset-probe.js';

/** Picks a region: by id, else the preset's default (the plain `host`). Throws PresetError for an unknown id. */
export function pickRegion(preset: Preset, regionId?: string): PresetRegion | undefined {
	if (regionId === undefined || regionId === '') {
		return preset.regions.find((region) => region.id === preset.defaultRegion);
	}

	const wanted = regionId.toLowerCase();
	const region = preset.regions.find((candidate) => candidate.id === wanted);
	if (region) {
		return region;
	}

	if (preset.regions.length === 0) {
		throw new PresetError(`preset "${preset.id}" has no regions (got "${regionId}")`);
	}

	throw new PresetError(
		`unknown region "${regionId}" for preset "${preset.id}"; regions: ${preset.regions.map((item) => item.id).join(', ')}`,
	);
}

/** Host, ports and expectations to probe a preset (optionally one of its regions) with. */
export function presetProbeOptions(preset: Preset, regionId?: string): PresetProbeOptions {
	const region = pickRegion(preset, regionId);
	const offered = new Set(preset.ports.map((port) => port.port));
	const extra = [...offered].filter((port) => !standardPorts.includes(port)).sort((a, b) => a - b);
	return {
		presetId: preset.id,
		presetName: preset.name,
		host: region?.host ?? preset.host,
		...(region ? {region} : {}),
		ports: [...standardPorts, ...extra],
		notOfferedPorts: standardPorts.filter((port) => !offered.has(port)),
		unconfirmedPorts: preset.ports
			.filter((port) => port.certainty === 'unconfirmed')
			.map((port) => port.port),
		expected: preset.ports.map((port) => ({
			port: port.port,
			encryption: port.encryption,
			certainty: port.certainty,
			...(port.note === undefined ? {} : {note: port.note}),
			isRecommended: port.port === preset.recommendedPort,
		})),
		recommendedPort: preset.recommendedPort,
	};
}

export {presetAgreement, type PresetAgreement} from '../report/preset-compare.js';

/** A `--preset ID[:REGION]` value split and resolved. */
export type PresetSelection = {
	readonly preset: Preset;
	readonly options: PresetProbeOptions;
};

/**
 * Resolves `--preset ID[:REGION]`. Unknown ids throw a PresetError naming close matches,
 * e.g. `unknown preset "hostingr"; did you mean: hostinger? (smtp-doctor presets lists all)`.
 */
export function resolvePresetSpec(
	spec: string,
	presets: readonly Preset[] = getBuiltinPresets(),
): PresetSelection {
	const trimmed = spec.trim();
	if (trimmed === '') {
		throw new PresetError('--preset needs a preset id (smtp-doctor presets lists them)');
	}

	const colon = trimmed.indexOf(':');
	const id = colon === -1 ? trimmed : trimmed.slice(0, colon);
	const region = colon === -1 ? undefined : trimmed.slice(colon + 1);
	const preset = findPreset(id, presets);
	if (!preset) {
		const close = closePresetIds(id, presets);
		const hint = close.length > 0 ? `; did you mean: ${close.join(', ')}?` : '';
		throw new PresetError(
			`unknown preset "${safeText(id)}"${hint} (smtp-doctor presets lists all)`,
		);
	}

	return {preset, options: presetProbeOptions(preset, region === '' ? undefined : region)};
}

/** The preset (and region) serving an address domain such as gmail.com or gmx.de. */
export function presetForEmailDomain(
	domain: string,
	presets: readonly Preset[] = getBuiltinPresets(),
): {readonly preset: Preset; readonly region?: string} | undefined {
	const wanted = domain.toLowerCase();
	for (const preset of presets) {
		const region = preset.regions.find((item) => item.emailDomains.includes(wanted));
		if (region) {
			return {preset, region: region.id};
		}

		if (preset.emailDomains.includes(wanted)) {
			return {preset};
		}
	}

	return undefined;
}

/** The MX hint for an MX host name: the longest suffix that matches on a label boundary. */
export function matchMxHost(
	mxHost: string,
	hints: readonly MxHint[] = mxHints,
): MxHint | undefined {
	const host = mxHost.toLowerCase().replace(/\.$/, '');
	let best: MxHint | undefined;
	for (const hint of hints) {
		const suffix = hint.suffix.toLowerCase();
		if (
			(host === suffix || host.endsWith(`.${suffix}`)) &&
			suffix.length > (best?.suffix.length ?? 0)
		) {
			best = hint;
		}
	}

	return best;
}

/** Keeps user-typed text printable in an error line. */
function safeText(text: string): string {
	return sanitizeText(text, {maxLength: 60});
}
