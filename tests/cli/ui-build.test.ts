// The interactive app runs from its own one-file build (distribution/ui.js, scripts/build.mjs),
// and the launchers send a terminal's command line there. Proof by removal, as in
// check-build.test.ts: the copy below has only ui.js, the lazy/ files and the launchers (no
// app.js, no chunks/, no check.cjs), and in a real pseudo-terminal the lab still runs to its
// settings, in English through cli.js and in Indonesian (lazy files) through the bin, cli.cjs;
// a port detail opens; q exits with 0. A headless command the launcher guesses wrongly (a flag
// before the command word) still works from ui.js, only slower.
import {cpSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, afterEach, beforeAll, expect, test, vi} from 'vitest';
import {startScreen, type Screen} from '../../scripts/pty-screen.mjs';
import {assertBuilt, cliPath} from './cli-helpers.js';

let folder: string;
let copy: string;
let screen: Screen | undefined;

vi.setConfig({testTimeout: 90_000});

// A lab run takes about a second; the margin is for a machine shared by many test runs.
const labRunTimeoutMs = 45_000;

beforeAll(() => {
	assertBuilt();
	folder = mkdtempSync(path.join(tmpdir(), 'smtp-doctor-ui-build-'));
	copy = path.join(folder, 'distribution');
	cpSync(path.dirname(cliPath), copy, {recursive: true});
	rmSync(path.join(copy, 'chunks'), {recursive: true});
	rmSync(path.join(copy, 'app.js'));
	rmSync(path.join(copy, 'check.cjs'));
});

afterEach(() => {
	screen?.dispose();
	screen = undefined;
});

afterAll(() => {
	rmSync(folder, {recursive: true, force: true});
});

test('the lab runs from ui.js alone through cli.js: settings, a port detail, exit 0', async () => {
	screen = startScreen(process.execPath, [path.join(copy, 'cli.js'), '--lab', '--lang', 'en'], {
		cols: 80,
		rows: 24,
		cwd: folder,
	});
	await screen.waitFor('Host smtp.lab.test - Port 465', labRunTimeoutMs);
	screen.press('j');
	await screen.waitFor('› 465');
	screen.press('\r');
	expect(await screen.waitFor('Timeline')).toContain('Implicit TLS works');
	screen.press('q');
	const {exitCode} = await screen.exited;
	expect(exitCode).toBe(0);
	expect(screen.raw()).not.toContain('not in the check build');
});

test('the bin (cli.cjs) takes ui.js too, and Indonesian comes from the lazy files', async () => {
	screen = startScreen(process.execPath, [path.join(copy, 'cli.cjs'), '--lab', '--lang', 'id'], {
		cols: 80,
		rows: 24,
		cwd: folder,
	});
	expect(await screen.waitFor('Pakai setting ini di mail client Anda:', labRunTimeoutMs)).toMatch(
		/465 \(\d+\)\s+SSL\/TLS\s+✔ OK/,
	);
	screen.press('q');
	const {exitCode} = await screen.exited;
	expect(exitCode).toBe(0);
});

test('a headless command after a flag, on a terminal, still runs from ui.js', async () => {
	// `--lang en lessons`: the launcher sees a flag first and guesses the app; main() runs the
	// headless lessons list from the same file.
	screen = startScreen(process.execPath, [path.join(copy, 'cli.cjs'), '--lang', 'en', 'lessons'], {
		cols: 80,
		rows: 24,
		cwd: folder,
	});
	await screen.waitFor('smtp-doctor lessons ID prints one');
	const {exitCode} = await screen.exited;
	expect(exitCode).toBe(0);
});
