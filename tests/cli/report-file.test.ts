// --report FILE: checked before probing (a bad path costs no connection), written with mode
// 0600 even over an existing file, and its location said on stderr.
import {mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, expect, test} from 'vitest';
import {runCli, startPlainSmtp, type LoopbackServer} from './cli-helpers.js';

let server: LoopbackServer;
const directory = mkdtempSync(path.join(tmpdir(), 'smtp-doctor-report-'));

beforeAll(async () => {
	server = await startPlainSmtp();
});

afterAll(async () => {
	await server.close();
});

const check = (report: string) =>
	runCli([
		'check',
		'127.0.0.1',
		'--ports',
		String(server.port),
		'--mode',
		'none',
		'--report',
		report,
	]);

test.each([
	['a missing folder', () => path.join(directory, 'missing', 'r.md'), /folder .* does not exist/],
	[
		'a folder',
		() => {
			const folder = path.join(directory, 'a-folder');
			mkdirSync(folder);
			return folder;
		},
		/it is a folder/,
	],
])('%s: one line, exit 2, nothing probed', async (_name, target, message) => {
	const before = server.connections();
	const run = await check(target());
	expect(run.code).toBe(2);
	expect(run.stdout).toBe('');
	expect(run.stderr).toMatch(message);
	expect(run.stderr.trim().split('\n')).toHaveLength(1);
	expect(server.connections()).toBe(before);
});

test.skipIf(process.platform === 'win32')(
	'an existing world-readable file becomes 0600; stderr says where',
	async () => {
		const file = path.join(directory, 'existing.md');
		writeFileSync(file, 'old', {mode: 0o644});
		const run = await check(file);
		// Plain text only: no recommendation (exit 1), but the report is written.
		expect(run.code).toBe(1);
		expect(statSync(file).mode & 0o777).toBe(0o600);
		expect(readFileSync(file, 'utf8')).toContain('# smtp-doctor: 127.0.0.1');
		expect(run.stderr).toContain(`report written to "${file}"`);
	},
);
