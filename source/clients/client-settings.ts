// Builds the settings for one client from the diagnosis's recommended setting: picks the
// template lines whose conditions hold, fills in host, port and user (escaped for the snippet's
// language), and collects the notes that follow from the probe. Pure: no I/O, no environment,
// and never a secret (the input has none; snippets read SMTP_PASSWORD or show a placeholder).
import {clientCatalogue} from './catalogue.js';
import {clientTextsEn, type ClientTextKey} from './texts.en.js';
import {clientTextsId} from './texts.id.js';
import type {
	ClientEncryption,
	ClientEntry,
	ClientInput,
	ClientLang,
	ClientNote,
	ClientSettings,
	ClientTarget,
	EscapeStyle,
	LineCondition,
} from './types.js';

/** Shown where the user gave no login name (also the From and To address then). */
export const userPlaceholder = 'you@example.com';

/** Shown where a snippet cannot read the environment and the password has to be typed in. */
export const passwordPlaceholder = 'YOUR_SMTP_PASSWORD';

const texts: Readonly<Record<ClientLang, Readonly<Record<ClientTextKey, string>>>> = {
	en: clientTextsEn,
	id: clientTextsId,
};

/** Thrown for a client id the catalogue does not have. */
export class UnknownClientError extends Error {
	readonly clientId: string;

	constructor(clientId: string) {
		super(`unknown client "${clientId}"`);
		this.name = 'UnknownClientError';
		this.clientId = clientId;
	}
}

/** Options for `clientSettings`. */
export type ClientSettingsOptions = {
	readonly lang?: ClientLang;
	readonly catalogue?: readonly ClientEntry[];
};

/** The ids of every client, in catalogue order. */
export function clientIds(catalogue: readonly ClientEntry[] = clientCatalogue): readonly string[] {
	return catalogue.map((entry) => entry.id);
}

/** The catalogue entry of a client, or undefined. */
export function findClient(
	id: string,
	catalogue: readonly ClientEntry[] = clientCatalogue,
): ClientEntry | undefined {
	return catalogue.find((entry) => entry.id === id);
}

// Removes C0/C1 control characters and DEL: a name typed by the user must not break lines or
// reach a terminal as an escape sequence.
function stripControls(value: string): string {
	return value.replaceAll(/[\u0000-\u001F\u007F-\u009F]/g, '');
}

