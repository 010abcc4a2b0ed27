// Verdict words checked on real loopback probes: advice never suggests the port that just
// failed, findings do not blame a choice the user did not make, counts and limits are precise.
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import type {Verdict} from '../../source/engine/types.js';
import {describeVerdict} from '../helpers/catalogue.js';
import {
	createLeafCertificate,
	createTestCa,
	type TestCertificate,
} from '../helpers/certificates.js';
import {
	acceptSilently,
	closedPort,
	startScriptedSmtp,
	startScriptedSmtpTls,
	startSmtpServer,
	startTcpServer,
	type TestServer,
} from '../helpers/servers.js';
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

async function keep(server: Promise<TestServer>): Promise<TestServer> {
	const started = await server;
	servers.push(started);
	return started;
}

function words(verdict: Verdict | undefined, lang: 'en' | 'id' = 'en') {
	if (!verdict) {
		throw new Error('no verdict');
	}

	return describeVerdict(verdict, lang);
}

/** Port numbers a sentence names, other than `own`. */
function otherPorts(text: string, own: number): string[] {
	return [...text.matchAll(/\b(25|465|587|2525)\b/g)]
		.map((match) => match[1]!)
		.filter((port) => port !== String(own));
}

// A verdict's own words name only its own port: which other port works is known only to the
// run, so the Diagnosis adds it ("In this run, port 465 (SSL/TLS) works: use that instead.").
describe('static advice names no other port (the diagnosis adds one that worked)', () => {
	test.each([465, 587, 2525])('connection refused on %i', async (shown) => {
		const closed = await closedPort();
		const {port} = await probeOne(shown, {portMap: {[shown]: closed}});
		expect(port.verdict.code).toBe('connection-refused');
		for (const lang of ['en', 'id'] as const) {
			const {advice} = words(port.verdict, lang);
			expect(advice).toContain(String(shown));
			expect(otherPorts(advice, shown)).toEqual([]);
		}
	});

	test('plain text only on 587 under --mode none: STARTTLS here, made required', async () => {
		const smtp = await keep(startSmtpServer({key: leaf.key, cert: leaf.cert, authOptional: true}));
		const {port} = await probeOne(587, {mode: 'none', portMap: {587: smtp.port}});
		expect(port.verdict).toMatchObject({code: 'plain-only', params: {startTlsOffered: 'yes'}});
		const {advice} = words(port.verdict);
		expect(advice).toContain('use STARTTLS on port 587 and make it required');
		expect(otherPorts(advice, 587)).toEqual([]);
	});

	test('explicit implicit-tls mode on a plain port shown as 465: choose STARTTLS there', async () => {
		const plain = await keep(
			startScriptedSmtp({
				banner: '220 plain.test ESMTP',
				starttls: {key: leaf.key, cert: leaf.cert},
			}),
		);
		const {port} = await probeOne(465, {mode: 'implicit-tls', portMap: {465: plain.port}});
		expect(port.verdict.code).toBe('tls-on-plaintext-port');
		for (const lang of ['en', 'id'] as const) {
			const {advice} = words(port.verdict, lang);
			expect(advice).toMatch(/465/);
			expect(otherPorts(advice, 465)).toEqual([]);
		}
	});

	test('STARTTLS works on 25: the advice says 25 is relay, names no port to use instead', async () => {
		const smtp = await keep(startSmtpServer({key: leaf.key, cert: leaf.cert, authOptional: true}));
		const {port} = await probeOne(25, {ca: [ca.cert], portMap: {25: smtp.port}}, 'localhost');
		expect(port.verdict.code).toBe('starttls-ok');
		const {advice} = words(port.verdict);
		expect(advice).toMatch(/^Port 25 is for server-to-server relay/);
		expect(otherPorts(advice, 25)).toEqual([]);
	});
});

