// `smtp-doctor presets [--json]`: the preset list, grouped, plus users' own presets. Pure
// output: the CLI prints `stdout`/`stderr` and exits with `exitCode`.
import type {Lang} from '../i18n/lang.js';
import {
	getBuiltinPresets,
	mergePresets,
	PresetError,
	resolvePresetSpec,
	type PresetSelection,
} from './presets.js';
import type {Preset, PresetEncryption, PresetGroup, PresetPort} from './schema.js';
import {loadUserPresets, type UserPresetsResult} from './user-presets.js';

/** What a command function hands back to the CLI. */
export type CommandOutput = {
	readonly stdout: string;
	readonly stderr: string;
	readonly exitCode: number;
};

export type PresetsCommandOptions = {
	readonly json?: boolean;
	readonly lang?: Lang;
	/** Environment for locating presets.json (default process.env). */
	readonly env?: NodeJS.ProcessEnv;
	/** Explicit presets.json path (tests). */
	readonly userPresetsPath?: string;
};

const text = {
	en: {
		mailbox: 'Mailbox providers',
		sending: 'Sending services',
		custom: 'Your presets',
		regions: (count: number) => `+${count} region${count === 1 ? '' : 's'}`,
		legend:
			'* recommended   ~ named only by third parties   ? unconfirmed   SSL/TLS = implicit TLS, STARTTLS = plain then upgrade',
		usage:
			'Use one: smtp-doctor --preset ID[:REGION]   (details and regions: smtp-doctor presets --json)',
		noUserFile: (file: string) => `Your own presets go in ${file}`,
	},
	id: {
		mailbox: 'Penyedia kotak surat',
		sending: 'Layanan pengiriman',
		custom: 'Preset Anda',
		regions: (count: number) => `+${count} wilayah`,
		legend:
			'* disarankan   ~ hanya disebut pihak ketiga   ? belum terkonfirmasi   SSL/TLS = TLS langsung, STARTTLS = teks biasa lalu dienkripsi',
		usage:
			'Pakai: smtp-doctor --preset ID[:WILAYAH]   (detail dan wilayah: smtp-doctor presets --json)',
		noUserFile: (file: string) => `Preset Anda sendiri disimpan di ${file}`,
	},
} as const;

/** Group headings for a preset list (the TUI's grouped, filterable list uses them too). */
export function presetGroupLabel(group: PresetGroup, lang: Lang = 'en'): string {
	return text[lang][group];
}

/** How the preset list names an encryption (the words mail clients show). */
export function encryptionLabel(encryption: PresetEncryption): string {
	switch (encryption) {
		case 'implicit-tls': {
			return 'SSL/TLS';
		}

		case 'starttls': {
			return 'STARTTLS';
		}

		case 'none': {
			return 'plain';
		}
	}
}

/** "465 SSL/TLS*" with the certainty marks of the legend. */
export function portLabel(port: PresetPort, recommendedPort: number): string {
	const mark = port.certainty === 'unconfirmed' ? '?' : port.certainty === 'third-party' ? '~' : '';
	const star = port.port === recommendedPort ? '*' : '';
	return `${port.port} ${encryptionLabel(port.encryption)}${mark}${star}`;
}

/** Keeps file-supplied text from steering the terminal. */
function printable(value: string): string {
	return value.replaceAll(/[\u0000-\u001F\u007F-\u009F]/g, '?');
}

type Widths = {readonly id: number; readonly name: number; readonly host: number};

function presetLine(preset: Preset, widths: Widths, lang: Lang): string {
	const ports = [...preset.ports]
		.sort((a, b) =>
			a.port === preset.recommendedPort ? -1 : b.port === preset.recommendedPort ? 1 : 0,
		)
		.map((port) => portLabel(port, preset.recommendedPort))
		.join(', ');
	const regions =
		preset.regions.length > 1 ? `  ${text[lang].regions(preset.regions.length - 1)}` : '';
	return `  ${printable(preset.id).padEnd(widths.id)}  ${printable(preset.name).padEnd(widths.name)}  ${preset.host.padEnd(widths.host)}  ${ports}${regions}`;
}

/** Built-in and user presets together, with what went wrong loading the user file. */
export async function loadAllPresets(
	options: {readonly env?: NodeJS.ProcessEnv; readonly userPresetsPath?: string} = {},
): Promise<{readonly presets: readonly Preset[]; readonly user: UserPresetsResult}> {
	const builtin = getBuiltinPresets();
	const user = await loadUserPresets({
		...(options.userPresetsPath === undefined ? {} : {path: options.userPresetsPath}),
		...(options.env === undefined ? {} : {env: options.env}),
		builtinIds: builtin.map((preset) => preset.id),
	});
	return {presets: mergePresets(builtin, user.presets), user};
}

function problems(user: UserPresetsResult): string {
	return user.errors.map((line) => `smtp-doctor: ${printable(line)}\n`).join('');
}

/** `smtp-doctor presets`: the grouped list, or `--json` with every field. */
export async function runPresetsCommand(
	options: PresetsCommandOptions = {},
): Promise<CommandOutput> {
	const lang = options.lang ?? 'en';
	const {presets, user} = await loadAllPresets(options);
	const userIds = new Set(user.presets.map((preset) => preset.id));
	if (options.json) {
		const payload = {
			schemaVersion: 1,
			userPresetsPath: user.path,
			userPresetErrors: user.errors,
			presets: presets.map((preset) => ({
				...preset,
				origin: userIds.has(preset.id) ? 'user' : 'builtin',
			})),
		};
		return {stdout: `${JSON.stringify(payload, null, 2)}\n`, stderr: problems(user), exitCode: 0};
	}

	const widths: Widths = {
		id: Math.max(...presets.map((preset) => preset.id.length)),
		name: Math.min(34, Math.max(...presets.map((preset) => preset.name.length))),
		host: Math.min(34, Math.max(...presets.map((preset) => preset.host.length))),
	};
	const groups: PresetGroup[] = ['mailbox', 'sending', 'custom'];
	const lines: string[] = [];
	for (const group of groups) {
		const members = presets.filter((preset) =>
			group === 'custom'
				? userIds.has(preset.id)
				: preset.group === group && !userIds.has(preset.id),
		);
		if (members.length === 0) {
			continue;
		}

		const heading =
			group === 'custom' ? `${text[lang].custom} (${printable(user.path)})` : text[lang][group];
		lines.push(heading, ...members.map((preset) => presetLine(preset, widths, lang)), '');
	}

	lines.push(text[lang].legend, text[lang].usage);
	if (user.presets.length === 0 && user.errors.length === 0) {
		lines.push(text[lang].noUserFile(printable(user.path)));
	}

	return {stdout: `${lines.join('\n')}\n`, stderr: problems(user), exitCode: 0};
}

/** `--preset ID[:REGION]` resolved against built-in and user presets; errors as one line. */
export async function resolvePresetOption(
	spec: string,
	options: {readonly env?: NodeJS.ProcessEnv; readonly userPresetsPath?: string} = {},
): Promise<
	| {readonly ok: true; readonly selection: PresetSelection; readonly warnings: readonly string[]}
	| {readonly ok: false; readonly error: string; readonly warnings: readonly string[]}
> {
	const {presets, user} = await loadAllPresets(options);
	const warnings = user.errors.map((line) => printable(line));
	try {
		return {ok: true, selection: resolvePresetSpec(spec, presets), warnings};
	} catch (error) {
		if (error instanceof PresetError) {
			return {ok: false, error: error.message, warnings};
		}

		throw error;
	}
}
