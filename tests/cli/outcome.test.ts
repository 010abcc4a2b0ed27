// The closing summary, the exit code and the JSON `outcome` come from what actually happened:
// network failures, certificate problems, server refusals, a 421 only, and (with --user) the
// login on the recommended port. The built CLI against real loopback servers.
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {createLeafCertificate, createTestCa} from '../helpers/certificates.js';
import {
	startScriptedSmtp,
	startScriptedSmtpTls,
	startSmtpServer,
	type TestServer,
} from '../helpers/servers.js';
import {jsonReportSchema} from '../report/json-schema.js';
import {closedPort, runCli} from './cli-helpers.js';

const blamesNetwork = /likely your network/;
const servers: TestServer[] = [];
let caFile: string;
let leaf: Awaited<ReturnType<typeof createLeafCertificate>>;

beforeAll(async () => {
	const ca = await createTestCa();
	leaf = await createLeafCertificate({ca});
	caFile = path.join(mkdtempSync(path.join(tmpdir(), 'smtp-doctor-outcome-')), 'ca.pem');
	writeFileSync(caFile, ca.cert);
});

afterAll(async () => {
	await Promise.all(servers.map(async (server) => server.close()));
});

async function keep(server: Promise<TestServer>): Promise<TestServer> {
	const started = await server;
	servers.push(started);
	return started;
}

async function check(ports: readonly number[], extra: readonly string[] = [], env = {}) {
	const args = ['check', '127.0.0.1', '--ports', ports.join(','), ...extra];
	const plain = await runCli(args, env);
	const json = await runCli([...args, '--json'], env);
	return {plain, json, report: jsonReportSchema.parse(JSON.parse(json.stdout))};
}

describe('closing summary from what happened', () => {
	test('every port refused: network advice, exit 1', async () => {
		const {plain, json, report} = await check([await closedPort(), await closedPort()]);
		expect(plain.code).toBe(1);
		expect(json.code).toBe(1);
		expect(plain.stdout).toMatch(blamesNetwork);
		expect(report).toMatchObject({outcome: 'fails', outcomeReason: 'network', isWorking: false});
	});

	test('a 554 greeting: server advice, not the network', async () => {
		const server = await keep(startScriptedSmtp({banner: '554 5.7.1 your IP is blocked'}));
		const {plain, report} = await check([server.port]);
		expect(plain.code).toBe(1);
		expect(plain.stdout).not.toMatch(blamesNetwork);
		expect(plain.stdout).toContain('the server answered but refused the session');
		expect(report.outcomeReason).toBe('server');
	});

	test('an untrusted certificate: certificate advice', async () => {
		const server = await keep(
			startScriptedSmtpTls({key: leaf.key, cert: leaf.cert}, {banner: '220 tls.test ESMTP'}),
		);
		const {plain, report} = await check([server.port], ['--mode', 'implicit-tls']);
		expect(plain.code).toBe(1);
		expect(report.ports[0]?.verdict.code).toMatch(/^cert-/);
		expect(plain.stdout).not.toMatch(blamesNetwork);
		expect(plain.stdout).toContain('certificate or TLS problem');
		expect(report.outcomeReason).toBe('certificate');
	});

	test('only a 421: inconclusive, exit 3, its own summary', async () => {
		const server = await keep(startScriptedSmtp({banner: '421 4.7.0 too many connections'}));
		const {plain, json, report} = await check([server.port], ['--mode', 'none']);
		expect(report.ports[0]?.verdict.code).toBe('rate-limited');
		expect(plain.code).toBe(3);
		expect(json.code).toBe(3);
		expect(plain.stdout).not.toContain('No port worked');
		expect(plain.stdout).toContain('Inconclusive: the server is rate-limiting or busy.');
		expect(plain.stdout).toContain(
			'Next step: Wait a few minutes, then probe again with fewer ports or runs.',
		);
		expect(report).toMatchObject({outcome: 'inconclusive', outcomeReason: 'inconclusive'});
	});
});

describe('with --user the login decides', () => {
	async function authServer(isAccepted: boolean): Promise<TestServer> {
		return keep(
			startSmtpServer({
				key: leaf.key,
				cert: leaf.cert,
				authMethods: ['PLAIN', 'LOGIN'],
				onAuth(auth, _session, callback) {
					if (isAccepted && auth.password === 'right-password') {
						callback(null, {user: auth.username});
						return;
					}

					const error = Object.assign(new Error('5.7.8 Authentication credentials invalid'), {
						responseCode: 535,
					});
					callback(error);
				},
			}),
		);
	}

	const login = (port: number, password: string) =>
		check([port], ['--ca', caFile, '--user', 'alice@example.com'], {
			SMTP_DOCTOR_PASSWORD: password,
		});

	test('a refused login: exit 1, the summary says the port works but the login failed', async () => {
		const server = await authServer(false);
		const {plain, json, report} = await login(server.port, 'wrong-password');
		expect(report.ports[0]?.verdict.code).toBe('starttls-ok');
		expect(report.ports[0]?.auth?.verdict.code).toBe('auth-failed');
		expect(plain.code).toBe(1);
		expect(json.code).toBe(1);
		expect(report).toMatchObject({outcome: 'fails', outcomeReason: 'login'});
		const title = report.ports[0]!.auth!.verdict.title;
		expect(plain.stdout).toContain(`Port ${server.port} works, but the login failed: ${title}.`);
		expect(plain.stdout).toContain(
			'Authentication: the user name and password your provider gave you',
		);
		expect(plain.stdout + plain.stderr + json.stdout).not.toContain('wrong-password');
	});

	test('an accepted login: exit 0 and "logged in as"', async () => {
		const server = await authServer(true);
		const {plain, report} = await login(server.port, 'right-password');
		expect(plain.code).toBe(0);
		expect(report.outcome).toBe('works');
		expect(plain.stdout).toContain('Authentication: logged in as alice@example.com ✓');
		expect(report.recommendation?.line).toContain('logged in as alice@example.com ✓');
	});
});
