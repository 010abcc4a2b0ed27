// `smtp-doctor presets [--json]`: the preset list, grouped, plus users' own presets. Pure
// output: the CLI prints `stdout`/`stderr` and exits with `exitCode`.
import {sanitizeText} from '../engine/sanitize.js';
import {encryptionLabel} from '../state/labels.js';
import type {Lang} from '../config/lang.js';
import {
	findPreset,
	getBuiltinPresets,
	mergePresets,
	searchPresets,
	PresetError,
	resolvePresetSpec,
	type PresetSelection,
} from './presets.js';
import type {Preset, PresetGroup, PresetPort} from './schema.js';
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
	/** An exact id shows that preset in full; anything else filters the list (id, name, host). */
	readonly query?: string;
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
		noMatch: (query: string) => `No preset matches "${query}" (smtp-doctor presets lists them all)`,
		details: 'Details: smtp-doctor presets ID',
		host: 'Host',
		regions2: 'Regions',
		ports: 'Ports',
		recommended: 'Recommended',
		basis: {
			provider: 'the provider says so',
			'third-party': 'only third parties say so',
			rfc8314: 'the provider ranks no port; implicit TLS per RFC 8314',
			'only-port': 'the only sourced port',
			user: 'your preset',
		},
		user: 'User name',
		password: 'Password',
		appPassword: 'needs an app password',
		oauthOnly: 'OAuth2 only (no password login)',
		authOff: 'SMTP AUTH is off until an administrator enables it',
		notes: 'Notes',
		unconfirmedFacts: 'Not confirmed',
		sources: 'Sources',
		checked: (date: string) => `checked ${date}`,
		email: 'Address domains',
		try: (id: string) => `Check it: smtp-doctor --preset ${id}`,
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
		noMatch: (query: string) =>
			`Tidak ada preset yang cocok dengan "${query}" (smtp-doctor presets menampilkan semuanya)`,
		details: 'Detail: smtp-doctor presets ID',
		host: 'Host',
		regions2: 'Wilayah',
		ports: 'Port',
		recommended: 'Disarankan',
		basis: {
			provider: 'menurut penyedia',
			'third-party': 'hanya menurut pihak ketiga',
			rfc8314: 'penyedia tidak memilih; TLS langsung sesuai RFC 8314',
			'only-port': 'satu-satunya port yang bersumber',
			user: 'preset Anda',
		},
		user: 'Nama pengguna',
		password: 'Kata sandi',
		appPassword: 'perlu sandi aplikasi',
		oauthOnly: 'hanya OAuth2 (tanpa login sandi)',
		authOff: 'SMTP AUTH mati sampai diaktifkan administrator',
		notes: 'Catatan',
		unconfirmedFacts: 'Belum terkonfirmasi',
		sources: 'Sumber',
		checked: (date: string) => `diperiksa ${date}`,
		email: 'Domain alamat',
		try: (id: string) => `Periksa: smtp-doctor --preset ${id}`,
	},
} as const;

/** Group headings for a preset list (the TUI's grouped, filterable list uses them too). */
export function presetGroupLabel(group: PresetGroup, lang: Lang = 'en'): string {
	return text[lang][group];
}

/** "465 SSL/TLS*" with the certainty marks of the legend. */
export function portLabel(port: PresetPort, recommendedPort: number): string {
	const mark = port.certainty === 'unconfirmed' ? '?' : port.certainty === 'third-party' ? '~' : '';
	const star = port.port === recommendedPort ? '*' : '';
	return `${port.port} ${encryptionLabel(port.encryption)}${mark}${star}`;
}

/** Keeps file-supplied text from steering the terminal (the engine's one sanitiser). */
function printable(value: string): string {
	return sanitizeText(value, {maxLength: 300});
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

const certaintyMark = {confirmed: '', 'third-party': ' ~', unconfirmed: ' ?'} as const;

/** Everything one preset says, for `smtp-doctor presets ID`. */
export function formatPresetDetails(preset: Preset, lang: Lang = 'en'): string {
	const words = text[lang];
	const p = printable;
	const lines = [`${p(preset.name)} (${p(preset.id)})`, `  ${words.host}: ${preset.host}`];
	if (preset.regions.length > 0) {
		lines.push(`  ${words.regions2}:`);
		const hostWidth = Math.max(...preset.regions.map((region) => region.host.length));
		for (const region of preset.regions) {
			const isDefault = region.id === preset.defaultRegion ? ' *' : '';
			lines.push(
				`    ${p(region.id).padEnd(16)} ${region.host.padEnd(hostWidth)}  ${p(region.label)}${certaintyMark[region.certainty]}${isDefault}`,
			);
		}
	}

	lines.push(`  ${words.ports}:`);
	for (const port of preset.ports) {
		lines.push(
			`    ${portLabel(port, preset.recommendedPort)}${port.note ? `  (${p(port.note)})` : ''}`,
		);
	}

	lines.push(
		`  ${words.recommended}: ${preset.recommendedPort} (${words.basis[preset.recommendedBasis]})`,
		`  ${words.user}: ${p(preset.auth.user)}`,
		`  ${words.password}: ${p(preset.auth.password)}`,
	);
	const flags = [
		...(preset.auth.isAppPasswordRequired ? [words.appPassword] : []),
		...(preset.auth.isOAuthOnly ? [words.oauthOnly] : []),
		...(preset.auth.isSmtpAuthOffByDefault ? [words.authOff] : []),
	];
	for (const line of [...flags, ...preset.auth.notes]) {
		lines.push(`    - ${p(line)}`);
	}

	if (preset.emailDomains.length > 0) {
		lines.push(`  ${words.email}: ${preset.emailDomains.map((domain) => p(domain)).join(', ')}`);
	}

	const list = (title: string, items: readonly string[]) => {
		if (items.length > 0) {
			lines.push(`  ${title}:`, ...items.map((item) => `    - ${p(item)}`));
		}
	};

	list(words.notes, preset.notes);
	list(words.unconfirmedFacts, preset.unconfirmed);
	list(
		`${words.sources}${preset.checked ? ` (${words.checked(preset.checked)})` : ''}`,
		preset.sources.map(
			(source) =>
				`${source.url}${source.kind === 'provider' ? '' : ` [${source.kind}]`}${source.date ? ` (${source.date})` : ''}`,
		),
	);
	lines.push('', text[lang].legend, words.try(p(preset.id)));
	return `${lines.join('\n')}\n`;
}

/**
 * `smtp-doctor presets [QUERY]`: the grouped list (filtered by QUERY), one preset in full
 * when QUERY is its exact id, or `--json` with every field.
 */
export async function runPresetsCommand(
	options: PresetsCommandOptions = {},
): Promise<CommandOutput> {
	const lang = options.lang ?? 'en';
	const {presets: all, user} = await loadAllPresets(options);
	const userIds = new Set(user.presets.map((preset) => preset.id));
	const query = options.query?.trim() ?? '';
	const exact = query === '' ? undefined : findPreset(query, all);
	const presets = exact ? [exact] : searchPresets(query, all);
	if (presets.length === 0) {
		return {
			stdout: '',
			stderr: `${problems(user)}smtp-doctor: ${text[lang].noMatch(printable(query).slice(0, 60))}\n`,
			exitCode: 1,
		};
	}

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

	if (exact) {
		return {stdout: formatPresetDetails(exact, lang), stderr: problems(user), exitCode: 0};
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

	lines.push(text[lang].legend, text[lang].usage, text[lang].details);
	if (query === '' && user.presets.length === 0 && user.errors.length === 0) {
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
