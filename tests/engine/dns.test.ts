// Name resolution through a loopback DNS server (dns2): A/AAAA, NXDOMAIN, and no DNS at all.
import dgram from 'node:dgram';
import {readFileSync} from 'node:fs';
import {isIP} from 'node:net';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {parseDnsServer as parseCliDnsServer} from '../../source/cli/validate.js';
import {parseDnsServer as parseDiscoveryDnsServer} from '../../source/discovery/target.js';
import {dnsServerAddress, resolveHost} from '../../source/engine/resolve.js';
import {startDnsServer, type TestDnsServer} from '../helpers/dns-server.js';
import {activeResources, expectNoLeakedHandles} from '../helpers/handles.js';
import {startScriptedSmtp, type TestServer} from '../helpers/servers.js';
import {probeOne} from './helpers.js';
import {recommended} from '../helpers/recommended.js';

let dns: TestDnsServer;
let smtp: TestServer;

beforeAll(async () => {
	dns = await startDnsServer({
		'mail.example.test': ['127.0.0.1', '::1'],
		'v6only.example.test': ['::1'],
		// The control name the engine asks for before blaming a name that DNS denies.
		'example.com': ['192.0.2.80'],
	});
	smtp = await startScriptedSmtp({banner: '220 mail.example.test ESMTP'});
});

afterAll(async () => {
	await Promise.all([dns.close(), smtp.close()]);
});

