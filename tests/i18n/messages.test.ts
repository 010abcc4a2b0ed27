import {describe, expect, it} from 'vitest';
import {languages} from '../../source/config/lang.js';
import {
	flattenMessages,
	interpolate,
	placeholders,
	type MessageKey,
} from '../../source/i18n/translate.js';
import {catalogues, translator} from '../helpers/catalogue.js';

const en = flattenMessages(catalogues.en.messages);
const id = flattenMessages(catalogues.id.messages);

/** Pure technical strings that read the same in Indonesian. Anything else must be translated. */
const sameInBothLanguages = new Set([
	' port {port}',
	'{rank}. {title} ({confidence})',
	'{host} port {port}',
	'Server',
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
	'{label} ({host})',
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

	it('fit an 80x24 terminal: screen labels and hints within 80 columns, short status words', () => {
		// Sentences (recommendation, advice, errors) are wrapped by whoever prints them.
		const isScreenLabel = (key: string): boolean =>
			/^(home|footer|table|status|encryption|phase|help|learn|language|lab|scroll|common)\./.test(
				key,
			) || key.startsWith('cli.help.');
		for (const catalogue of [en, id]) {
			for (const [key, value] of catalogue) {
				// The lab's auth hint ends the recommendation sentence, which wraps.
				if (isScreenLabel(key) && key !== 'lab.authHint') {
					expect([...value].length, `${key}: ${value}`).toBeLessThanOrEqual(80);
				}

				if (key.startsWith('cli.flags.')) {
					// Printed after a 29-column flag name.
					expect(value.length, key).toBeLessThanOrEqual(72);
				}

				if (key.startsWith('status.')) {
					expect(value.length, key).toBeLessThanOrEqual(6);
				}

				if (key.startsWith('table.') || key.startsWith('status.')) {
					expect(value.length, key).toBeLessThanOrEqual(16);
				}

				if (key.startsWith('help.')) {
					// Beside a 17-column key column inside a bordered, padded 80-column box.
					expect(value.length, key).toBeLessThanOrEqual(59);
				}
			}
		}
	});

	it('keep CLI flag names and examples untouched in the Indonesian errors', () => {
		const flags = (text: string): string[] => text.match(/(?<![\w-])--?[a-z][\w|-]*/g) ?? [];
		for (const [key, value] of en) {
			if (key.startsWith('cli.')) {
				expect(flags(id.get(key) ?? ''), key).toEqual(flags(value));
			}
		}
	});
});

describe('translator', () => {
	it('fills placeholders', () => {
		const params = {host: 'smtp.hostinger.com', port: 465};
		expect(translator('en')('detail.title', params)).toBe('Port 465 on smtp.hostinger.com');
		expect(translator('id')('detail.title', params)).toBe('Port 465 di smtp.hostinger.com');
	});

	it('returns each language its own words', () => {
		expect(translator('en')('home.quit')).toBe('Quit');
		expect(translator('id')('home.quit')).toBe('Keluar');
		expect(translator('id')('home.learn')).toMatch(/^Belajar/);
		expect(translator('id')('table.meaning')).toBe('Artinya');
		expect(translator('en')('status.pending')).toBe('WAIT');
	});

	it('leaves unknown placeholders visible and falls back to the key for unknown keys', () => {
		expect(interpolate('a {x} b {y}', {x: 1})).toBe('a 1 b {y}');
		expect(translator('en')('probe.error')).toBe('The probe stopped with an error: {error}');
		expect(translator('id')('no.such.key' as MessageKey)).toBe('no.such.key');
	});

	it('covers every key for every language', () => {
		for (const lang of languages) {
			const translate = translator(lang);
			for (const key of en.keys()) {
				expect(translate(key as MessageKey)).not.toBe(key);
			}
		}
	});
});

describe('catalogue and engine agree', () => {
	it('has a sentence for every recommendation reason the ranking gives', async () => {
		const {recommendationReasons} = await import('../../source/config/recommendation.js');
		for (const lang of languages) {
			expect(Object.keys(catalogues[lang].report.why).sort()).toEqual(
				[...recommendationReasons].sort(),
			);
		}
	});

	it('has a description for every CLI flag with a help line', async () => {
		const {flagDefinitions} = await import('../../source/cli/flags.js');
		const flags = catalogues.en.messages.cli.flags as Readonly<Record<string, string>>;
		for (const [name, definition] of Object.entries(flagDefinitions)) {
			if ('help' in definition) {
				expect(flags[name], name).toBeDefined();
			}
		}
	});
});
