// `npm start` in a real terminal: the app's first frame starts at the top of the screen (npm's
// "> smtp-port-doctor start" banner is erased, no build output stays above it), and an
// unchanged tree is not rebuilt (`npm test` has just built it).
import {statSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterEach, expect, it} from 'vitest';
import {startScreen, type Screen} from '../../scripts/pty-screen.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = path.join(root, 'distribution', 'cli.js');
let screen: Screen | undefined;

afterEach(() => {
	screen?.dispose();
	screen = undefined;
});

it('starts the app on a clean screen without rebuilding an unchanged tree', async () => {
	const builtAt = statSync(cli).mtimeMs;
	screen = startScreen('npm', ['start'], {cols: 80, rows: 24, cwd: root});
	const home = await screen.waitFor('q quit', 30_000);
	// npm did print its banner; it is gone from the screen, and nothing else is above the app.
	expect(screen.raw()).toContain('> smtp-port-doctor@');
	expect(home.split('\n')[0]).toBe('smtp-doctor: which SMTP port and encryption work from here?');
	expect(home).not.toMatch(/> smtp-port-doctor|Building|esbuild/);
	screen.press('q');
	expect((await screen.exited).exitCode).toBe(0);
	expect(statSync(cli).mtimeMs).toBe(builtAt);
});
