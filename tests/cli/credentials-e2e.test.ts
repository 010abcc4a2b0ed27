// The built CLI (distribution/cli.js) with credentials: secret sources, confirmation, JSON,
// plain and Markdown outputs, exit codes, and a canary secret that must appear nowhere.
import {spawn} from 'node:child_process';
import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {containsSecret} from '../../source/engine/redact.js';
import {assertBuilt, cliEnv, cliPath, type CliRun} from './cli-helpers.js';
import {testCertificates} from '../helpers/certificates.js';
import {type RunningServer, startScriptedServer, startSmtpServer} from '../helpers/servers.js';

const user = 'alice@example.test';
const canary = 'canary-S3cr3t-7f3a';

let directory = '';
let caFile = '';
beforeAll(async () => {
	assertBuilt();
	directory = await mkdtemp(path.join(tmpdir(), 'smtp-doctor-auth-'));
	caFile = path.join(directory, 'ca.pem');
	await writeFile(caFile, (await testCertificates()).ca);
});
afterAll(async () => {
	await rm(directory, {recursive: true, force: true});
});

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
	for (const cleanup of cleanups.splice(0).reverse()) {
		await cleanup();
	}
});

async function server(): Promise<RunningServer> {
	const certs = await testCertificates();
	const running = await startSmtpServer({
		key: certs.key,
		cert: certs.cert,
		authMethods: ['PLAIN', 'LOGIN'],
		onAuth(auth, _session, callback) {
			if (auth.username === user && auth.password === canary) {
				callback(null, {user});
			} else {
				callback(
					Object.assign(new Error(`5.7.8 Bad credentials for ${auth.username ?? ''}`), {
						responseCode: 535,
					}),
				);
			}
		},
	});
	cleanups.push(async () => running.close());
	return running;
}

/** Runs the built CLI with pipes; `stdin` is written then closed (undefined: closed at once). */
async function run(
	args: readonly string[],
	options: {stdin?: string; env?: NodeJS.ProcessEnv} = {},
): Promise<CliRun> {
	const child = spawn(process.execPath, [cliPath, ...args], {
		env: cliEnv(options.env),
		stdio: ['pipe', 'pipe', 'pipe'],
	});
	let stdout = '';
	let stderr = '';
	child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
		stdout += chunk;
	});
	child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
		stderr += chunk;
	});
	child.stdin.end(options.stdin ?? '');
	return new Promise<CliRun>((resolve, reject) => {
		child.once('error', reject);
		child.once('close', (code, signal) => {
			resolve({code, signal, stdout, stderr});
		});
	});
}

function checkArgs(port: number, ...extra: string[]): string[] {
	return [
		'check',
		'localhost',
		'-4',
		'--ports',
		String(port),
		'--ca',
		caFile,
		'--user',
		user,
		...extra,
	];
}

function expectNoCanary(...texts: string[]): void {
	for (const text of texts) {
		expect(text).not.toContain(canary);
		expect(containsSecret(text, canary, user)).toBe(false);
	}
}

type JsonPort = {
	auth: {verdict: {code: string; params: Record<string, unknown>}} | null;
	send: {verdict: {code: string}; queueId?: string} | null;
};

