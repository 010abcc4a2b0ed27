import {describe, expect, it} from 'vitest';
import {languages} from '../../source/i18n/lang.js';
import {
	createTranslator,
	flattenMessages,
	interpolate,
	messages,
	placeholders,
	t,
	type MessageKey,
} from '../../source/i18n/translate.js';

const en = flattenMessages(messages('en'));
const id = flattenMessages(messages('id'));

/** Pure technical strings that read the same in Indonesian. Anything else must be translated. */
const sameInBothLanguages = new Set([
	'SMTP Port Doctor',
	'Host',
	'Port',
	'Status',
	'OK',
	'INFO',
	'SSL/TLS',
	'STARTTLS',
	'NONE',
	'AUTO',
	'?',
	'TLS',
	'EHLO',
	'HELO',
	'Cipher',
	'SHA-256',
	'465,587,2525,25',
	'{ms} ms',
	'Port {port} · {encryption}',
	'AUTH: {mechanisms}',
]);

describe('interface catalogues', () => {
	it('have the same keys in English and Indonesian', () => {
		const onlyEn = [...en.keys()].filter((key) => !id.has(key));
		const onlyId = [...id.keys()].filter((key) => !en.has(key));
		expect(onlyEn).toEqual([]);
		expect(onlyId).toEqual([]);
		expect(en.size).toBeGreaterThan(100);
	});

	it('leave nothing untranslated except pure technical strings', () => {
		const untranslated = [...en].filter(
			([key, value]) => id.get(key) === value && !sameInBothLanguages.has(value),
		);
		expect(untranslated).toEqual([]);
	});

	it('use the same placeholders in both languages', () => {
		for (const [key, value] of en) {
			expect(placeholders(id.get(key) ?? ''), key).toEqual(placeholders(value));
		}
	});

	it('have no empty strings and no control characters', () => {
		for (const catalogue of [en, id]) {
			for (const [key, value] of catalogue) {
				expect(value.trim(), key).not.toBe('');

				expect(value, key).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F]/);
			}
		}
	});

	it('fit an 80x24 terminal: hints and help lines within 80 columns, short status words', () => {
		for (const catalogue of [en, id]) {
			for (const [key, value] of catalogue) {
				// The recommendation is one sentence by design; the UI wraps it under the table.
				const lines = key === 'recommendation.settings' ? [] : value.split('\n');
				for (const line of lines) {
					expect([...line].length, `${key}: ${line}`).toBeLessThanOrEqual(80);
				}

				if (key.startsWith('status.')) {
					expect(value.length, key).toBeLessThanOrEqual(6);
				}

				if (key.startsWith('table.') || key.startsWith('help.') || key.startsWith('home.')) {
					expect(value.length, key).toBeLessThanOrEqual(48);
				}
			}
		}
	});

	it('keep the English CLI help and the Indonesian one line for line', () => {
		const enHelp = en.get('cli.help')?.split('\n') ?? [];
		const idHelp = id.get('cli.help')?.split('\n') ?? [];
		expect(idHelp).toHaveLength(enHelp.length);
		const flags = (lines: string[]): string[] =>
			lines.flatMap((line) => line.match(/(?<![\w-])--?[a-z0-9][\w|-]*/g) ?? []);
		expect(flags(idHelp)).toEqual(flags(enHelp));
	});
});

describe('translator', () => {
	it('fills placeholders into the recommendation sentence', () => {
		const params = {host: 'smtp.hostinger.com', port: 465, encryption: 'SSL/TLS'};
		expect(t('en')('recommendation.settings', params)).toBe(
			'Host smtp.hostinger.com - Port 465 - Encryption SSL/TLS - Authentication: your full email address',
		);
		expect(createTranslator('id')('recommendation.settings', params)).toBe(
			'Host smtp.hostinger.com - Port 465 - Enkripsi SSL/TLS - Autentikasi: alamat email lengkap Anda',
		);
	});

	it('returns each language its own words', () => {
		expect(t('en')('home.learn')).toBe('Learn');
		expect(t('id')('home.learn')).toBe('Belajar');
		expect(t('id')('table.meaning')).toBe('Artinya');
		expect(t('en')('status.pending')).toBe('WAIT');
	});

	it('leaves unknown placeholders visible and falls back to the key for unknown keys', () => {
		expect(interpolate('a {x} b {y}', {x: 1})).toBe('a 1 b {y}');
		expect(t('en')('probe.title')).toBe('Checking {host}');
		expect(t('id')('no.such.key' as MessageKey)).toBe('no.such.key');
	});

	it('covers every key for every language', () => {
		for (const lang of languages) {
			const translate = createTranslator(lang);
			for (const key of en.keys()) {
				expect(translate(key as MessageKey)).not.toBe(key);
			}
		}
	});
});
