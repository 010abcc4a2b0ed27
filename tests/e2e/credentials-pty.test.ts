// The built CLI on a real pseudo-terminal: the password is asked without echo, the test
// message is confirmed with "Send? [y/N]", and nothing the terminal shows contains the secret.
import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import pty from 'node-pty';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {containsSecret} from '../../source/engine/redact.js';
import {assertBuilt, cliEnv, cliPath} from '../cli/cli-helpers.js';
import {testCertificates} from '../helpers/certificates.js';
import {type RunningServer, startSmtpServer} from '../helpers/servers.js';
import {waitFor} from '../helpers/wait-for.js';

const user = 'alice@example.test';
const canary = 'canary-S3cr3t-7f3a';

let directory = '';
let caFile = '';
beforeAll(async () => {
	assertBuilt();
	directory = await mkdtemp(path.join(tmpdir(), 'smtp-doctor-pty-'));
	caFile = path.join(directory, 'ca.pem');
	await writeFile(caFile, (await testCertificates()).ca);
});
afterAll(async () => {
	await rm(directory, {recursive: true, force: true});
});

const cleanups: Array<() => Promise<void> | void> = [];
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
		authMethods: ['PLAIN'],
		onAuth(auth, _session, callback) {
			callback(null, auth.password === canary ? {user} : undefined);
		},
	});
	cleanups.push(async () => running.close());
	return running;
}

function startPty(args: string[]) {
	const env = cliEnv({NO_COLOR: '1'});
	delete env['SMTP_DOCTOR_PASSWORD'];
	const terminal = pty.spawn(process.execPath, [cliPath, ...args], {
		name: 'xterm',
		cols: 120,
		rows: 40,
		env: env,
	});
	let output = '';
	let exitCode: number | undefined;
	terminal.onData((data) => {
		output += data;
	});
	terminal.onExit(({exitCode: code}) => {
		exitCode = code;
	});
	cleanups.push(() => {
		if (exitCode === undefined) {
			terminal.kill();
		}
	});
	return {terminal, output: () => output, exitCode: () => exitCode};
}

describe('smtp-doctor check on a terminal', () => {
	for (const [answer, isSent] of [
		['y', true],
		['n', false],
	] as const) {
		it(`asks for the password without echo, then "Send? [y/N]" answered ${answer}`, async () => {
			const smtp = await server();
			const run = startPty([
				'check',
				'localhost',
				'-4',
				'--ports',
				String(smtp.port),
				'--ca',
				caFile,
				'--user',
				user,
				'--send-to',
				'bob@example.org',
			]);
			await waitFor(() => run.output().includes(`Password for ${user}: `), {
				message: 'password prompt',
				timeoutMs: 10_000,
			});
			run.terminal.write(`${canary}\r`);
			await waitFor(() => run.output().includes('Send? [y/N]'), {
				message: 'confirmation',
				timeoutMs: 10_000,
			});
			expect(run.output()).toMatch(/To:\s+bob@example\.org/);
			expect(run.output()).toMatch(new RegExp(`Server:\\s+localhost port ${smtp.port}`));
			run.terminal.write(`${answer}\r`);
			await waitFor(() => run.exitCode() !== undefined, {message: 'exit', timeoutMs: 15_000});
			expect(run.exitCode()).toBe(0);
			expect(smtp.auths).toHaveLength(1);
			expect(smtp.messages).toHaveLength(isSent ? 1 : 0);
			expect(run.output()).toContain(
				isSent ? 'Test message accepted' : 'not sending the test message',
			);
			expect(run.output()).not.toContain(canary);
			expect(containsSecret(run.output(), canary, user)).toBe(false);
		});
	}
});
