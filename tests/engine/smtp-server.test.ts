// Well-behaved servers (nodemailer's smtp-server) in every encryption mode, with certificates
// from a local test CA.
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {
	createLeafCertificate,
	createTestCa,
	type TestCertificate,
} from '../helpers/certificates.js';
import {
	closedPort,
	startScriptedSmtp,
	startSmtpServer,
	type TestServer,
} from '../helpers/servers.js';
import {probeOne} from './helpers.js';
import {recommended} from '../helpers/recommended.js';
import {waitFor} from '../helpers/wait-for.js';

let ca: TestCertificate;
let leaf: TestCertificate;
const servers: TestServer[] = [];

beforeAll(async () => {
	ca = await createTestCa();
	leaf = await createLeafCertificate({ca});
});

afterAll(async () => {
	await Promise.all(servers.map(async (server) => server.close()));
});

async function server(options: Parameters<typeof startSmtpServer>[0]) {
	const started = await startSmtpServer(options);
	servers.push(started);
	return started;
}

describe('smtp-server', () => {
	test('STARTTLS with a CA-signed certificate is starttls-ok', async () => {
		const smtp = await server({key: leaf.key, cert: leaf.cert, authOptional: true});
		const {port, run} = await probeOne(smtp.port, {ca: [ca.cert]}, 'localhost');
		expect(port.verdict.code).toBe('starttls-ok');
		expect(port.encryption).toBe('starttls');
		expect(port.tls?.isTrusted).toBe(true);
		expect(port.tls?.isHostnameMatch).toBe(true);
		expect(port.tls?.servername).toBe('localhost');
		expect(port.capabilities?.authMechanisms).toContain('PLAIN');
		expect(port.capabilitiesBeforeTls?.startTls).toBe(true);
		expect(port.phases.map((phase) => phase.phase)).toEqual([
			'connect',
			'greeting',
			'ehlo',
			'starttls',
			'tls',
			'ehlo',
			'quit',
		]);
		expect(port.attempts).toBe(1);
		expect(recommended(run)).toMatchObject({port: smtp.port, encryption: 'starttls'});
	});

	test('implicit TLS is implicit-tls-ok', async () => {
		const smtp = await server({secure: true, key: leaf.key, cert: leaf.cert, authOptional: true});
		const {port} = await probeOne(
			smtp.port,
			{ca: [ca.cert], portRoles: {[smtp.port]: 'submissions'}},
			'localhost',
		);
		expect(port.verdict.code).toBe('implicit-tls-ok');
		expect(port.encryption).toBe('implicit-tls');
		expect(port.tls?.protocol).toBe('TLSv1.3');
		expect(port.tls?.certificate?.chainLength).toBeGreaterThanOrEqual(2);
		expect(port.transcript.every((entry) => entry.isEncrypted || entry.direction === 'note')).toBe(
			true,
		);
	});
});

