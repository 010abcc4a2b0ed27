// When stdout fails: `| head -1` ends quietly (141, 128 + SIGPIPE, as a Unix tool dies), a full
// disk is one line (74, EX_IOERR), and a report asked for is still written (a hung-up SSH
// session takes the terminal with it, not the report).
import {spawn} from 'node:child_process';
import {mkdtempSync, openSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, expect, test} from 'vitest';
import {cliEnv, cliPath, startPlainSmtp, startTarpit, type LoopbackServer} from './cli-helpers.js';
import {waitFor} from '../helpers/wait-for.js';

let server: LoopbackServer;
const directory = mkdtempSync(path.join(tmpdir(), 'smtp-doctor-output-'));

beforeAll(async () => {
	server = await startPlainSmtp();
});

afterAll(async () => {
	await server.close();
	rmSync(directory, {recursive: true, force: true});
});

type Exit = {code: number | null; stderr: string};

/** Starts the CLI with its stdout's reader already gone (what `| head -c0` leaves behind). */
function withClosedStdout(args: readonly string[]) {
	const child = spawn(process.execPath, [cliPath, ...args], {
		env: cliEnv(),
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	child.stdout.destroy();
	let stderr = '';
	child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
		stderr += chunk;
	});
	const done = new Promise<Exit>((resolve) => {
		child.once('close', (code) => {
			resolve({code, stderr});
		});
	});
	return {child, done};
}

test.each([
	['lessons', ['lessons', 'port-465']],
	['--help', ['--help']],
	['check --json', () => ['check', '127.0.0.1', '--ports', String(server.port), '--json']],
])('%s into a closed pipe: exit 141, nothing on stderr', async (_name, args) => {
	const run = await withClosedStdout(typeof args === 'function' ? args() : args).done;
	expect(run).toEqual({code: 141, stderr: ''});
});

test('stdout on a full disk (/dev/full): one line, exit 74', async () => {
	const full = openSync('/dev/full', 'w');
	const child = spawn(process.execPath, [cliPath, 'lessons', 'port-465'], {
		env: cliEnv(),
		stdio: ['ignore', full, 'pipe'],
	});
	let stderr = '';
	child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
		stderr += chunk;
	});
	const code = await new Promise((resolve) => child.once('close', resolve));
	expect(code).toBe(74);
	expect(stderr).toBe('smtp-doctor: cannot write the output (ENOSPC)\n');
});

test('the reader is gone when the run ends: the report is still written', async () => {
	const report = path.join(directory, 'gone.md');
	const run = await withClosedStdout([
		'check',
		'127.0.0.1',
		'--ports',
		String(server.port),
		'--mode',
		'none',
		'--report',
		report,
	]).done;
	expect(run.code).toBe(141);
	expect(readFileSync(report, 'utf8')).toContain('# smtp-doctor: 127.0.0.1');
});

test('SIGHUP mid-probe with the terminal gone: 129, sockets closed, the partial report written', async () => {
	const tarpit = await startTarpit();
	try {
		const report = path.join(directory, 'hangup.md');
		const cli = withClosedStdout([
			'check',
			'127.0.0.1',
			'--ports',
			String(tarpit.port),
			'--mode',
			'none',
			'--greeting-timeout',
			'60s',
			'--report',
			report,
		]);
		await waitFor(() => tarpit.openSockets() > 0);
		cli.child.kill('SIGHUP');
		const run = await cli.done;
		expect(run.code).toBe(129);
		expect(run.stderr).toBe('');
		expect(readFileSync(report, 'utf8')).toContain('○ SKIP');
		await waitFor(() => tarpit.openSockets() === 0);
	} finally {
		await tarpit.close();
	}
});
