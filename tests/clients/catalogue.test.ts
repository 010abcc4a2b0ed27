// The client-settings data: every client has both encryptions in its own words, the printed text
// never holds a secret, the English and Indonesian texts match key for key, and the templates use
// exactly the option names of the documented table (the only check for the clients that cannot
// run here: Thunderbird, Outlook, Apple Mail, WordPress, Laravel, Postfix, Gitea).
import fc from 'fast-check';
import {afterEach, describe, expect, it} from 'vitest';
import {
	clientCatalogue,
	clientIds,
	clientSettings,
	clientSettingsList,
	clientTextsEn,
	clientTextsId,
	documentedOptions,
	passwordPlaceholder,
	UnknownClientError,
	userPlaceholder,
	type ClientEncryption,
	type ClientInput,
} from '../../source/clients/index.js';

const encryptions: readonly ClientEncryption[] = ['implicit-tls', 'starttls'];
const required = [
	'nodemailer',
	'phpmailer',
	'smtplib',
	'django',
	'laravel',
	'symfony',
	'wordpress',
	'msmtp',
	'swaks',
	'curl',
	'postfix',
	'mutt',
	'thunderbird',
	'outlook',
	'apple-mail',
	'gitea',
];

const base = (encryption: ClientEncryption): ClientInput => ({
	host: 'smtp.example.net',
	port: encryption === 'implicit-tls' ? 465 : 587,
	encryption,
	user: 'ana@example.net',
});

// True when `token` occurs in `text` and is not the start of a longer word ("smtp" in "smtps").
function hasToken(text: string, token: string): boolean {
	let index = text.indexOf(token);
	while (index !== -1) {
		const isWordEnd = /\w$/.test(token);
		if (!isWordEnd || !/[\w+-]/.test(text.charAt(index + token.length))) {
			return true;
		}

		index = text.indexOf(token, index + 1);
	}

	return false;
}

function placeholdersOf(text: string): string[] {
	return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();
}