describe('AUTH offer', () => {
	test('AUTH advertised before TLS is a warning finding; STARTTLS still ok', async () => {
		const smtp = await server({
			key: leaf.key,
			cert: leaf.cert,
			allowInsecureAuth: true,
			authOptional: true,
		});
		const {port} = await probeOne(smtp.port, {ca: [ca.cert]}, 'localhost');
		expect(port.verdict.code).toBe('starttls-ok');
		expect(port.capabilitiesBeforeTls?.authMechanisms.length).toBeGreaterThan(0);
		expect(port.findings).toContainEqual(
			expect.objectContaining({code: 'auth-before-tls', severity: 'warn'}),
		);
	});

	test('AUTH only after TLS: no auth-before-tls finding, capabilities re-read after TLS', async () => {
		const smtp = await startScriptedSmtp({
			banner: '220 careful.test ESMTP',
			starttls: {key: leaf.key, cert: leaf.cert},
			reply: (line, _socket, isEncrypted) =>
				/^ehlo/i.test(line)
					? isEncrypted
						? '250-careful.test\r\n250-SIZE 35882577\r\n250 AUTH PLAIN LOGIN XOAUTH2'
						: '250-careful.test\r\n250-SIZE 1000\r\n250 STARTTLS'
					: undefined,
		});
		servers.push(smtp);
		const {port} = await probeOne(smtp.port, {ca: [ca.cert]}, 'localhost');
		expect(port.verdict.code).toBe('starttls-ok');
		expect(port.capabilitiesBeforeTls).toMatchObject({
			authMechanisms: [],
			size: 1000,
			startTls: true,
		});
		expect(port.capabilities).toMatchObject({
			authMechanisms: ['PLAIN', 'LOGIN', 'XOAUTH2'],
			size: 35_882_577,
			startTls: false,
		});
		expect(port.findings).toEqual([]);
		// QUIT is sent without waiting for the 221: the server may read it after the probe ends.
		await waitFor(() => smtp.received.length >= 4);
		expect(smtp.received).toEqual(['EHLO client.test', 'STARTTLS', 'EHLO client.test', 'QUIT']);
	});

	test('no AUTH after TLS on a submission port is an auth-not-offered finding', async () => {
		const smtp = await server({
			key: leaf.key,
			cert: leaf.cert,
			authOptional: true,
			disabledCommands: ['AUTH'],
		});
		const {port} = await probeOne(smtp.port, {ca: [ca.cert]}, 'localhost');
		expect(port.verdict.code).toBe('starttls-ok');
		expect(port.findings.map((finding) => finding.code)).toEqual(['auth-not-offered']);
	});

	test('no TLS at all with AUTH in clear: auth-before-tls is the verdict', async () => {
		const smtp = await server({
			disabledCommands: ['STARTTLS'],
			allowInsecureAuth: true,
			authOptional: true,
		});
		const {port} = await probeOne(smtp.port, {}, 'localhost');
		expect(port.verdict).toMatchObject({code: 'auth-before-tls', severity: 'fail'});
		expect(port.encryption).toBe('none');
	});

	test('no TLS at all, mode none: plain-only', async () => {
		const smtp = await server({disabledCommands: ['STARTTLS'], authOptional: true});
		const {port} = await probeOne(smtp.port, {mode: 'none'}, 'localhost');
		expect(port.verdict).toMatchObject({code: 'plain-only', params: {startTlsOffered: 'no'}});
	});

	test('explicit starttls mode on a server without STARTTLS: starttls-not-offered', async () => {
		const smtp = await server({disabledCommands: ['STARTTLS'], authOptional: true});
		const {port} = await probeOne(
			smtp.port,
			{mode: 'starttls', portRoles: {[smtp.port]: 'relay'}},
			'localhost',
		);
		expect(port.verdict).toMatchObject({code: 'starttls-not-offered', severity: 'fail'});
	});

	test('credentials: the AUTH step runs over the probe connection after the last EHLO', async () => {
		const smtp = await server({key: leaf.key, cert: leaf.cert, authOptional: true});
		const {port, events} = await probeOne(
			smtp.port,
			{ca: [ca.cert], credentials: {user: 'someone', secret: 'hunter2-secret'}},
			'localhost',
		);
		expect(port.phases.map((phase) => phase.phase)).toContain('auth');
		expect(port.auth?.verdict.code).toMatch(/^auth-/);
		expect(JSON.stringify({port, events})).not.toContain('hunter2-secret');
	});
});

describe('recommendation: port 25 is relay, plain text is never a submission setting', () => {
	async function run(ports: readonly number[], portMap: Record<number, number>) {
		const {createProbeOptions, runProbe} = await import('../../source/engine/index.js');
		return runProbe(
			'localhost',
			createProbeOptions({
				ports,
				portMap,
				mode: 'auto',
				ca: [ca.cert],
				ehloName: 'client.test',
				timeouts: {connect: 2000, greeting: 3000, command: 3000, tls: 3000},
			}),
			() => undefined,
		);
	}

	test('25 works with STARTTLS, the submission port fails: no recommendation', async () => {
		const smtp = await server({key: leaf.key, cert: leaf.cert, authOptional: true});
		const closed = await closedPort();
		const result = await run([25, 465], {25: smtp.port, 465: closed});
		expect(result.ports.find((item) => item.port === 25)?.verdict.code).toBe('starttls-ok');
		expect(recommended(result)).toBeUndefined();
	});

	test('a relay-only run recommends 25 with reason relay-25', async () => {
		const smtp = await server({key: leaf.key, cert: leaf.cert, authOptional: true});
		const result = await run([25], {25: smtp.port});
		expect(recommended(result)).toMatchObject({
			port: 25,
			encryption: 'starttls',
			reason: 'relay-25',
		});
	});

	test('plain text on 25 and 587 alike: no recommendation (exit 1)', async () => {
		const plain = await startScriptedSmtp({banner: '220 plain.test ESMTP'});
		servers.push(plain);
		const result = await run([25, 587], {25: plain.port, 587: plain.port});
		expect(result.ports.map((item) => item.verdict.code)).toEqual([
			'plain-only',
			'starttls-not-offered',
		]);
		expect(recommended(result)).toBeUndefined();
	});
});
