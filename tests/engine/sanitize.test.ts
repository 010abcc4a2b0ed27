import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {
	isUnsafeCodePoint,
	sanitizeBytes,
	sanitizeText,
	unsafeUnitPattern,
} from '../../source/engine/sanitize.js';
import {escapeTerminal} from '../../source/report/escape.js';

describe('sanitizeText', () => {
	test('escapes C0, ESC, DEL, C1, bidi and zero-width characters visibly', () => {
		expect(sanitizeText('a\r\n\tb')).toBe(String.raw`a\r\n\tb`);
		expect(sanitizeText('\u001B[31mred\u001B[0m')).toBe(String.raw`\x1b[31mred\x1b[0m`);
		expect(sanitizeText('\u0000\u007F\u0085\u009B')).toBe(String.raw`\x00\x7f\x85\x9b`);
		expect(sanitizeText('x\u202Ey\u200Bz\u2066')).toBe(String.raw`x\u{202e}y\u{200b}z\u{2066}`);
	});

	test('escapes the backslash, so server text cannot fake an escape', () => {
		expect(sanitizeText(String.raw`\x1b[2J`)).toBe(String.raw`\\x1b[2J`);
		expect(sanitizeText('a\\b\u001B')).toBe(String.raw`a\\b\x1b`);
	});

	test('escapes invisible and tag characters, separators, BOM and lone surrogates', () => {
		expect(sanitizeText('a\u00ADb\u2028c\u2029d\u2060e\u2065f\uFEFFg')).toBe(
			String.raw`a\xadb\u{2028}c\u{2029}d\u{2060}e\u{2065}f\u{feff}g`,
		);
		expect(sanitizeText('x\u{E0041}\u{E007F}y')).toBe(String.raw`x\u{e0041}\u{e007f}y`);
		expect(sanitizeText('\uD800z\uDC00')).toBe(String.raw`\u{d800}z\u{dc00}`);
		expect(sanitizeText('\u200E\u200F\u202A\u202E\u2066\u2069')).toBe(
			String.raw`\u{200e}\u{200f}\u{202a}\u{202e}\u{2066}\u{2069}`,
		);
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

	test('property: output never holds a control, bidi, invisible or tag character, nor a lone surrogate', () => {
		const forbidden =
			/[\u0000-\u001F\u007F-\u009F\u00AD\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF\u{E0000}-\u{E007F}]|\p{Cs}/u;
		const special = fc.constantFrom(
			'\u202E',
			'\u200B',
			'\u2028',
			'\u2063',
			'\uFEFF',
			'\u00AD',
			'\uD800',
			'\uDFFF',
			'\u{E0020}',
			'\\',
			'\u001B',
		);
		const text = fc
			.array(fc.oneof(fc.string({unit: 'binary', maxLength: 20}), special), {maxLength: 30})
			.map((parts) => parts.join(''));
		fc.assert(
			fc.property(text, fc.integer({min: 1, max: 300}), (input, maxLength) => {
				for (const output of [
					sanitizeText(input, {maxLength: 10_000}),
					sanitizeText(input, {maxLength}),
				]) {
					expect(output).not.toMatch(forbidden);
					// Every backslash left is the start of an escape we wrote.
					expect(output.replaceAll(/\\(?:\\|x[\da-f]{2}|u\{[\da-f]+\}|[tnr])/g, '')).not.toContain(
						'\\',
					);
				}
			}),
		);
	});
});

describe('the fast path (unsafeUnitPattern)', () => {
	test('matches every unsafe code point and no safe one outside the surrogates', () => {
		const missed: number[] = [];
		const extra: number[] = [];
		for (let codePoint = 0; codePoint <= 0xff_ff; codePoint++) {
			const isMatched = unsafeUnitPattern.test(String.fromCharCode(codePoint));
			if (isUnsafeCodePoint(codePoint) && !isMatched) missed.push(codePoint);
			if (!isUnsafeCodePoint(codePoint) && isMatched) extra.push(codePoint);
		}

		for (let codePoint = 0x1_00_00; codePoint <= 0x10_ff_ff; codePoint += 0x7f) {
			for (const each of [codePoint, 0xe_00_00 + (codePoint % 0x80)]) {
				if (isUnsafeCodePoint(each) && !unsafeUnitPattern.test(String.fromCodePoint(each))) {
					missed.push(each);
				}
			}
		}

		expect(missed).toEqual([]);
		expect(extra).toEqual([]);
	});

	test('gives what the character loop gives, for any text', () => {
		const slowEscape = (text: string) =>
			escapeTerminal(`\u0000${text}`).slice(String.raw`\x00`.length);
		fc.assert(
			fc.property(fc.string({unit: 'binary', maxLength: 80}), (text) => {
				expect(escapeTerminal(text)).toBe(slowEscape(text));
				expect(sanitizeText(text, {maxLength: 40})).toBe(
					sanitizeText(`\u0000${text}`, {maxLength: 44}).slice(String.raw`\x00`.length),
				);
			}),
		);
	});
});
