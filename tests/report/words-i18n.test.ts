// The report's frame words (i18n/report-words.*.ts) are one table per language: both have
// every word, with the same placeholders, and the status words are the interface's.
import {expect, test} from 'vitest';
import {placeholders} from '../../source/i18n/translate.js';
import {catalogues} from '../helpers/catalogue.js';

function leaves(node: unknown, prefix = ''): Array<[string, string]> {
	if (typeof node === 'string') {
		return [[prefix, node]];
	}

	return Object.entries(node as Record<string, unknown>).flatMap(([key, value]) =>
		leaves(value, prefix === '' ? key : `${prefix}.${key}`),
	);
}

test('English and Indonesian report words have the same keys and placeholders', () => {
	const en = new Map(leaves(catalogues.en.report));
	const id = new Map(leaves(catalogues.id.report));
	expect([...id.keys()].sort()).toEqual([...en.keys()].sort());
	for (const [key, text] of en) {
		expect(placeholders(id.get(key) ?? ''), key).toEqual(placeholders(text));
	}
});

test('status words in reports are the interface catalogue words, in both languages', () => {
	expect(catalogues.en.report.statusWords).toEqual(catalogues.en.messages.status);
	expect(catalogues.id.report.statusWords).toEqual(catalogues.id.messages.status);
});
