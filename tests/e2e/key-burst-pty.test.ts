// Bursts of keys written to the BUILT CLI's pseudo-terminal in ONE write, as SSH key repeat,
// a paste or a password manager's auto-type deliver them. Ink 6.8 alone hands such a burst to
// stale input handlers (tests/ui/key-stream.test.tsx shows it); the key stream in front of
// Ink makes each key act on the frame the one before produced. If an Ink or React upgrade
// breaks that ordering, this file fails loudly.
import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {afterEach, beforeAll, expect, it, vi} from 'vitest';
import {startScreen, type Screen} from '../../scripts/pty-screen.mjs';
import {startSmtpServer, type TestServer} from '../helpers/servers.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = fileURLToPath(new URL('../../distribution/cli.js', import.meta.url));
const finished = /Use these settings|No port works/;
// A lab run takes about a second; the margin is for a machine shared by many test runs.
const labRunTimeoutMs = 45_000;
const paste = (text: string) => `\u001B[200~${text}\u001B[201~`;

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

vi.setConfig({testTimeout: 120_000});

function start(args: readonly string[]): Screen {
	screen = startScreen('node', [cli, ...args], {
		cols: 80,
		rows: 24,
		cwd: root,
		env: {NO_COLOR: '1'},
	});
	return screen;
}

it('"jj<Enter>" in one write opens the third row, every time of N', async () => {
	const app = start(['--lab']);
	await app.waitFor(finished, labRunTimeoutMs);
	const rounds = 20;
	let correct = 0;
	const times: number[] = [];
	for (let round = 0; round < rounds; round++) {
		const started = performance.now();
		app.press('jj\r');
		const detail = await app.waitFor(/Port \d+ on smtp\.lab\.test/);
		times.push(performance.now() - started);
		if (detail.includes('Port 587 on smtp.lab.test')) {
			correct++;
		}

		// Back (Backspace) and up to the first row, again in one write.
		app.press('\u007Fkkkk');
		await app.waitFor((text) => /› 25 \(/.test(text) && finished.test(text));
	}

	times.sort((a, b) => a - b);
	console.log(
		`key bursts: ${correct}/${rounds} "jj<Enter>" correct; burst to frame median ${times[Math.floor(rounds / 2)]?.toFixed(0)} ms (pty, frames drawn at most every 50 ms)`,
	);
	expect(correct).toBe(rounds);
});

it('a long burst of moves lands on the row it adds up to, and Enter Enter are two Enters', async () => {
	const app = start(['--lab']);
	await app.waitFor(finished, labRunTimeoutMs);
	// 120 moves that cancel out, then two down: row 587.
	const moves = 'jjjkkk'.repeat(20);
	const started = performance.now();
	app.press(`${moves}jj`);
	await app.waitFor('› 587');
	const perKey = (performance.now() - started) / (moves.length + 2);
	console.log(
		`key bursts: ${moves.length + 2} keys in one write, ${perKey.toFixed(2)} ms per key (pty)`,
	);
	// Enter opens the detail, the second Enter is the detail's (nothing happens there), then
	// Backspace returns with the row kept.
	app.press('\r\r\u007F');
	await app.waitFor((text) => text.includes('› 587') && finished.test(text));
	app.press('q');
	expect((await app.exited).exitCode).toBe(0);
});

it('Home: a burst down to "Custom host...", a pasted host with spaces, ports typed after Ctrl+U', async () => {
	server = await startSmtpServer({authOptional: true, disabledCommands: ['STARTTLS']});
	const app = start([]);
	await app.waitFor('Custom host...', 15_000);
	// Home rows: 6 providers, More providers, Find my settings, Custom host (the ninth).
	app.press('jjjjjjjj\r');
	await app.waitFor('Custom host');
	await app.waitFor('› Host');
	app.press(`${paste('  127.0.0.1  ')}\r`);
	await app.waitFor('› Ports');
	app.press(`\u0015${server.port}\r`);
	const table = await app.waitFor(finished, labRunTimeoutMs);
	expect(table).toMatch(new RegExp(`${server.port}\\s+NONE`));
	app.press('q');
	expect((await app.exited).exitCode).toBe(0);
});

it('"me<Enter>pw123456<Enter>" auto-typed at the login: logs in as me, the password never shown', async () => {
	const app = start(['--lab']);
	await app.waitFor(finished, labRunTimeoutMs);
	app.press('a');
	await app.waitFor('User name:');
	app.press('me\rpw123456\r');
	const table = await app.waitFor((text) => /as me/.test(text) || /Login works/.test(text), 30_000);
	expect(table).not.toContain('pw1');
	await app.waitFor(finished, labRunTimeoutMs);
	app.press('q');
	expect((await app.exited).exitCode).toBe(0);
	expect(app.raw()).not.toContain('pw123456');
	expect(app.raw()).not.toContain('pw1');
});

it('"kk<Enter><Enter>" on Home: up past the top to Learn, then the first lesson, while it loads', async () => {
	const app = start([]);
	await app.waitFor('Custom host...', 15_000);
	app.press('kk\r\r');
	// Wait for the lesson's own text (the Learn list shows its title too, so under load the
	// list's frame could match first), then check the list is gone.
	const lesson = await app.waitFor("SSL was Netscape's encryption protocol");
	expect(lesson).toContain('SSL: the old name for TLS');
	expect(lesson).not.toContain('Learn: encryption words and SMTP ports');
	app.press('q');
	expect((await app.exited).exitCode).toBe(0);
});
