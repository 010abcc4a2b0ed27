// Certificates and TLS versions: facts are gathered even for a bad certificate, and every
// problem becomes the verdict (never accepted silently).
import net from 'node:net';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {
	createIntermediate,
	createLeafCertificate,
	createTestCa,
	type TestCertificate,
} from '../helpers/certificates.js';
import {
	startScriptedSmtp,
	startScriptedSmtpTls,
	startTcpServer,
	type TestServer,
} from '../helpers/servers.js';
import {probeOne} from './helpers.js';
import {recommended} from '../helpers/recommended.js';

let ca: TestCertificate;
const servers: TestServer[] = [];

beforeAll(async () => {
	ca = await createTestCa();
});

afterAll(async () => {
	await Promise.all(servers.map(async (server) => server.close()));
});

async function implicitServer(cert: TestCertificate, extra: Record<string, unknown> = {}) {
	const server = await startScriptedSmtpTls(
		{key: cert.key, cert: cert.cert, ...extra},
		{
			banner: '220 tls.test ESMTP',
			reply: (line) => (/^ehlo/i.test(line) ? '250-tls.test\r\n250 AUTH PLAIN LOGIN' : undefined),
		},
	);
	servers.push(server);
	return server;
}

async function probeImplicit(server: TestServer, host = 'localhost', withCa = true, extra = {}) {
	return probeOne(
		server.port,
		{
			...(withCa ? {ca: [ca.cert]} : {}),
			portRoles: {[server.port]: 'submissions'},
			...extra,
		},
		host,
	);
}

