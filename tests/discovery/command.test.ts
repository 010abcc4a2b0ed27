import {catalogues} from '../helpers/catalogue.js';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {runDiscoverCommand} from '../../source/discovery/command.js';
import {candidateRun} from '../../source/discovery/candidate-run.js';
import {discover, type DiscoveryResult} from '../../source/discovery/discover.js';
import {getBuiltinPresets} from '../../source/presets/presets.js';
import {startDnsServer, type TestDnsServer} from './dns-zone-server.js';

let dns: TestDnsServer;

beforeAll(async () => {
	dns = await startDnsServer({
		// The control name discovery asks before believing an NXDOMAIN (a working resolver knows it).
		'example.com': {A: ['192.0.2.80']},
		'example.test': {MX: [{exchange: 'example-test.mail.protection.outlook.com', priority: 0}]},
		'_submissions._tcp.example.test': {
			SRV: [{priority: 0, weight: 1, port: 465, target: 'smtp.example.test'}],
		},
		'smtp.example.test': {A: ['192.0.2.1']},
	});
});

afterAll(async () => {
	await dns.close();
});

describe('runDiscoverCommand', () => {
	it('prints ranked candidates with evidence, the next command and the DNS lookups', async () => {
		const output = await runDiscoverCommand('you@example.test', {
			catalogue: catalogues.en,
			dnsServer: dns.server,
			timeoutMs: 2000,
		});
		expect(output.exitCode).toBe(0);
		expect(output.stderr).toBe('');
		const lines = output.stdout.split('\n');
		expect(lines[0]).toBe('Discovery for you@example.test (domain example.test)');
		expect(lines[2]).toBe(' 1. smtp.example.test  port 465 SSL/TLS');
		expect(lines[3]).toMatch(
			/^ {6}- SRV _submissions\._tcp\.example\.test points to smtp\.example\.test:465/,
		);
		expect(output.stdout).toMatch(
			/ 2\. smtp\.office365\.com {2}port 587 STARTTLS {2}\[preset microsoft365:default\]\n/,
		);
		expect(output.stdout).toContain('Next: smtp-doctor check smtp.example.test\n');
		expect(output.stdout).toContain(`DNS lookups via ${dns.server}:`);
		expect(output.stdout).toMatch(
			/ {2}SRV {2}_submission\._tcp\.example\.test: no such name \(NXDOMAIN\) \(\d+ ms\)/,
		);
	});

	it('prints JSON', async () => {
		const output = await runDiscoverCommand('example.test', {
			catalogue: catalogues.en,
			dnsServer: dns.server,
			json: true,
		});
		const result = JSON.parse(output.stdout) as DiscoveryResult;
		expect(result.schemaVersion).toBe(1);
		expect(result.candidates[0]?.host).toBe('smtp.example.test');
	});

	it('exits 1 when nothing is found and 2 for bad input', async () => {
		const missing = await runDiscoverCommand('nope.test', {
			catalogue: catalogues.en,
			dnsServer: dns.server,
		});
		expect(missing.exitCode).toBe(1);
		expect(missing.stdout).toContain('does not exist (NXDOMAIN)');

		const bad = await runDiscoverCommand('you@', {catalogue: catalogues.en, dnsServer: dns.server});
		expect(bad).toEqual({
			stdout: '',
			stderr: 'smtp-doctor: "you@" is not an email address: nothing after "@"\n',
			exitCode: 2,
		});

		const badServer = await runDiscoverCommand('example.test', {
			catalogue: catalogues.en,
			dnsServer: 'dns.example',
		});
		expect(badServer.exitCode).toBe(2);
		expect(badServer.stderr).toMatch(
			/^smtp-doctor: --dns-server "dns\.example": expected IP or IP:PORT/,
		);
	});
});

describe('candidateRun', () => {
	it('turns the best candidate into probe settings, with preset expectations for providers', async () => {
		const result = await discover('example.test', {dnsServer: dns.server});
		const [srv, m365] = result.candidates;
		expect(candidateRun(srv!, getBuiltinPresets())).toEqual({
			host: 'smtp.example.test',
			ports: [25, 465, 587, 2525],
		});
		const run = candidateRun(m365!, getBuiltinPresets());
		expect(run).toMatchObject({host: 'smtp.office365.com', notOfferedPorts: [465, 2525]});
		expect(run.presetProbe?.expected.map((item) => item.port)).toEqual([587, 25]);
	});
});
