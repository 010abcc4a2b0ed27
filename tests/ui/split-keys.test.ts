import {expect, test} from 'vitest';
import {maxPasteLength, releaseRest, splitKeys} from '../../source/ui/app/split-keys.js';

const keys = (text: string) =>
	splitKeys(text).keys.map((key) => (key.kind === 'paste' ? `paste:${key.text}` : key.sequence));

test.each([
	['plain characters, one key each', 'jj\r', ['j', 'j', '\r']],
	[
		'arrows and PgDn stay whole',
		'\u001B[A\u001B[B\u001B[6~x',
		['\u001B[A', '\u001B[B', '\u001B[6~', 'x'],
	],
	['SS3 arrows (application mode)', '\u001BOA\u001BOB', ['\u001BOA', '\u001BOB']],
	['Alt+arrow', '\u001B\u001B[A', ['\u001B\u001B[A']],
	['Alt+letter', '\u001Bj', ['\u001Bj']],
	['modified CSI (Shift+Tab, Ctrl+Up)', '\u001B[Z\u001B[1;5A', ['\u001B[Z', '\u001B[1;5A']],
	['legacy function key', '\u001B[[A', ['\u001B[[A']],
	['Esc then Enter are two keys', '\u001B\r', ['\u001B', '\r']],
	['two Escs are two keys', '\u001B\u001Bq', ['\u001B', '\u001Bq']],
	['an emoji and accented letters are one key each', 'é😀ü', ['é', '😀', 'ü']],
	['Ctrl keys are single characters', '\u0015\u0003', ['\u0015', '\u0003']],
	[
		'a bracketed paste is one key, line breaks and tabs as spaces, no controls',
		'a\u001B[200~host\r\n\tname\u0007\u001B[201~b',
		['a', 'paste:host  name', 'b'],
	],
] as const)('%s', (_name, input, expected) => {
	expect(keys(input)).toEqual(expected);
	expect(splitKeys(input).rest).toBe('');
});

test.each([
	['a lone Esc at the end', 'j\u001B', ['j'], '\u001B'],
	['an arrow cut in two', '\u001B[', [], '\u001B['],
	['a cut Alt+arrow', '\u001B\u001B', [], '\u001B\u001B'],
	['a paste whose end has not come', '\u001B[200~abc', [], '\u001B[200~abc'],
] as const)('waits for more after %s', (_name, input, expected, rest) => {
	expect(keys(input)).toEqual(expected);
	expect(splitKeys(input).rest).toBe(rest);
});

test('what never completed is released as typed: Esc, then the characters', () => {
	expect(releaseRest('\u001B')).toEqual([{kind: 'key', sequence: '\u001B'}]);
	expect(releaseRest('\u001B[')).toEqual([
		{kind: 'key', sequence: '\u001B'},
		{kind: 'key', sequence: '['},
	]);
	expect(releaseRest('\u001B\u001B')).toEqual([
		{kind: 'key', sequence: '\u001B'},
		{kind: 'key', sequence: '\u001B'},
	]);
	expect(releaseRest('\u001B[200~abc')).toEqual([{kind: 'paste', text: 'abc'}]);
});

test('a paste is bounded', () => {
	const long = `\u001B[200~${'x'.repeat(maxPasteLength * 2)}\u001B[201~`;
	const [paste] = splitKeys(long).keys;
	expect(paste?.kind === 'paste' ? paste.text.length : 0).toBe(maxPasteLength);
	// A paste whose end never comes stops waiting once it is far too long.
	const endless = `\u001B[200~${'y'.repeat(maxPasteLength * 5)}`;
	expect(splitKeys(endless).rest).toBe('');
});
