// The built CLI's screen in a real pseudo-terminal (node-pty + xterm): resizing leaves no ghost
// lines, and quitting (q, Ctrl+C, SIGTERM) leaves the alternate screen with the final plain
// report in the scrollback, unfinished rows as "○ SKIP", never a frozen spinner.
import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {afterEach, beforeAll, expect, it, vi} from 'vitest';
import {startScreen, type Screen} from '../../scripts/pty-screen.mjs';
import {startTcpServer, type TestServer} from '../helpers/servers.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = fileURLToPath(new URL('../../distribution/cli.js', import.meta.url));
const finished = /Use these settings|No port works/;
const labRunTimeoutMs = 45_000;
const spinner = /[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏]/;

let screen: Screen | undefined;
let server: TestServer | undefined;

beforeAll(() => {
	if (!existsSync(cli)) {
		throw new Error('distribution/cli.js is missing: run `npm run build` (npm test does)');
	}
});

afterEach(async () => {
	screen?.dispose();
	screen = undefined;
	await server?.close();
	server = undefined;
});

vi.setConfig({testTimeout: 90_000});

function resize(app: Screen, columns: number, rows: number): void {
	app.terminal.resize(columns, rows);
	app.child.resize(columns, rows);
}

/** The rows the terminal shows now (its size may have changed). */
function visible(app: Screen): string {
	const buffer = app.terminal.buffer.active;
	const lines: string[] = [];
	for (let y = 0; y < app.terminal.rows; y++) {
		lines.push(buffer.getLine(buffer.viewportY + y)?.translateToString(true) ?? '');
	}

	return lines.join('\n');
}

/** The whole buffer the terminal keeps: scrollback and screen. */
function scrollback(app: Screen): string {
	const buffer = app.terminal.buffer.active;
	const lines: string[] = [];
	for (let y = 0; y < buffer.length; y++) {
		lines.push(buffer.getLine(y)?.translateToString(true) ?? '');
	}

	return lines.join('\n');
}

it('shrinking to 60x20 and growing back to 80x24 leaves one copy of the screen', async () => {
	const app = startScreen('node', [cli, '--lab'], {
		cols: 80,
		rows: 24,
		cwd: root,
		env: {NO_COLOR: '1'},
	});
	screen = app;
	await app.waitFor(finished, labRunTimeoutMs);
	for (const [columns, rows, header] of [
		[60, 20, /Port\s+Encryption\s+Status\s+What it means/],
		[80, 24, /Port\s+Encryption\s+Status\s+Time\s+What it means/],
	] as const) {
		resize(app, columns, rows);
		await app.waitFor(() => {
			const shown = visible(app);
			return header.test(shown) && finished.test(shown);
		});
		const lines = visible(app).split('\n');
		expect(lines).toHaveLength(rows);
		expect(lines.filter((line) => line.includes('LAB'))).toHaveLength(1);
		expect(lines.filter((line) => /Port\s+Encryption/.test(line))).toHaveLength(1);
		expect(lines.filter((line) => /^[› ] 465 \(/.test(line))).toHaveLength(1);
		for (const line of lines) {
			expect([...line].length).toBeLessThanOrEqual(columns);
		}
	}
});

for (const [name, quit, code] of [
	['q', (app: Screen) => app.press('q'), 0],
	['Ctrl+C', (app: Screen) => app.press('\u0003'), 130],
	['SIGTERM', (app: Screen) => app.child.kill('SIGTERM'), 143],
] as const) {
	it(`${name} mid-probe leaves the table in the scrollback, waiting rows as ○ SKIP`, async () => {
		// A tarpit: accepts and never greets.
		server = await startTcpServer(() => undefined);
		const app = startScreen('node', [cli, '127.0.0.1', '--ports', String(server.port)], {
			cols: 80,
			rows: 24,
			cwd: root,
			env: {NO_COLOR: '1'},
		});
		screen = app;
		await app.waitFor(/waiting for greeting/, 15_000);
		quit(app);
		const {exitCode} = await app.exited;
		await app.settle();
		expect(exitCode).toBe(code);
		const raw = app.raw();
		expect(raw).toContain('\u001B[?1049h');
		expect(raw.lastIndexOf('\u001B[?1049l')).toBeGreaterThan(raw.lastIndexOf('\u001B[?1049h'));
		const kept = scrollback(app);
		expect(kept).toMatch(
			new RegExp(`${server.port}\\s+-\\s+○ SKIP\\s+not probed \\(run stopped\\)`),
		);
		expect(kept).toContain('Cancelled before every port finished.');
		expect(kept).not.toMatch(spinner);
		expect(kept).not.toContain('WAIT');
	});
}

it('q after a finished run leaves its plain report in the scrollback', async () => {
	const app = startScreen('node', [cli, '--lab'], {
		cols: 80,
		rows: 24,
		cwd: root,
		env: {NO_COLOR: '1'},
	});
	screen = app;
	await app.waitFor(finished, labRunTimeoutMs);
	app.press('q');
	expect((await app.exited).exitCode).toBe(0);
	await app.settle();
	const kept = scrollback(app);
	expect(kept).toContain('smtp.lab.test');
	expect(kept).toMatch(/465\s+SSL\/TLS\s+✔ OK/);
	// The app's screen itself is gone with the alternate screen: no key hints left over.
	expect(kept).not.toContain('↑↓ move · Enter details');
});
