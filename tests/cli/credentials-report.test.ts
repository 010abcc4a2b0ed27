// The login and the test message in the plain output and in the Markdown report (--report):
// verdict words, the user name (not a secret), From/To/Subject and the queue id. The password
// never appears. The built CLI against smtp-server on loopback.
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, expect, test} from 'vitest';
import {createLeafCertificate, createTestCa} from '../helpers/certificates.js';
import {startSmtpServer, type TestServer} from '../helpers/servers.js';
import {runCli} from './cli-helpers.js';

const password = 'canary-Pa55word-7f3k';
let server: TestServer;
let caFile: string;
let directory: string;

beforeAll(async () => {
	const ca = await createTestCa();
	const leaf = await createLeafCertificate({ca});
	directory = mkdtempSync(path.join(tmpdir(), 'smtp-doctor-credreport-'));
	caFile = path.join(directory, 'ca.pem');
	writeFileSync(caFile, ca.cert);
	server = await startSmtpServer({
		key: leaf.key,
		cert: leaf.cert,
		authMethods: ['PLAIN', 'LOGIN'],
		onAuth(auth, _session, callback) {
			if (auth.username === 'alice@example.com' && auth.password === password) {
				callback(null, {user: auth.username});
				return;
			}

			callback(
				Object.assign(new Error('5.7.8 Authentication credentials invalid'), {responseCode: 535}),
			);
		},
		onData(stream, _session, callback) {
			stream.resume();
			stream.on('end', () => {
				callback(null, 'Ok: queued as 4XyZ99');
			});
		},
	});
});

afterAll(async () => {
	await server.close();
});

const base = () => ['check', '127.0.0.1', '--ports', String(server.port), '--ca', caFile];

test('a failed login is in the report with its verdict words and the user name', async () => {
	const report = path.join(directory, 'failed.md');
	const run = await runCli([...base(), '--user', 'alice@example.com', '--report', report], {
		SMTP_DOCTOR_PASSWORD: 'not-the-password',
	});
	expect(run.code).toBe(1);
	const text = readFileSync(report, 'utf8');
	expect(text).toMatch(/\*\*Login \(PLAIN\):\*\* ✖ FAIL .+\. .+\n  - User alice@example\.com\n/);
	expect(text).toContain('What to do:');
	expect(text).toContain('works, but the login failed');
	expect(text).not.toContain('not-the-password');
});

test('a sent test message: From, To, Subject and queue id in plain output and report', async () => {
	const report = path.join(directory, 'sent.md');
	const run = await runCli(
		[
			...base(),
			'--user',
			'alice@example.com',
			'--send-to',
			'bob@example.com',
			'--yes',
			'--report',
			report,
		],
		{SMTP_DOCTOR_PASSWORD: password},
	);
	expect(run.stderr).not.toContain('not sent');
	expect(run.code).toBe(0);
	const envelope = /From alice@example\.com, To bob@example\.com, Subject ".+", queue id 4XyZ99/;
	expect(run.stdout).toMatch(/Test message: ✔ /);
	expect(run.stdout).toMatch(envelope);
	expect(run.stdout).toMatch(/Login \(PLAIN\): ✔ .+\n    User alice@example\.com\n/);
	const text = readFileSync(report, 'utf8');
	expect(text).toMatch(/\*\*Test message:\*\* ✔ OK /);
	expect(text).toMatch(
		/From alice@example\.com, To bob@example\.com, Subject ".+", queue id 4XyZ99/,
	);
	expect(text).toContain('logged in as alice@example.com ✓');
	for (const output of [run.stdout, run.stderr, text]) {
		expect(output).not.toContain(password);
	}
});