describe('smtp-doctor check --user (built CLI)', () => {
	it('SMTP_DOCTOR_PASSWORD: AUTH ok in JSON, exit 0, no canary on stdout or stderr', async () => {
		const smtp = await server();
		const result = await run(checkArgs(smtp.port, '--json'), {env: {SMTP_DOCTOR_PASSWORD: canary}});
		expect(result.code).toBe(0);
		const json = JSON.parse(result.stdout) as {ports: JsonPort[]};
		expect(json.ports[0]?.auth?.verdict.code).toBe('auth-ok');
		expect(smtp.auths).toEqual([{method: 'PLAIN', username: user}]);
		expectNoCanary(result.stdout, result.stderr);
	});

	it('--password-stdin, --send-to --yes, --report: message sent, report and outputs clean', async () => {
		const smtp = await server();
		const report = path.join(directory, 'report.md');
		const result = await run(
			checkArgs(
				smtp.port,
				'--password-stdin',
				'--send-to',
				'bob@example.org',
				'--yes',
				'--json',
				'--report',
				report,
			),
			{stdin: `${canary}\n`},
		);
		expect(result.code).toBe(0);
		const json = JSON.parse(result.stdout) as {ports: JsonPort[]};
		expect(json.ports[0]?.send?.verdict.code).toBe('send-ok');
		expect(json.ports[0]?.send?.queueId).toBe('ABC123');
		expect(smtp.messages).toHaveLength(1);
		expect(smtp.messages[0]?.to).toEqual(['bob@example.org']);
		const markdown = await readFile(report, 'utf8');
		expect(markdown).toContain('AUTH');
		expectNoCanary(result.stdout, result.stderr, markdown);
	});

	it('535 in plain output: explained, no canary', async () => {
		const smtp = await server();
		const result = await run(checkArgs(smtp.port, '--password-stdin', '--auth-mech', 'login'), {
			stdin: `wrong-${canary}`,
		});
		expectNoCanary(result.stdout, result.stderr);
		expect(result.stdout).not.toContain(`wrong-${canary}`);
		expect(result.stdout).toMatch(/Login \(LOGIN\): \S+ Login refused\. The server refused .*535/);
		const json = await run(checkArgs(smtp.port, '--password-stdin', '--json'), {
			stdin: `wrong-${canary}`,
		});
		const parsed = JSON.parse(json.stdout) as {ports: JsonPort[]};
		expect(parsed.ports[0]?.auth?.verdict.code).toBe('auth-failed');
		expect(parsed.ports[0]?.auth?.verdict.params['code']).toBe(535);
		expectNoCanary(json.stdout, json.stderr);
	});

	it('says why the test message was not sent when the login failed on that port', async () => {
		const smtp = await server();
		const result = await run(checkArgs(smtp.port, '--send-to', 'bob@example.org', '--yes'), {
			env: {SMTP_DOCTOR_PASSWORD: `wrong-${canary}`},
		});
		expect(result.stderr).toContain(
			`the test message was not sent through port ${smtp.port}: the login there failed (Login refused)`,
		);
		expect(smtp.messages).toEqual([]);
		expectNoCanary(result.stdout, result.stderr);
	});

	it('refuses to send without --yes when there is no terminal: exit 2, one line, nothing probed', async () => {
		const smtp = await server();
		const result = await run(checkArgs(smtp.port, '--send-to', 'bob@example.org'), {
			env: {SMTP_DOCTOR_PASSWORD: canary},
		});
		expect(result.code).toBe(2);
		expect(result.stderr.trim().split('\n')).toHaveLength(1);
		expect(result.stderr).toMatch(/add --yes/);
		expect(smtp.auths).toEqual([]);
		expect(smtp.messages).toEqual([]);
	});

	it('no password source and no terminal: exit 2 with a clear line', async () => {
		const smtp = await server();
		const result = await run(checkArgs(smtp.port));
		expect(result.code).toBe(2);
		expect(result.stderr).toMatch(/set SMTP_DOCTOR_PASSWORD, pipe it with --password-stdin/);
	});

	it('--password works but warns about the process list; the warning never echoes it', async () => {
		const smtp = await server();
		const result = await run(checkArgs(smtp.port, '--password', canary, '--json'));
		expect(result.code).toBe(0);
		expect(result.stderr).toMatch(/process list/);
		expectNoCanary(result.stdout, result.stderr);
	});

	it('server dropping the connection mid-AUTH (plaintext allowed): red warning, explained, no canary', async () => {
		const scripted = await startScriptedServer((socket, line) => {
			if (line.startsWith('AUTH')) {
				socket.destroy();
			}
		});
		cleanups.push(async () => scripted.close());
		const result = await run(
			[
				'check',
				'127.0.0.1',
				'--ports',
				String(scripted.port),
				'--mode',
				'none',
				'--user',
				user,
				'--allow-plaintext-auth',
			],
			{env: {SMTP_DOCTOR_PASSWORD: canary}},
		);
		expect(result.stderr).toMatch(/--allow-plaintext-auth lets the password travel unencrypted/);
		expect(result.stdout).toMatch(/Login interrupted/);
		expect(result.stdout).toMatch(/Password sent unencrypted/);
		expectNoCanary(result.stdout, result.stderr);
	});

	it('usage errors for credential flags exit 2', async () => {
		const noUser = await run(['check', 'localhost', '--send-to', 'bob@example.org']);
		expect(noUser.code).toBe(2);
		expect(noUser.stderr).toMatch(/--send-to needs --user NAME/);
		const badMech = await run(['check', 'localhost', '--user', user, '--auth-mech', 'cram-md5'], {
			env: {SMTP_DOCTOR_PASSWORD: canary},
		});
		expect(badMech.code).toBe(2);
		expectNoCanary(badMech.stderr);
	});
});