const escapers: Readonly<Record<EscapeStyle, (value: string) => string>> = {
	js: (value) => value.replaceAll(/[\\']/g, (c) => `\\${c}`),
	php: (value) => value.replaceAll(/[\\']/g, (c) => `\\${c}`),
	python: (value) => value.replaceAll(/[\\"]/g, (c) => `\\${c}`),
	shell: (value) => value.replaceAll(/[\\"$`]/g, (c) => `\\${c}`),
	dotenv: (value) => value.replaceAll(/[\\"$]/g, (c) => `\\${c}`),
	muttrc: (value) => value.replaceAll(/[\\"$`]/g, (c) => `\\${c}`),
	msmtp: (value) =>
		/[\s"\\#]/.test(value) ? `"${value.replaceAll(/[\\"]/g, (c) => `\\${c}`)}"` : value,
	plain: (value) => value,
};

function escapeValue(style: EscapeStyle, value: string): string {
	return escapers[style](stripControls(value));
}

// Percent-encodes everything but unreserved characters, so a user name is one safe URL part
// (encodeURIComponent leaves ' ( ) * ! as they are).
function encodeUrlPart(value: string): string {
	return encodeURIComponent(value).replaceAll(
		/[!'()*]/g,
		(c) => `%${c.codePointAt(0)?.toString(16).toUpperCase() ?? ''}`,
	);
}

function fill(text: string, values: Readonly<Record<string, string>>): string {
	return text.replaceAll(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

function isIpAddress(value: string): boolean {
	return /^[\d.]+$/.test(value) || value.includes(':');
}

/** The first certificate name a client can connect to: a DNS name, not a wildcard or an IP. */
function usableCertName(names: readonly string[] | undefined): string | undefined {
	return names?.find((name) => name !== '' && !name.startsWith('*') && !isIpAddress(name));
}

function conditionsHold(
	when: readonly LineCondition[] | undefined,
	encryption: ClientEncryption,
	isIpv4: boolean,
): boolean {
	return (when ?? []).every((condition) => {
		switch (condition) {
			case 'implicit-tls':
			case 'starttls': {
				return condition === encryption;
			}

			case 'ipv4': {
				return isIpv4;
			}

			case 'not-ipv4': {
				return !isIpv4;
			}
		}

		return false;
	});
}

function note(
	lang: ClientLang,
	key: ClientTextKey,
	params: Readonly<Record<string, string | number>> = {},
): ClientNote {
	const values = Object.fromEntries(
		Object.entries(params).map(([name, value]) => [name, String(value)]),
	);
	return {key, text: fill(texts[lang][key], values)};
}

function build(
	input: ClientInput,
	entry: ClientEntry,
	target: ClientTarget,
	choice: ClientSettings['choice'],
	lang: ClientLang,
): ClientSettings {
	const certName = input.hostIsIp ? usableCertName(input.certNames) : undefined;
	const host = certName ?? input.host;
	const user = input.user && input.user.trim() !== '' ? input.user.trim() : userPlaceholder;
	const from = user.includes('@') ? user : userPlaceholder;
	const isIpv4 = Boolean(input.preferIpv4) && entry.ipv4 !== null;
	const cleanHost = stripControls(host);
	const valuesFor = (style: EscapeStyle): Readonly<Record<string, string>> => ({
		host: escapeValue(style, host),
		hostUrl: cleanHost.includes(':') ? `[${cleanHost}]` : cleanHost,
		port: String(target.port),
		user: escapeValue(style, user),
		userUrl: encodeUrlPart(stripControls(user)),
		from: escapeValue(style, from),
		to: escapeValue(style, from),
		passwordPlaceholder,
	});
	const text = entry.template
		.filter((line) => conditionsHold(line.when, target.encryption, isIpv4))
		.map((line) => fill(line.text, valuesFor(line.escape ?? entry.escape)))
		.join(entry.joiner ?? '\n');

	const notes: ClientNote[] = [];
	if (certName) {
		notes.push(
			note(lang, 'note.useDnsName', {certName, ip: stripControls(input.host), client: entry.short}),
		);
		if (entry.nameOverride) {
			notes.push(
				note(lang, 'note.useDnsNameOverride', {
					option: fill(entry.nameOverride, {certName}),
					certName,
					client: entry.short,
				}),
			);
		}
	}

	if (target.starttlsOptional && target.encryption === 'starttls') {
		notes.push(
			entry.requireStarttls
				? note(lang, 'note.requireStarttls', {option: entry.requireStarttls, client: entry.short})
				: note(lang, 'note.requireStarttlsMissing', {client: entry.short}),
		);
	}

	if (input.needsAppPassword) {
		notes.push(note(lang, 'note.appPassword', {passwordField: entry.passwordField}));
	}

	if (input.preferIpv4) {
		notes.push(
			entry.ipv4
				? note(lang, 'note.ipv4', {option: entry.ipv4})
				: note(lang, 'note.ipv4Missing', {client: entry.short}),
		);
	}

	notes.push(
		note(lang, entry.password === 'env' ? 'note.passwordEnv' : 'note.passwordPlaceholder', {
			passwordField: entry.passwordField,
		}),
	);

	for (const key of [...(entry.notes?.both ?? []), ...(entry.notes?.[target.encryption] ?? [])]) {
		notes.push(note(lang, key));
	}

	if (choice === 'recommended' && input.runnerUp) {
		notes.push(
			note(lang, 'note.runnerUp', {
				port: target.port,
				runnerUpPort: input.runnerUp.port,
				runnerUpLabel: entry.labels[input.runnerUp.encryption],
			}),
		);
	}

	return {
		client: entry.id,
		label: entry.labels[target.encryption],
		port: target.port,
		encryption: target.encryption,
		text,
		notes,
		choice,
	};
}

/**
 * The settings for `clientId` built from the recommended setting in `input`, in the client's own
 * words and option names. Throws `UnknownClientError` for an id the catalogue lacks.
 */
export function clientSettings(
	input: ClientInput,
	clientId: string,
	options: ClientSettingsOptions = {},
): ClientSettings {
	const entry = findClient(clientId, options.catalogue);
	if (!entry) {
		throw new UnknownClientError(clientId);
	}

	return build(input, entry, input, 'recommended', options.lang ?? 'en');
}

/**
 * The settings for several clients (or `'all'`): for each, the recommended setting and, when
 * the input has one, the runner-up right after it.
 */
export function clientSettingsList(
	input: ClientInput,
	clients: readonly string[] | 'all',
	options: ClientSettingsOptions = {},
): readonly ClientSettings[] {
	const catalogue = options.catalogue ?? clientCatalogue;
	const ids = clients === 'all' ? clientIds(catalogue) : clients;
	const lang = options.lang ?? 'en';
	return ids.flatMap((id) => {
		const entry = findClient(id, catalogue);
		if (!entry) {
			throw new UnknownClientError(id);
		}

		const first = build(input, entry, input, 'recommended', lang);
		return input.runnerUp
			? [first, build(input, entry, input.runnerUp, 'runner-up', lang)]
			: [first];
	});
}