/** The first IPv4 entry of /etc/hosts with a name other than localhost, if any. */
function readHostsEntry(): {readonly name: string; readonly address: string} | undefined {
	let text = '';
	try {
		text = readFileSync('/etc/hosts', 'utf8');
	} catch {
		return undefined;
	}

	for (const line of text.split('\n')) {
		const [address, ...names] = line.replace(/#.*/, '').trim().split(/\s+/);
		const name = names.find((item) => item.includes('.') || !/^localhost/i.test(item));
		if (address && name && isIP(address) === 4 && !/^localhost(?:\.|$)/i.test(name)) {
			return {name, address};
		}
	}

	return undefined;
}

/** A UDP port with nothing listening: queries get ICMP port-unreachable (ECONNREFUSED). */
async function silentUdpPort(): Promise<number> {
	const socket = dgram.createSocket('udp4');
	await new Promise<void>((resolve) => {
		socket.bind(0, '127.0.0.1', resolve);
	});
	const {port} = socket.address();
	await new Promise<void>((resolve) => {
		socket.close(() => {
			resolve();
		});
	});
	return port;
}

describe('resolve', () => {
	test('A and AAAA are both listed, IPv4 first, and the probe says which address it used', async () => {
		const {run, port, events} = await probeOne(
			smtp.port,
			{dnsServer: dns.server, portRoles: {[smtp.port]: 'relay'}},
			'mail.example.test',
		);
		expect(run.addresses).toEqual([
			{address: '127.0.0.1', family: 4},
			{address: '::1', family: 6},
		]);
		expect(events[1]).toMatchObject({type: 'resolve-finished', addresses: run.addresses});
		expect(port.address).toBe('127.0.0.1');
		expect(port.verdict.code).toBe('plain-only');
	});

	test('family 6 keeps only AAAA', async () => {
		const outcome = await resolveHost('mail.example.test', {
			family: 6,
			dnsServer: dns.server,
			timeoutMs: 2000,
			signal: new AbortController().signal,
		});
		expect(outcome.addresses).toEqual([{address: '::1', family: 6}]);
	});

	test('family 4 on an IPv6-only name is dns-no-address', async () => {
		const outcome = await resolveHost('v6only.example.test', {
			family: 4,
			dnsServer: dns.server,
			timeoutMs: 2000,
			signal: new AbortController().signal,
		});
		expect(outcome.verdict).toMatchObject({code: 'dns-no-address', params: {family: 4}});
	});

	test('NXDOMAIN is dns-nxdomain with the name, on every port', async () => {
		const {run} = await probeOne(
			587,
			{dnsServer: dns.server, ports: [587, 465]},
			'nope.example.test',
		);
		expect(run.resolveVerdict).toMatchObject({
			code: 'dns-nxdomain',
			params: {name: 'nope.example.test'},
		});
		expect(run.ports.map((item) => item.verdict.code)).toEqual(['dns-nxdomain', 'dns-nxdomain']);
		expect(recommended(run)).toBeUndefined();
	});

	test('a resolver that denies every name (no public DNS) is dns-unavailable, not a typo', async () => {
		const denyAll = await startDnsServer({});
		try {
			const {run} = await probeOne(587, {dnsServer: denyAll.server}, 'smtp.gmail.com');
			expect(run.resolveVerdict).toMatchObject({
				code: 'dns-unavailable',
				params: {name: 'smtp.gmail.com', control: 'example.com', errorCode: 'ENOTFOUND'},
			});
			expect(run.ports[0]?.verdict.code).toBe('dns-unavailable');
		} finally {
			await denyAll.close();
		}
	});

	test('no DNS server answering is dns-unavailable, distinct from NXDOMAIN', async () => {
		const before = activeResources();
		const server = `127.0.0.1:${await silentUdpPort()}`;
		const {run} = await probeOne(
			587,
			{dnsServer: server, timeouts: {connect: 1000, greeting: 1000, command: 1000, tls: 1000}},
			'mail.example.test',
		);
		expect(run.resolveVerdict).toMatchObject({code: 'dns-unavailable', params: {server}});
		expect(run.ports[0]?.verdict.code).toBe('dns-unavailable');
		await expectNoLeakedHandles(before);
	});

	test('IP literals and localhost need no DNS', async () => {
		const signal = new AbortController().signal;
		const options = {family: 0 as const, timeoutMs: 1000, signal, dnsServer: '127.0.0.1:9'};
		expect((await resolveHost('192.0.2.7', options)).addresses).toEqual([
			{address: '192.0.2.7', family: 4},
		]);
		expect((await resolveHost('[2001:db8::1]', options)).addresses).toEqual([
			{address: '2001:db8::1', family: 6},
		]);
		expect((await resolveHost('localhost', {...options, family: 4})).addresses).toEqual([
			{address: '127.0.0.1', family: 4},
		]);
	});

	test('a malformed DNS server option is reported, not thrown', async () => {
		const outcome = await resolveHost('mail.example.test', {
			family: 0,
			dnsServer: 'not-an-ip',
			timeoutMs: 1000,
			signal: new AbortController().signal,
		});
		expect(outcome.verdict?.code).toBe('dns-unavailable');
	});

	// Deterministic: the name comes from /etc/hosts itself (not DNS, not the machine's name),
	// and the test is reported as skipped, not silently passed, when the file has none.
	const hostsEntry = readHostsEntry();
	test.skipIf(!hostsEntry)(
		`without a DNS server option, a name from /etc/hosts (${hostsEntry?.name ?? 'none'}) resolves through the system`,
		async () => {
			const outcome = await resolveHost(hostsEntry!.name, {
				family: 4,
				timeoutMs: 3000,
				signal: new AbortController().signal,
			});
			expect(outcome.addresses.map((item) => item.address)).toContain(hostsEntry!.address);
		},
	);
});

describe('one --dns-server parser for the CLI, discovery and the engine', () => {
	const accepted: Array<[string, string]> = [
		['1.1.1.1', '1.1.1.1:53'],
		['127.0.0.1:5353', '127.0.0.1:5353'],
		['::1', '[::1]:53'],
		['[::1]', '[::1]:53'],
		['[::1]:5353', '[::1]:5353'],
		[' 10.0.0.1 ', '10.0.0.1:53'],
	];
	const rejected = [
		'dns.example',
		'127.0.0.1:0',
		'[::1]:0',
		'1.1.1.1:70000',
		'[1.1.1.1]:53',
		'[::1]:',
		'1.2.3.4:x',
		'::1:53x',
		'',
	];

	test.each(accepted)('accepts %j everywhere (%s)', (input, server) => {
		expect(dnsServerAddress(input)).toBe(server);
		expect(parseDiscoveryDnsServer(input).server).toBe(server);
		expect(() => parseCliDnsServer(input)).not.toThrow();
	});

	test.each(rejected)('rejects %j everywhere', (input) => {
		expect(dnsServerAddress(input)).toBeUndefined();
		expect(() => parseDiscoveryDnsServer(input)).toThrow(/--dns-server/);
		expect(() => parseCliDnsServer(input)).toThrow(/--dns-server/);
	});

	test('a DNS server on [::1] with a port resolves through the engine; port 0 is refused', async () => {
		const v6 = await startDnsServer({'mail.example.test': ['127.0.0.1']}, '::1');
		try {
			const signal = new AbortController().signal;
			const served = await resolveHost('mail.example.test', {
				family: 4,
				dnsServer: v6.server,
				timeoutMs: 3000,
				signal,
			});
			expect(served.addresses).toEqual([{address: '127.0.0.1', family: 4}]);
			const zero = await resolveHost('mail.example.test', {
				family: 4,
				dnsServer: v6.server.replace(/:\d+$/, ':0'),
				timeoutMs: 3000,
				signal,
			});
			expect(zero.verdict).toMatchObject({
				code: 'dns-unavailable',
				params: {errorCode: 'EBADSERVER'},
			});
		} finally {
			await v6.close();
		}
	});
});
