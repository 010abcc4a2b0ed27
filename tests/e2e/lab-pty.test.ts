// End to end in a real pseudo-terminal: the BUILT CLI (`npm test` builds first), its lab,
// real keys, and the terminal state after it quits.
import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {vi, afterEach, beforeAll, expect, it} from 'vitest';
import {startScreen, type Screen} from '../../scripts/pty-screen.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = fileURLToPath(new URL('../../distribution/cli.js', import.meta.url));
let screen: Screen | undefined;

beforeAll(() => {
	if (!existsSync(cli)) {
		throw new Error('distribution/cli.js is missing: run `npm run build` (npm test does)');
	}
});

afterEach(() => {
	screen?.dispose();
	screen = undefined;
});

vi.setConfig({testTimeout: 90_000});

const finished = /Use these settings|No port works/;
// A lab run takes about a second; the margin is for a machine shared by many test runs.
const labRunTimeoutMs = 45_000;

it('runs --lab in a pty, opens a row, shows help, quits with 0 and restores the terminal', async () => {
	// `stty -a` after the app exits shows whether it left the terminal in raw mode.
	screen = startScreen(
		'/bin/sh',
		[
			'-c',
			`node "${cli}" --lab; echo "EXIT=$?"; stty -a | tr ' ;' '\\n\\n' | grep -E '^-?(icanon|echo)$' | tr '\\n' ' '; echo END`,
		],
		{cols: 80, rows: 24, cwd: root},
	);
	await screen.waitFor(finished, labRunTimeoutMs);
	// The settings are the last part of the screen to be laid out.
	const table = await screen.waitFor('Host smtp.lab.test - Port 465');
	expect(table).toContain('LAB');
	expect(table).toMatch(/465 \(\d+\)\s+SSL\/TLS\s+✔ OK/);
	expect(table).toContain('Host smtp.lab.test - Port 465 - Encryption SSL/TLS');
	for (const line of table.split('\n')) {
		expect(line.length).toBeLessThanOrEqual(80);
	}

	screen.press('j');
	await screen.waitFor('› 465');
	screen.press('\r');
	const detail = await screen.waitFor('Timeline');
	expect(detail).toContain('Implicit TLS works');
	screen.press('\u001B');
	await screen.waitFor(finished);
	screen.press('?');
	await screen.waitFor('Keys');
	screen.press('?');
	await screen.waitFor(finished);
	screen.press('q');
	const after = await screen.waitFor('END', 5000);
	expect(after).toContain('EXIT=0');
	// Raw mode is off again: canonical input and echo are back.
	expect(after).toMatch(/(?<!-)icanon/);
	expect(after).toMatch(/(?<!-)echo/);
	expect(after).not.toMatch(/-icanon|-echo\b/);
	const raw = screen.raw();
	// The cursor was hidden while drawing and shown again at the end.
	expect(raw).toContain('\u001B[?25l');
	expect(raw.lastIndexOf('\u001B[?25h')).toBeGreaterThan(raw.lastIndexOf('\u001B[?25l'));
	// No alternate screen left behind.
	expect(raw.split('\u001B[?1049h').length).toBe(raw.split('\u001B[?1049l').length);
});

it('exits promptly on SIGTERM, with the cursor shown (bench/startup-tui.mjs times it)', async () => {
	screen = startScreen('node', [cli, '--lab'], {cols: 80, rows: 24, cwd: root});
	await screen.waitFor(/Port\s+Encryption/, labRunTimeoutMs);
	const started = Date.now();
	screen.child.kill('SIGTERM');
	const exit = await screen.exited;
	// Generous bound on a shared machine; the bench prints the measured figure (target 500 ms).
	expect(Date.now() - started).toBeLessThan(3000);
	expect(exit.exitCode).toBe(143);
	await screen.settle();
	const raw = screen.raw();
	expect(raw.lastIndexOf('\u001B[?25h')).toBeGreaterThan(raw.lastIndexOf('\u001B[?25l'));
});

it('honours NO_COLOR: symbols and words, no colour codes', async () => {
	screen = startScreen('node', [cli, '--lab'], {
		cols: 80,
		rows: 24,
		cwd: root,
		env: {NO_COLOR: '1'},
	});
	const table = await screen.waitFor(finished, labRunTimeoutMs);
	expect(table).toMatch(/465 \(\d+\)\s+SSL\/TLS\s+✔ OK/);
	expect(table).toMatch(/25 \(\d+\)\s+-\s+✖ FAIL/);
	screen.press('q');
	expect((await screen.exited).exitCode).toBe(0);
	// No foreground or background colour at all (bold and inverse are not colours).
	expect(screen.raw()).not.toMatch(/\u001B\[(?:3|4|9|10)\d(?:;\d+)*m/);
});