describe('the client catalogue', () => {
	it('has the 16 required clients, each id once', () => {
		const ids = clientIds();
		expect(new Set(ids).size).toBe(ids.length);
		expect(required.filter((id) => !ids.includes(id))).toEqual([]);
		expect(ids.length).toBeGreaterThanOrEqual(16);
	});

	it('gives every client a label and its own text for both encryptions, with host and port', () => {
		for (const entry of clientCatalogue) {
			const texts = encryptions.map((encryption) => clientSettings(base(encryption), entry.id));
			for (const [index, settings] of texts.entries()) {
				const encryption = encryptions[index];
				expect(settings.label, entry.id).toBe(entry.labels[encryption ?? 'starttls']);
				expect(settings.label.length, entry.id).toBeGreaterThan(0);
				expect(settings.text, entry.id).toContain('smtp.example.net');
				expect(settings.text, entry.id).toContain(String(settings.port));
				expect(settings.encryption).toBe(encryption);
			}

			// Apple Mail has one checkbox for both; everyone else words the two differently.
			if (entry.id !== 'apple-mail') {
				expect(texts[0]?.text, entry.id).not.toBe(texts[1]?.text.replaceAll('587', '465'));
				expect(entry.labels['implicit-tls'], entry.id).not.toBe(entry.labels.starttls);
			}
		}
	});

	it('names a source with a URL and a date for every client', () => {
		for (const entry of clientCatalogue) {
			expect(entry.sources.length, entry.id).toBeGreaterThan(0);
			for (const source of entry.sources) {
				expect(source.url, entry.id).toMatch(/^https?:\/\/\S+$/);
				expect(source.checked, entry.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
				expect(source.title.length, entry.id).toBeGreaterThan(5);
			}
		}
	});

	it('throws a clear error for an unknown client', () => {
		expect(() => clientSettings(base('starttls'), 'outlook-express')).toThrow(UnknownClientError);
		expect(() => clientSettings(base('starttls'), 'outlook-express')).toThrow(
			'unknown client "outlook-express"',
		);
	});
});

describe('option names match the documented table', () => {
	it('every documented option appears in the text for its encryption, and only there', () => {
		for (const option of documentedOptions) {
			const wanted = option.encryption === 'both' ? encryptions : [option.encryption];
			for (const encryption of wanted) {
				const {text} = clientSettings(base(encryption), option.client);
				expect(hasToken(text, option.text), `${option.client} ${encryption}: ${option.text}`).toBe(
					true,
				);
			}

			if (option.encryption !== 'both') {
				const other = option.encryption === 'starttls' ? 'implicit-tls' : 'starttls';
				const {text} = clientSettings(base(other), option.client);
				expect(
					hasToken(text, option.text),
					`${option.client} ${other} must not say ${option.text}`,
				).toBe(false);
			}
		}
	});

	it('cites, for each documented option, one of the client sources', () => {
		for (const option of documentedOptions) {
			const entry = clientCatalogue.find((client) => client.id === option.client);
			expect(entry, option.client).toBeDefined();
			expect(
				entry?.sources.map((source) => source.url),
				`${option.client}: ${option.text}`,
			).toContain(option.source);
		}
	});

	it('documents at least three options per client, covering both encryptions', () => {
		for (const entry of clientCatalogue) {
			const rows = documentedOptions.filter((option) => option.client === entry.id);
			expect(rows.length, entry.id).toBeGreaterThanOrEqual(3);
			for (const encryption of encryptions) {
				expect(
					rows.some((row) => row.encryption === encryption || row.encryption === 'both'),
					`${entry.id} ${encryption}`,
				).toBe(true);
			}
		}
	});
});

describe('secrets', () => {
	const canary = 'CANARY-pw-9f3b2e';
	const previous = process.env['SMTP_PASSWORD'];

	afterEach(() => {
		if (previous === undefined) {
			delete process.env['SMTP_PASSWORD'];
		} else {
			process.env['SMTP_PASSWORD'] = previous;
		}
	});

	it('never puts the password in the text or the notes, even when the environment holds one', () => {
		process.env['SMTP_PASSWORD'] = canary;
		const input: ClientInput = {
			...base('starttls'),
			starttlsOptional: true,
			needsAppPassword: true,
			preferIpv4: true,
			runnerUp: {port: 465, encryption: 'implicit-tls'},
		};
		for (const lang of ['en', 'id'] as const) {
			for (const settings of clientSettingsList(input, 'all', {lang})) {
				const all = [settings.text, ...settings.notes.map((note) => note.text)].join('\n');
				expect(all).not.toContain(canary);
				expect(all).not.toContain(canary.slice(0, 8));
			}
		}
	});

	it('reads the password from SMTP_PASSWORD or shows the placeholder, per client', () => {
		for (const entry of clientCatalogue) {
			const {text, notes} = clientSettings(base('starttls'), entry.id);
			if (entry.password === 'env') {
				expect(text, entry.id).toContain('SMTP_PASSWORD');
				expect(notes.map((note) => note.key)).toContain('note.passwordEnv');
			} else {
				expect(notes.map((note) => note.key)).toContain('note.passwordPlaceholder');
			}

			if (entry.kind === 'gui' && entry.id !== 'thunderbird' && entry.id !== 'outlook') {
				expect(text, entry.id).toContain(passwordPlaceholder);
			}
		}
	});

	it('uses the given user name, or a placeholder', () => {
		for (const entry of clientCatalogue) {
			expect(clientSettings(base('starttls'), entry.id).text, entry.id).toMatch(
				/ana(@|%40)example\.net/,
			);
			const {text} = clientSettings({...base('starttls'), user: undefined}, entry.id);
			expect(text, entry.id).toMatch(/you(@|%40)example\.com/);
			expect(text.includes(userPlaceholder) || text.includes('you%40example.com')).toBe(true);
		}
	});

	it('keeps control characters out of the text, whatever the user name', () => {
		fc.assert(
			fc.property(fc.string({maxLength: 40}), (user) => {
				for (const settings of clientSettingsList({...base('starttls'), user}, 'all')) {
					expect(settings.text).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
				}
			}),
			{numRuns: 60},
		);
	});

	it("escapes a quote in the user name for the snippet's language", () => {
		const input = {...base('starttls'), user: 'o\'neil"$x@example.net'};
		expect(clientSettings(input, 'nodemailer').text).toContain("user: 'o\\'neil\"$x@example.net'");
		expect(clientSettings(input, 'phpmailer').text).toContain(
			"Username = 'o\\'neil\"$x@example.net'",
		);
		expect(clientSettings(input, 'smtplib').text).toContain('login("o\'neil\\"$x@example.net"');
		expect(clientSettings(input, 'swaks').text).toContain(
			'--auth-user "o\'neil\\"\\$x@example.net"',
		);
		expect(clientSettings(input, 'symfony').text).toContain(
			'smtp://o%27neil%22%24x%40example.net:',
		);
	});
});

describe('notes that follow from the probe', () => {
	it('uses the DNS name from the certificate when the host is an IP address', () => {
		const input: ClientInput = {
			...base('implicit-tls'),
			host: '192.0.2.10',
			hostIsIp: true,
			certNames: ['*.example.net', 'mail.example.net'],
		};
		for (const entry of clientCatalogue) {
			const settings = clientSettings(input, entry.id);
			expect(settings.text, entry.id).toContain('mail.example.net');
			expect(settings.text, entry.id).not.toContain('192.0.2.10');
			expect(settings.notes[0]?.key).toBe('note.useDnsName');
			expect(settings.notes[0]?.text).toContain('192.0.2.10');
		}

		expect(clientSettings(input, 'msmtp').notes[1]?.text).toContain(
			'tls_host_override mail.example.net',
		);
	});

	it('keeps the IP address when the certificate names no usable DNS name', () => {
		const input: ClientInput = {
			...base('implicit-tls'),
			host: '192.0.2.10',
			hostIsIp: true,
			certNames: ['*.example.net'],
		};
		expect(clientSettings(input, 'curl').text).toContain('192.0.2.10');
		expect(clientSettings(input, 'curl').notes.map((note) => note.key)).not.toContain(
			'note.useDnsName',
		);
	});

	it('names the option that makes STARTTLS required, in the client’s own words', () => {
		const input: ClientInput = {...base('starttls'), starttlsOptional: true};
		for (const entry of clientCatalogue) {
			const notes = clientSettings(input, entry.id).notes;
			if (entry.requireStarttls) {
				const note = notes.find((item) => item.key === 'note.requireStarttls');
				expect(note?.text, entry.id).toContain(entry.requireStarttls);
			} else {
				expect(
					notes.map((item) => item.key),
					entry.id,
				).toContain('note.requireStarttlsMissing');
			}
		}

		// Optional STARTTLS says nothing about a port that starts with TLS.
		const implicit = clientSettings({...base('implicit-tls'), starttlsOptional: true}, 'curl');
		expect(implicit.notes.map((note) => note.key)).not.toContain('note.requireStarttls');
	});

	it('says where the app password goes, in this client’s field name', () => {
		for (const entry of clientCatalogue) {
			const note = clientSettings(
				{...base('starttls'), needsAppPassword: true},
				entry.id,
			).notes.find((item) => item.key === 'note.appPassword');
			expect(note?.text, entry.id).toContain(entry.passwordField);
		}
	});

	it('adds the IPv4 option where the client has one, and says so where it has none', () => {
		const input: ClientInput = {...base('starttls'), preferIpv4: true};
		expect(clientSettings(input, 'curl').text).toContain('-4');
		expect(clientSettings(input, 'swaks').text).toContain('-4');
		expect(clientSettings(input, 'postfix').text).toContain('smtp_address_preference = ipv4');
		expect(clientSettings(input, 'nodemailer').text).toContain("localAddress: '0.0.0.0'");
		expect(clientSettings(input, 'smtplib').text).toContain('source_address=("0.0.0.0", 0)');
		expect(clientSettings(input, 'phpmailer').text).toContain("gethostbyname('smtp.example.net')");
		expect(clientSettings(base('starttls'), 'curl').text).not.toContain('-4');
		expect(clientSettings(input, 'thunderbird').notes.map((note) => note.key)).toContain(
			'note.ipv4Missing',
		);
	});

	it('lists the runner-up right after the recommended setting', () => {
		const input: ClientInput = {
			...base('starttls'),
			runnerUp: {port: 465, encryption: 'implicit-tls'},
		};
		const list = clientSettingsList(input, ['thunderbird', 'curl']);
		expect(list.map((item) => [item.client, item.choice, item.port])).toEqual([
			['thunderbird', 'recommended', 587],
			['thunderbird', 'runner-up', 465],
			['curl', 'recommended', 587],
			['curl', 'runner-up', 465],
		]);
		expect(list[0]?.notes.at(-1)?.text).toBe(
			'If port 587 is blocked where this runs: port 465 with SSL/TLS.',
		);
		expect(list[1]?.text).toContain('Connection security: SSL/TLS');
	});

	it('writes the notes in Indonesian on request', () => {
		const settings = clientSettings({...base('starttls'), needsAppPassword: true}, 'django', {
			lang: 'id',
		});
		expect(settings.notes.find((note) => note.key === 'note.appPassword')?.text).toBe(
			'Provider ini meminta app password: isikan di EMAIL_HOST_PASSWORD, bukan password akun yang biasa.',
		);
	});
});

describe('English and Indonesian texts', () => {
	it('have the same keys and the same placeholders', () => {
		expect(Object.keys(clientTextsId).sort()).toEqual(Object.keys(clientTextsEn).sort());
		for (const [key, english] of Object.entries(clientTextsEn)) {
			const indonesian = clientTextsId[key as keyof typeof clientTextsEn];
			expect(placeholdersOf(indonesian), key).toEqual(placeholdersOf(english));
			expect(indonesian.trim().length, key).toBeGreaterThan(0);
			expect(indonesian, key).not.toBe(english);
		}
	});

	it('only use keys that exist, in every catalogue entry', () => {
		for (const entry of clientCatalogue) {
			for (const keys of Object.values(entry.notes ?? {})) {
				for (const key of keys) {
					expect(Object.keys(clientTextsEn), entry.id).toContain(key);
				}
			}
		}
	});
});
