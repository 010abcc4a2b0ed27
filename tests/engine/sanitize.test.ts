import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {sanitizeBytes, sanitizeText} from '../../source/engine/sanitize.js';

describe('sanitizeText', () => {
	test('escapes C0, ESC, DEL, C1, bidi and zero-width characters visibly', () => {
		expect(sanitizeText('a\r\n\tb')).toBe(String.raw`a\r\n\tb`);
		expect(sanitizeText('\u001B[31mred\u001B[0m')).toBe(String.raw`\x1b[31mred\x1b[0m`);
		expect(sanitizeText('\u0000\u007F\u0085\u009B')).toBe(String.raw`\x00\x7f\x85\x9b`);
		expect(sanitizeText('x\u202Ey\u200Bz\u2066')).toBe(String.raw`x\u{202e}y\u{200b}z\u{2066}`);
	});

	test('keeps ordinary Unicode', () => {
		expect(sanitizeText('Grüße – 你好 ✓')).toBe('Grüße – 你好 ✓');
	});

	test('truncates with a marker', () => {
		expect(sanitizeText('abcdefghij', {maxLength: 4})).toBe('abcd…[+6 chars]');
		expect(sanitizeText('\u001B\u001B\u001B', {maxLength: 8})).toBe(
			String.raw`\x1b\x1b` + '…[+1 chars]',
		);
	});

	test('invalid UTF-8 becomes U+FFFD', () => {
		expect(sanitizeBytes(new Uint8Array([0x41, 0xff, 0x42]))).toBe('A\uFFFDB');
	});

	test('property: output never holds a control character', () => {
		fc.assert(
			fc.property(fc.string({unit: 'binary', maxLength: 200}), (text) => {
				expect(sanitizeText(text, {maxLength: 10_000})).not.toMatch(
					/[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/,
				);
			}),
		);
	});
});
