// `--client NAME[,NAME...]` (or `all`): what to type into the user's own mail client, built from
// this run's diagnosis (its recommendation and runner-up: never a port that failed or was not
// tested), as plain text under the report or as `clientSettings` in the JSON.
import {
	clientIds,
	findClient,
	settingsForDiagnosis,
	type ClientSettings,
} from '../clients/index.js';
import type {JsonClientSettings} from '../report/format-json.js';
import type {Diagnosis} from '../report/diagnosis.js';
import {escapeTerminal} from '../report/escape.js';
import {UsageError} from '../config/usage-error.js';
import type {Catalogue} from '../i18n/catalogue.js';
import {quote} from './quote.js';

/** The client ids of `--client` (comma separated, or `all`); throws a one-line UsageError. */
export function parseClientFlag(value: string): readonly string[] {
	const wanted = value.trim().toLowerCase();
	if (wanted === 'all') {
		return clientIds();
	}

	const ids = wanted
		.split(',')
		.map((id) => id.trim())
		.filter((id) => id !== '');
	if (ids.length === 0) {
		throw new UsageError('--client needs a client name; smtp-doctor clients lists them');
	}

	for (const id of ids) {
		if (!findClient(id)) {
			throw new UsageError(
				`--client: unknown client ${quote(id)}; smtp-doctor clients lists them (for example nodemailer, thunderbird)`,
			);
		}
	}

	return [...new Set(ids)];
}

/** The settings of `clients` for `diagnosis`, or undefined when it recommends nothing encrypted. */
export function settingsFor(
	diagnosis: Diagnosis,
	clients: readonly string[],
	options: {readonly user?: string; readonly lang: 'en' | 'id'},
): readonly ClientSettings[] | undefined {
	return settingsForDiagnosis(diagnosis, clients, options);
}

/** The JSON shape (`clientSettings`). */
export function jsonClientSettings(list: readonly ClientSettings[]): JsonClientSettings[] {
	return list.map((settings) => ({
		client: settings.client,
		label: settings.label,
		port: settings.port,
		encryption: settings.encryption,
		text: settings.text,
		notes: settings.notes.map((note) => note.text),
		choice: settings.choice,
	}));
}

/** The plain-text block printed under the report, in the catalogue's language. */
export function formatClientSettings(
	list: readonly ClientSettings[] | undefined,
	catalogue: Pick<Catalogue, 't'>,
): string {
	const {t} = catalogue;
	if (list === undefined) {
		return `\n${t('cli.clientSettings.none')}\n`;
	}

	const blocks = list.map((settings) => {
		const entry = findClient(settings.client);
		const title = t('cli.clientSettings.title', {
			client: entry ? `${entry.name} (${entry.format})` : settings.client,
			port: settings.port,
			label: settings.label,
			choice: t(
				settings.choice === 'recommended'
					? 'cli.clientSettings.recommended'
					: 'cli.clientSettings.runnerUp',
			),
		});
		const text = settings.text
			.split('\n')
			// A tab indents code: shown as two spaces (escaped, it would read "\t").
			.map((line) => (line === '' ? '' : `    ${escapeTerminal(line.replaceAll('\t', '  '))}`))
			.join('\n');
		const notes = settings.notes.map((note) => `  - ${escapeTerminal(note.text)}`);
		return [title, text, ...notes].join('\n');
	});
	return `\n${blocks.join('\n\n')}\n`;
}
