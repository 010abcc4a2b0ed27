// The headless path must never load the interactive UI (Ink/React). Proof by removal: copy
// the built distribution, delete the app build (ui.js), the UI entry chunk and every chunk
// that carries React or Yoga, and run `check`, `--version` and a check without a terminal
// from the copy. They must still work.
import {cpSync, mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {spawn} from 'node:child_process';
import {afterAll, beforeAll, expect, test} from 'vitest';
import {assertBuilt, cliEnv, cliPath, startPlainSmtp, type LoopbackServer} from './cli-helpers.js';

let copy: string;
let removed: string[];
let server: LoopbackServer;

beforeAll(async () => {
	assertBuilt();
	copy = mkdtempSync(path.join(tmpdir(), 'smtp-doctor-headless-'));
	cpSync(path.dirname(cliPath), copy, {recursive: true});
	const chunks = path.join(copy, 'chunks');
	removed = readdirSync(chunks).filter(
		(name) =>
			name.startsWith('run-app-') ||
			/react|yoga-layout/i.test(readFileSync(path.join(chunks, name), 'utf8')),
	);
	for (const name of removed) {
		rmSync(path.join(chunks, name));
	}

	rmSync(path.join(copy, 'ui.js'));

	server = await startPlainSmtp();
});

afterAll(async () => {
	await server.close();
	rmSync(copy, {recursive: true, force: true});
});

async function run(
	args: readonly string[],
): Promise<{code: number | null; stdout: string; stderr: string}> {
	const child = spawn(process.execPath, [path.join(copy, 'cli.js'), ...args], {
		env: cliEnv(),
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let stdout = '';
	let stderr = '';
	child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
		stdout += chunk;
	});
	child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
		stderr += chunk;
	});
	const code = await new Promise<number | null>((resolve) => {
		child.once('close', resolve);
	});
	return {code, stdout, stderr};
}

test('check and --version work with every UI chunk deleted', async () => {
	expect(removed.some((name) => name.startsWith('run-app-'))).toBe(true);
	expect((await run(['--version'])).code).toBe(0);
	const check = await run([
		'check',
		'127.0.0.1',
		'--ports',
		String(server.port),
		'--mode',
		'none',
		'--json',
	]);
	expect(check.stderr).toBe('');
	// Plain text only is never recommended (exit 1): what matters here is a complete report.
	expect(check.code).toBe(1);
	expect((JSON.parse(check.stdout) as {outcomeReason: string}).outcomeReason).toBe('plaintext');
	const noTty = await run(['127.0.0.1', '--ports', String(server.port), '--mode', 'none']);
	expect(noTty.code).toBe(1);
	expect(noTty.stdout).toContain('only without encryption');
});