describe('certificates', () => {
	test('CA-signed certificate: facts are complete', async () => {
		const leaf = await createLeafCertificate({ca, names: ['localhost', 'mail.localhost']});
		const server = await implicitServer(leaf);
		const {port, events} = await probeImplicit(server);
		expect(port.verdict.code).toBe('implicit-tls-ok');
		const tls = port.tls!;
		expect(tls.isTrusted).toBe(true);
		expect(tls.trustError).toBeUndefined();
		expect(tls.servername).toBe('localhost');
		expect(tls.cipher).toMatch(/^TLS_/);
		expect(tls.certificate).toMatchObject({
			subject: 'CN=localhost',
			issuer: 'CN=smtp-doctor Test CA',
			isSelfSigned: false,
			chainLength: 2,
		});
		expect(tls.certificate?.subjectAltNames).toEqual([
			'DNS:localhost',
			'DNS:mail.localhost',
			'IP Address:127.0.0.1',
		]);
		expect(tls.certificate?.daysLeft).toBeGreaterThan(360);
		expect(tls.certificate?.fingerprintSha256).toMatch(/^([\dA-F]{2}:){31}[\dA-F]{2}$/);
		expect(events.some((event) => event.type === 'tls-established')).toBe(true);
		expect(port.capabilities?.authMechanisms).toEqual(['PLAIN', 'LOGIN']);
	});

	test('IP literal: no SNI, IP SAN checked', async () => {
		const leaf = await createLeafCertificate({ca});
		const server = await implicitServer(leaf);
		const {port} = await probeImplicit(server, '127.0.0.1');
		expect(port.tls?.servername).toBe('');
		expect(port.verdict.code).toBe('implicit-tls-ok');
	});

	test('self-signed certificate is cert-self-signed', async () => {
		const leaf = await createLeafCertificate();
		const server = await implicitServer(leaf);
		const {port} = await probeImplicit(server);
		expect(port.verdict).toMatchObject({code: 'cert-self-signed', severity: 'fail'});
		expect(port.tls?.certificate?.isSelfSigned).toBe(true);
		expect(port.tls?.trustError).toBe('DEPTH_ZERO_SELF_SIGNED_CERT');
		expect(port.encryption).toBe('implicit-tls');
	});

	test('a leaf sent alone, its issuer in no trust store, is cert-chain-incomplete (certsSent 1)', async () => {
		const leaf = await createLeafCertificate({ca});
		const server = await implicitServer(leaf);
		const {port, run} = await probeImplicit(server, 'localhost', false);
		expect(port.verdict).toMatchObject({
			code: 'cert-chain-incomplete',
			params: {trustError: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', certsSent: 1},
		});
		expect(port.tls?.certificate).toMatchObject({chainLength: 1, certsSent: 1});
		expect(recommended(run)).toBeUndefined();
	});

	test('leaf and intermediate sent: certsSent 2 either way; an unknown root stays cert-untrusted', async () => {
		const intermediate = await createIntermediate(ca);
		const leaf = await createLeafCertificate({ca: intermediate});
		const server = await implicitServer({
			key: leaf.key,
			cert: `${leaf.cert}\n${intermediate.cert}`,
		});
		const trusted = await probeImplicit(server);
		expect(trusted.port.verdict.code).toBe('implicit-tls-ok');
		// Node completes the chain with the root from --ca: three built, two sent.
		expect(trusted.port.tls?.certificate).toMatchObject({chainLength: 3, certsSent: 2});
		const untrusted = await probeImplicit(server, 'localhost', false);
		expect(untrusted.port.verdict.code).toBe('cert-untrusted');
		expect(untrusted.port.tls?.certificate).toMatchObject({chainLength: 2, certsSent: 2});
	});

	test('expired certificate is cert-expired', async () => {
		const leaf = await createLeafCertificate({ca, fromDays: -400, toDays: -3});
		const server = await implicitServer(leaf);
		const {port} = await probeImplicit(server);
		expect(port.verdict).toMatchObject({code: 'cert-expired', params: {daysAgo: 3}});
		expect(port.tls?.trustError).toBe('CERT_HAS_EXPIRED');
		expect(port.tls?.certificate?.daysLeft).toBe(-3);
	});

	test('not-yet-valid certificate is cert-not-yet-valid', async () => {
		const leaf = await createLeafCertificate({ca, fromDays: 2, toDays: 300});
		const server = await implicitServer(leaf);
		const {port} = await probeImplicit(server);
		expect(port.verdict.code).toBe('cert-not-yet-valid');
		expect(port.tls?.trustError).toBe('CERT_NOT_YET_VALID');
	});

	test('certificate for another name is cert-hostname-mismatch', async () => {
		const leaf = await createLeafCertificate({ca, names: ['mail.other.test'], ips: []});
		const server = await implicitServer(leaf);
		const {port} = await probeImplicit(server);
		expect(port.verdict).toMatchObject({
			code: 'cert-hostname-mismatch',
			params: {name: 'localhost', altNames: 'DNS:mail.other.test'},
		});
		expect(port.tls?.isTrusted).toBe(true);
		expect(port.tls?.isHostnameMatch).toBe(false);
	});

	test('servername option checks the certificate against that name', async () => {
		const leaf = await createLeafCertificate({ca, names: ['mail.other.test'], ips: []});
		const server = await implicitServer(leaf);
		const {port} = await probeImplicit(server, '127.0.0.1', true, {servername: 'mail.other.test'});
		expect(port.verdict.code).toBe('implicit-tls-ok');
		expect(port.tls?.servername).toBe('mail.other.test');
	});

	test('certificate expiring in 5 days is ok with a cert-expiring-soon warning', async () => {
		const leaf = await createLeafCertificate({ca, toDays: 5.5});
		const server = await implicitServer(leaf);
		const {port} = await probeImplicit(server);
		expect(port.verdict.code).toBe('implicit-tls-ok');
		const finding = port.findings.find((item) => item.code === 'cert-expiring-soon');
		expect(finding).toMatchObject({severity: 'warn', params: {daysLeft: 5}});
	});

	test('self-signed and wrong name: verdict self-signed, mismatch as a finding', async () => {
		const leaf = await createLeafCertificate({names: ['elsewhere.test'], ips: []});
		const server = await implicitServer(leaf);
		const {port} = await probeImplicit(server);
		expect(port.verdict.code).toBe('cert-self-signed');
		expect(port.findings.map((finding) => finding.code)).toContain('cert-hostname-mismatch');
	});
});

describe('certificate chain', () => {
	test('the chain the server sent is listed leaf first, escaped, like openssl -showcerts', async () => {
		const leaf = await createLeafCertificate({ca});
		// The server sends its leaf and the CA (as an intermediate would be sent).
		const server = await implicitServer({...leaf, cert: `${leaf.cert}\n${ca.cert}`});
		const {port} = await probeImplicit(server, 'localhost', false);
		const chain = port.tls?.certificate?.chain ?? [];
		expect(chain.map((item) => item.subject)).toEqual([
			expect.stringContaining('CN=localhost'),
			expect.stringContaining('smtp-doctor Test CA'),
		]);
		expect(chain[0]?.issuer).toBe(chain[1]?.subject);
		expect(chain[0]?.validTo).toMatch(/^\d{4}-\d\d-\d\dT/);
	});

	test('a leaf sent alone: a chain of one', async () => {
		const leaf = await createLeafCertificate({ca});
		const server = await implicitServer(leaf);
		const {port} = await probeImplicit(server, 'localhost', false);
		expect(port.tls?.certificate?.chain).toHaveLength(1);
		expect(port.tls?.certificate?.chainLength).toBe(1);
	});
});

describe('TLS versions and handshake failures', () => {
	test('server limited to TLS 1.1 is tls-old-version', async () => {
		const leaf = await createLeafCertificate({ca});
		const server = await implicitServer(leaf, {
			minVersion: 'TLSv1',
			maxVersion: 'TLSv1.1',
			ciphers: 'DEFAULT@SECLEVEL=0',
		});
		const {port} = await probeImplicit(server);
		expect(port.tls?.protocol).toBe('TLSv1.1');
		expect(port.verdict).toMatchObject({
			code: 'tls-old-version',
			severity: 'fail',
			params: {protocol: 'TLSv1.1'},
		});
	});

	test('a TLS alert instead of a ServerHello is tls-handshake-failed with the reason in words', async () => {
		const server = await startTcpServer((socket: net.Socket) => {
			socket.once('data', () => {
				// Fatal handshake_failure alert.
				socket.end(Buffer.from([0x15, 0x03, 0x03, 0x00, 0x02, 0x02, 0x28]));
			});
		});
		servers.push(server);
		const {port} = await probeImplicit(server);
		expect(port.verdict.code).toBe('tls-handshake-failed');
		expect(port.verdict.params['reason']).toMatch(/handshake/);
		expect(port.attempts).toBe(1);
	});

	test('STARTTLS accepted but the handshake breaks is tls-handshake-failed during starttls', async () => {
		const server = await startScriptedSmtp({
			banner: '220 mx.test ESMTP',
			reply(line, socket) {
				if (/^ehlo/i.test(line)) {
					return '250-mx.test\r\n250 STARTTLS';
				}

				if (/^starttls/i.test(line)) {
					socket.end('220 go ahead\r\n');
					return '';
				}

				return undefined;
			},
		});
		servers.push(server);
		const {port} = await probeOne(server.port);
		expect(port.verdict).toMatchObject({
			code: 'tls-handshake-failed',
			params: {during: 'starttls'},
		});
	});
});

describe('STARTTLS details', () => {
	test('data sent in clear after the STARTTLS 220 is discarded and noted (RFC 3207)', async () => {
		const leaf = await createLeafCertificate({ca});
		const server = await startScriptedSmtp({
			banner: '220 mx.test ESMTP',
			starttls: {key: leaf.key, cert: leaf.cert},
			starttlsReply: '220 go ahead\r\n250-injected\r\n250 AUTH PLAIN',
		});
		servers.push(server);
		const {port} = await probeOne(server.port, {ca: [ca.cert]}, 'localhost');
		expect(port.verdict.code).toBe('starttls-ok');
		expect(
			port.transcript.some(
				(entry) => entry.direction === 'note' && entry.text.includes('discarded'),
			),
		).toBe(true);
		// The injected "AUTH PLAIN" never counts as a capability.
		expect(port.capabilities?.authMechanisms).toEqual([]);
	});

	test('after a TLS 1.3 handshake the EHLO waits for the session ticket (its ACK rides on the EHLO)', async () => {
		const leaf = await createLeafCertificate({ca});
		const server = await startScriptedSmtp({
			banner: '220 mx.test ESMTP',
			starttls: {key: leaf.key, cert: leaf.cert},
		});
		servers.push(server);
		const {port} = await probeOne(server.port, {ca: [ca.cert]}, 'localhost');
		expect(port.verdict.code).toBe('starttls-ok');
		expect(port.tls?.protocol).toBe('TLSv1.3');
		const ticket = port.transcript.findIndex(
			(entry) =>
				entry.direction === 'note' && entry.text.startsWith('session ticket arrived after'),
		);
		const secondEhlo = port.transcript.findIndex(
			(entry, index) => index > ticket && entry.isEncrypted && /^EHLO /.test(entry.text),
		);
		expect(ticket).toBeGreaterThan(-1);
		expect(secondEhlo).toBeGreaterThan(ticket);
	});

	test('TLS 1.2 has no post-handshake ticket to wait for: no wait, no note', async () => {
		const leaf = await createLeafCertificate({ca});
		const server = await startScriptedSmtp({
			banner: '220 mx.test ESMTP',
			starttls: {key: leaf.key, cert: leaf.cert, maxVersion: 'TLSv1.2'},
		});
		servers.push(server);
		const {port} = await probeOne(server.port, {ca: [ca.cert]}, 'localhost');
		expect(port.verdict.code).toBe('starttls-ok');
		expect(port.tls?.protocol).toBe('TLSv1.2');
		expect(port.transcript.some((entry) => /session ticket/.test(entry.text))).toBe(false);
	});

	test('--ca certificates are added to Node roots and NODE_EXTRA_CA_CERTS', async () => {
		const {mkdtemp, writeFile, rm} = await import('node:fs/promises');
		const {tmpdir} = await import('node:os');
		const path = await import('node:path');
		const {trustStore} = await import('../../source/engine/tls-facts.js');
		const tls = await import('node:tls');
		const directory = await mkdtemp(path.join(tmpdir(), 'smtp-doctor-ca-'));
		const file = path.join(directory, 'extra.pem');
		const extra = await createTestCa('Extra CA');
		await writeFile(file, extra.cert);
		const previous = process.env['NODE_EXTRA_CA_CERTS'];
		process.env['NODE_EXTRA_CA_CERTS'] = file;
		try {
			const store = trustStore([ca.cert]);
			expect(store).toContain(ca.cert);
			expect(store).toContain(extra.cert);
			expect(store.length).toBe(tls.rootCertificates.length + 2);
		} finally {
			if (previous === undefined) {
				delete process.env['NODE_EXTRA_CA_CERTS'];
			} else {
				process.env['NODE_EXTRA_CA_CERTS'] = previous;
			}

			await rm(directory, {recursive: true});
		}
	});
});

describe('names', () => {
	test('SNI and the name checked: no SNI for IP literals, trailing dot dropped, IDN in punycode', async () => {
		const {sniName, certificateName} = await import('../../source/engine/tls-facts.js');
		expect(sniName('127.0.0.1', undefined)).toBeUndefined();
		expect(sniName('[::1]', undefined)).toBeUndefined();
		expect(sniName('smtp.example.com.', undefined)).toBe('smtp.example.com');
		expect(sniName('127.0.0.1', 'mail.example.com')).toBe('mail.example.com');
		expect(certificateName('bücher.example', undefined)).toBe('xn--bcher-kva.example');
		expect(certificateName('[::1]', undefined)).toBe('::1');
	});
});

describe('relay port', () => {
	test('a self-signed certificate behind STARTTLS on the relay port is a warning, not a failure', async () => {
		const leaf = await createLeafCertificate();
		const server = await startScriptedSmtp({
			banner: '220 mx.test ESMTP',
			starttls: {key: leaf.key, cert: leaf.cert},
		});
		servers.push(server);
		const relay = await probeOne(server.port, {portRoles: {[server.port]: 'relay'}}, 'localhost');
		expect(relay.port.verdict).toMatchObject({code: 'cert-self-signed', severity: 'warn'});
		const submission = await probeOne(server.port, {}, 'localhost');
		expect(submission.port.verdict).toMatchObject({code: 'cert-self-signed', severity: 'fail'});
	});
});