describe('mix-ups', () => {
	test('auto mode on an implicit-TLS port that is not 465: the finding describes the port, blames no choice', async () => {
		const smtp = await keep(
			startSmtpServer({secure: true, key: leaf.key, cert: leaf.cert, authOptional: true}),
		);
		const {port} = await probeOne(smtp.port, {ca: [ca.cert]}, 'localhost');
		const finding = port.findings.find((item) => item.code === 'plaintext-on-tls-port');
		expect(words(finding).summary).toBe(
			'This port speaks implicit TLS (SSL/TLS): no plain-text greeting, a TLS handshake answered.',
		);
		expect(words(finding).title).not.toMatch(/plain text/i);
	});

	test('explicit implicit-tls mode on a plain port answered with 421: plain text, not rate-limiting', async () => {
		// smtp-server answers a client that talks before the banner with 421.
		const smtp = await keep(startSmtpServer({authOptional: true}));
		const {port} = await probeOne(smtp.port, {mode: 'implicit-tls'});
		expect(port.verdict.code).toBe('tls-on-plaintext-port');
		const {summary} = words(port.verdict);
		expect(summary).toMatch(/^Port \d+ speaks plain text: our TLS handshake got a plain-text/);
		if (String(port.verdict.params['banner']).startsWith('421')) {
			expect(summary).toContain('not rate-limiting');
		}
	});
});

describe('certificates', () => {
	test('expired: "expired N days ago", no "day(s)"', async () => {
		const expired = await createLeafCertificate({ca, fromDays: -400, toDays: -30});
		const server = await keep(
			startScriptedSmtpTls({key: expired.key, cert: expired.cert}, {banner: '220 tls.test'}),
		);
		const {port} = await probeOne(server.port, {ca: [ca.cert], mode: 'implicit-tls'}, 'localhost');
		expect(port.verdict.code).toBe('cert-expired');
		expect(words(port.verdict).summary).toMatch(/expired (29|30|31) days ago/);
		expect(words(port.verdict).summary).not.toContain('day(s)');
	});

	test('leaf from a CA not in the trust store, sent alone: names the issuer, not the OpenSSL code first', async () => {
		const server = await keep(
			startScriptedSmtpTls({key: leaf.key, cert: leaf.cert}, {banner: '220 tls.test'}),
		);
		const {port} = await probeOne(server.port, {mode: 'implicit-tls'}, 'localhost');
		expect(port.verdict).toMatchObject({
			code: 'cert-chain-incomplete',
			params: {trustError: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', certsSent: 1},
		});
		const {summary, advice} = words(port.verdict);
		expect(summary).toMatch(
			/^The server sent only its own certificate, issued by '.*smtp-doctor Test CA.*', and that issuer is in no trust store here .*does not send its intermediate certificate/,
		);
		expect(advice).toContain('--ca');
	});
});

describe('limits and timeouts', () => {
	test('a silent server: the advice names --greeting-timeout', async () => {
		const tarpit = await keep(startTcpServer(acceptSilently));
		const {port} = await probeOne(tarpit.port, {
			timeouts: {connect: 1000, greeting: 300, command: 1000, tls: 300},
			plainSilenceMs: 100,
		});
		expect(port.verdict.code).toBe('no-greeting');
		expect(words(port.verdict).advice).toContain('--greeting-timeout 30s');
		expect(words(port.verdict, 'id').advice).toContain('--greeting-timeout 30s');
	});

	test('an over-long line: the summary names the 4 KiB line limit', async () => {
		const server = await keep(
			startTcpServer((socket) => {
				socket.write(`220 ${'x'.repeat(8192)}`);
			}),
		);
		const {port} = await probeOne(server.port);
		expect(port.verdict).toMatchObject({
			code: 'reply-too-large',
			params: {reason: 'line-too-long'},
		});
		expect(words(port.verdict).summary).toMatch(/^The server sent a line longer than 4 KiB/);
	});

	test('a port the provider does not offer: the grey INFO only, no red finding next to it', async () => {
		const closed = await closedPort();
		const {port} = await probeOne(2525, {portMap: {2525: closed}, notOfferedPorts: [2525]});
		expect(port.verdict).toMatchObject({
			code: 'not-offered-by-provider',
			severity: 'info',
			params: {original: 'connection-refused'},
		});
		expect(port.findings).toEqual([]);
	});

	test('plain scripted server on 25 still reads as relay advice', async () => {
		const plain = await keep(startScriptedSmtp({banner: '220 plain.test ESMTP'}));
		const {port} = await probeOne(25, {portMap: {25: plain.port}});
		expect(port.verdict.code).toBe('plain-only');
		expect(words(port.verdict).advice).toMatch(/server-to-server relay/);
	});
});
