// Well-behaved servers (nodemailer's smtp-server) in every encryption mode, with certificates
// from a local test CA.
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {
	createLeafCertificate,
	createTestCa,
	type TestCertificate,
} from '../helpers/certificates.js';
import {startSmtpServer, type TestServer} from '../helpers/servers.js';
import {probeOne} from './helpers.js';

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
		expect(run.recommendation).toMatchObject({port: smtp.port, encryption: 'starttls'});
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
