// --report FILE: checked before probing (a bad path, or a file the tool did not write, costs no
// connection); written through config/safe-write.ts: a new file or an earlier report (any
// regular file only with --force), never through a link, to a folder, device or FIFO, mode
// 0600, and its location said on stderr.
import {execFileSync} from 'node:child_process';
import {
	lstatSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import net from 'node:net';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, expect, test} from 'vitest';
import {runCli, startPlainSmtp, type LoopbackServer} from './cli-helpers.js';

let server: LoopbackServer;
const directory = mkdtempSync(path.join(tmpdir(), 'smtp-doctor-report-'));

/** A Unix socket in the temporary folder: not a regular file, like a device or FIFO. */
const socketFile = path.join(directory, 'socket');
let socketServer: net.Server;

beforeAll(async () => {
	server = await startPlainSmtp();
	socketServer = net.createServer();
	await new Promise<void>((resolve) => socketServer.listen(socketFile, resolve));
});

afterAll(async () => {
	await new Promise((resolve) => socketServer.close(resolve));
	await server.close();
	rmSync(directory, {recursive: true, force: true});
});

const check = async (report: string, ...extra: string[]) =>
	runCli([
		'check',
		'127.0.0.1',
		'--ports',
		String(server.port),
		'--mode',
		'none',
		'--report',
		report,
		...extra,
	]);

/** Someone's file: a decoy in this test's temporary folder (tests never name a real system file). */
const precious = 'root:x:0:0:root:/root:/bin/bash\n';

test.each([
	[
		'a missing folder',
		() => path.join(directory, 'missing', 'r.md'),
		/the folder of ".*r\.md" does not exist/,
	],
	[
		'a folder',
		() => {
			const folder = path.join(directory, 'a-folder');
			mkdirSync(folder);
			return folder;
		},
		/is a folder; give a file name such as report\.md/,
	],
	[
		'a file smtp-doctor did not write',
		() => {
			const file = path.join(directory, 'someones-file');
			writeFileSync(file, precious);
			return file;
		},
		/"[^"]*someones-file" exists and is not an earlier smtp-doctor report; choose another name, or add --force to replace it$/,
	],
	[
		'a symbolic link (even to an earlier report)',
		() => {
			const target = path.join(directory, 'linked-report.md');
			writeFileSync(target, '# smtp-doctor: old\n');
			const link = path.join(directory, 'link.md');
			symlinkSync(target, link);
			return link;
		},
		/is a symbolic link; not writing through it/,
	],
	[
		'a socket (a decoy for a device: nothing outside the temporary folder is named)',
		() => socketFile,
		/is not a regular file \(a device, FIFO or socket\)/,
	],
	[
		'a FIFO',
		() => {
			const fifo = path.join(directory, 'fifo');
			execFileSync('mkfifo', [fifo]);
			return fifo;
		},
		/is not a regular file/,
	],
])('%s: one line, exit 2, nothing probed, nothing changed', async (_name, target, message) => {
	const file = target();
	const before = server.connections();
	const run = await check(file);
	expect(run.code).toBe(2);
	expect(run.stdout).toBe('');
	expect(run.stderr.trim()).toMatch(message);
	expect(run.stderr.trim().split('\n')).toHaveLength(1);
	expect(server.connections()).toBe(before);
});

test('the file it refused is untouched; --force replaces it (a regular file only)', async () => {
	const file = path.join(directory, 'notes.txt');
	writeFileSync(file, precious, {mode: 0o644});
	expect((await check(file)).code).toBe(2);
	expect(readFileSync(file, 'utf8')).toBe(precious);
	const forced = await check(file, '--force');
	expect(forced.code, forced.stderr).toBe(1);
	expect(readFileSync(file, 'utf8')).toContain('# smtp-doctor: 127.0.0.1');
	expect(statSync(file).mode & 0o777).toBe(0o600);
	// --force never makes a link writable through.
	const link = path.join(directory, 'forced-link.md');
	symlinkSync(file, link);
	expect((await check(link, '--force')).code).toBe(2);
	expect(lstatSync(link).isSymbolicLink()).toBe(true);
});

test('--force without --report is a usage error', async () => {
	const run = await runCli(['check', '127.0.0.1', '--ports', String(server.port), '--force']);
	expect(run.code).toBe(2);
	expect(run.stderr).toBe('smtp-doctor: --force only applies with --report FILE\n');
});

test.skipIf(process.platform === 'win32')(
	'an earlier report is replaced in one step, mode 0600; stderr says where; no temporary file left',
	async () => {
		const folder = mkdtempSync(path.join(directory, 'again-'));
		const file = path.join(folder, 'existing.md');
		writeFileSync(file, '# smtp-doctor: 127.0.0.1 (an earlier run)\n', {mode: 0o644});
		const run = await check(file);
		// Plain text only: no recommendation (exit 1), but the report is written.
		expect(run.code).toBe(1);
		expect(statSync(file).mode & 0o777).toBe(0o600);
		const text = readFileSync(file, 'utf8');
		expect(text).toContain('# smtp-doctor: 127.0.0.1');
		expect(text).not.toContain('an earlier run');
		expect(run.stderr).toContain(`report written to "${file}"`);
		expect(readdirSync(folder)).toEqual(['existing.md']);
	},
);
