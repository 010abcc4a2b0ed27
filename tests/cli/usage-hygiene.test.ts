// User input echoed in a usage error is escaped like server text, and every usage error is
// exactly one line (exit 2, nothing on stdout), whatever the input holds.
import {describe, expect, test} from 'vitest';
import {isTerminalSafe} from '../../source/report/escape.js';
import {runCli} from './cli-helpers.js';

/** ESC + CSI colour, BEL, RLO (bidi override), a newline and a carriage return. */
const hostile = 'x\u001B[31mred\u0007\u202Eevil\nsecond\rline';

describe('usage errors quote user input escaped, on one line', () => {
	test.each([
		['an unknown lab scenario', ['check', '--lab', hostile]],
		['an unknown command', [hostile]],
		['a bad port list', ['check', '127.0.0.1', '--ports', hostile]],
		['a bad mode', ['check', '127.0.0.1', '--mode', hostile]],
		['an unknown preset', ['check', '--preset', hostile]],
		['a bad host', ['check', hostile]],
		['a bad --report folder', ['check', '127.0.0.1', '--report', `/nonexistent/${hostile}/r.md`]],
	])('%s', async (_name, args) => {
		const run = await runCli(args);
		expect(run.code).toBe(2);
		expect(run.stdout).toBe('');
		expect(run.stderr.endsWith('\n')).toBe(true);
		const line = run.stderr.slice(0, -1);
		expect(line.includes('\n')).toBe(false);
		expect(isTerminalSafe(line), JSON.stringify(line)).toBe(true);
		expect(line).toMatch(/^smtp-doctor: /);
	});

	test('the escapes show what was typed, once: \\x1b, \\x07, \\u{202e}', async () => {
		const run = await runCli(['check', '--lab', hostile]);
		expect(run.stderr).toContain('x\\x1b[31mred\\x07\\u{202e}evil');
		expect(run.stderr).not.toContain('\\\\x1b');
	});

	test('a bad host with --preset is one line, with no note before it', async () => {
		const run = await runCli(['check', 'bad host', '--preset', 'hostinger']);
		expect(run.code).toBe(2);
		expect(run.stderr).toMatch(/^smtp-doctor: Host "bad host" has an invalid label[^\n]*\n$/);
	});
});
