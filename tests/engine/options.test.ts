// Options that shape a run: provider-declared ports, EHLO name safety, address family, and
// the mapping of connect errors that loopback cannot produce (filtered, unreachable).
import {afterEach, describe, expect, test} from 'vitest';
import {addressLiteral, defaultEhloName} from '../../source/engine/ehlo-name.js';
import {classifyFirstBytes, connectFailureVerdict} from '../../source/engine/index.js';
import {closedPort, startScriptedSmtp, type TestServer} from '../helpers/servers.js';
import {probeOne} from './helpers.js';

const servers: TestServer[] = [];

afterEach(async () => {
	await Promise.all(servers.splice(0).map(async (server) => server.close()));
});

describe('options', () => {
	test('a failing port the provider does not offer is info not-offered-by-provider, keeping the original', async () => {
		const port = await closedPort();
		const {port: result} = await probeOne(port, {notOfferedPorts: [port]});
		expect(result.verdict).toMatchObject({
			code: 'not-offered-by-provider',
			severity: 'info',
			params: {original: 'connection-refused'},
		});
		// The preset already says the port is not offered: no red finding repeats the failure.
		expect(result.findings).toEqual([]);
	});

	test('CR/LF in the EHLO name cannot inject a second command', async () => {
		const server = await startScriptedSmtp({banner: '220 x ESMTP'});
		servers.push(server);
		await probeOne(server.port, {ehloName: 'evil.test\r\nMAIL FROM:<a@b>'});
		expect(server.received[0]).toBe('EHLO evil.testMAIL FROM:<a@b>');
		expect(server.received.some((line) => line.startsWith('MAIL'))).toBe(false);
	});

	test('no FQDN for this machine: EHLO sends the local address literal (RFC 5321 §4.1.4)', async () => {
		const server = await startScriptedSmtp({banner: '220 x ESMTP'});
		servers.push(server);
		await probeOne(server.port, {mode: 'none', ehloName: defaultEhloName('laptop')});
		expect(server.received[0]).toBe('EHLO [127.0.0.1]');
		await probeOne(server.port, {mode: 'none', ehloName: 'client.example'});
		expect(server.received).toContain('EHLO client.example');
		expect(addressLiteral('::1')).toBe('[IPv6:::1]');
		expect(addressLiteral('::ffff:192.0.2.7')).toBe('[192.0.2.7]');
		expect(addressLiteral('fe80::1%eth0')).toBe('[IPv6:fe80::1]');
		expect(addressLiteral(undefined)).toBeUndefined();
	});

	test('family 6 on localhost connects over ::1 only', async () => {
		const {port, run} = await probeOne(await closedPort(), {family: 6}, 'localhost');
		expect(run.addresses).toEqual([{address: '::1', family: 6}]);
		expect(port.verdict.params['address']).toBe('::1');
	});
});

describe('connect error mapping', () => {
	test.each([
		['ECONNREFUSED', 'connection-refused'],
		['ETIMEDOUT', 'connect-timeout'],
		['EHOSTUNREACH', 'host-unreachable'],
		['ENETUNREACH', 'network-unreachable'],
		['ECONNRESET', 'connection-reset'],
		['EADDRNOTAVAIL', 'network-unreachable'],
		['EACCES', 'connect-prohibited'],
		['EPERM', 'connect-prohibited'],
	])('%s -> %s', (errorCode, code) => {
		expect(connectFailureVerdict(587, '192.0.2.1', errorCode).code).toBe(code);
	});

	test('a timeout records how long was waited', () => {
		expect(connectFailureVerdict(25, '192.0.2.1', 'ETIMEDOUT', 5000).params).toMatchObject({
			waitedMs: 5000,
		});
	});
});

describe('first-byte classification', () => {
	const of = (text: string | number[]) =>
		classifyFirstBytes(
			typeof text === 'string' ? new TextEncoder().encode(text) : new Uint8Array(text),
		);
	test('TLS records, SMTP replies, other text, nothing', () => {
		expect(of([0x16, 0x03, 0x03])).toBe('tls');
		expect(of([0x15, 0x03, 0x01])).toBe('tls');
		expect(of('220 mx ESMTP')).toBe('smtp');
		expect(of('554-blocked')).toBe('smtp');
		expect(of('42')).toBe('smtp');
		expect(of('HTTP/1.1 400')).toBe('other');
		expect(of('SSH-2.0')).toBe('other');
		expect(of([])).toBe('none');
	});
});
