// escapeTerminal uses the engine's sanitizer: what it escapes, the formatters escape too,
// including the invisible characters the old local rules missed.
import {expect, test} from 'vitest';
import {sanitizeText} from '../../source/engine/sanitize.js';
import {escapeAndClip, escapeTerminal, isTerminalSafe} from '../../source/report/escape.js';

test.each([
	['zero-width space', '\u200B'],
	['zero-width joiner', '\u200D'],
	['byte order mark', '\uFEFF'],
	['soft hyphen', '\u00AD'],
	['lone high surrogate', '\uD800'],
	['lone low surrogate', '\uDC00'],
	['right-to-left override', '\u202E'],
	['ESC', '\u001B'],
	['C1 CSI', '\u009B'],
])('%s is escaped and never printed raw', (_name, character) => {
	const text = `a${character}b`;
	const escaped = escapeTerminal(text);
	expect(escaped).not.toContain(character);
	expect(escaped).toMatch(/^a\\.+b$/);
	expect(isTerminalSafe(text)).toBe(false);
	expect(isTerminalSafe(escaped)).toBe(true);
});

test('same rules as the engine, without its truncation', () => {
	const long = `${'x'.repeat(2000)}\u001B[31m`;
	expect(escapeTerminal(long)).toBe(sanitizeText(long, {maxLength: Number.POSITIVE_INFINITY}));
	expect(escapeTerminal(long)).toHaveLength(2000 + '\\x1b[31m'.length);
	expect(escapeTerminal('ordinary text ✓ · …')).toBe('ordinary text ✓ · …');
});

test('escapeAndClip never cuts a surrogate pair in half (found by the fuzz tier)', () => {
	const clipped = escapeAndClip('\u{10000}\u0000', 2);
	expect(isTerminalSafe(clipped)).toBe(true);
	expect(clipped).toBe('…');
	expect(escapeAndClip('ab\u{1F600}cd', 4)).toBe('ab…');
});
