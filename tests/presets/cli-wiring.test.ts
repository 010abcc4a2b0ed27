// The built CLI (distribution/cli.js) with the presets and discovery wiring: `presets`,
// `--preset`, `discover`, `you@example.com`. Real loopback DNS and SMTP servers; no mocks.
import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {runCli, startPlainSmtp, type LoopbackServer} from '../cli/cli-helpers.js';
import {startDnsServer, type TestDnsServer} from '../discovery/dns-zone-server.js';

let config: string;
let smtp: LoopbackServer;
let dns: TestDnsServer;

beforeAll(async () => {
	config = await mkdtemp(path.join(tmpdir(), 'smtp-doctor-wiring-'));
	smtp = await startPlainSmtp();
	await mkdir(path.join(config, 'smtp-doctor'));
	await writeFile(
		path.join(config, 'smtp-doctor', 'presets.json'),
		JSON.stringify({
			presets: [
				{
					id: 'lab',
					name: 'Lab relay',
					host: '127.0.0.1',
					ports: [{port: smtp.port, encryption: 'none'}],
					recommendedPort: smtp.port,
				},
				{id: 'broken', name: 'Broken', host: 'x.test', ports: [], recommendedPort: 25},
			],
		}),
	);
	dns = await startDnsServer({
		// The control name discovery asks before believing an NXDOMAIN (a working resolver knows it).
		'example.com': {A: ['192.0.2.80']},
		'example.test': {MX: [{exchange: 'mx1.hostinger.com', priority: 5}]},
		'_submissions._tcp.srv.test': {
			SRV: [{priority: 0, weight: 1, port: 465, target: 'smtp.srv.test'}],
		},
		'srv.test': {},
		'smtp.srv.test': {A: ['192.0.2.1']},
	});
});

afterAll(async () => {
	await smtp.close();
	await dns.close();
	await rm(config, {recursive: true, force: true});
});

const env = () => ({XDG_CONFIG_HOME: config});

describe('smtp-doctor presets', () => {
	it('lists built-in and user presets; a broken entry is a stderr line, exit 0', async () => {
		const run = await runCli(['presets'], env());
		expect(run.code).toBe(0);
		expect(run.stdout.split('\n')[0]).toBe('Mailbox providers');
		expect(run.stdout).toMatch(/\n {2}hostinger +Hostinger Email/);
		expect(run.stdout).toMatch(/Your presets \(.*presets\.json\)\n {2}lab +Lab relay/);
		expect(run.stderr).toMatch(
			/^smtp-doctor: .*presets\.json: entry 2 \("broken"\): ports: must list at least one port\n/,
		);
	});

	it('prints JSON with --json, one preset by id, and rejects extra arguments', async () => {
		const run = await runCli(['presets', '--json'], env());
		const parsed = JSON.parse(run.stdout) as {presets: Array<{id: string}>};
		expect(parsed.presets[0]?.id).toBe('hostinger');
		expect(parsed.presets.at(-1)?.id).toBe('lab');

		const extra = await runCli(['presets', 'gmail', 'yahoo'], env());
		expect(extra.code).toBe(2);
		expect(extra.stderr).toBe(
			'smtp-doctor: Unexpected argument "yahoo": presets takes one id or search word\n',
		);

		const one = await runCli(['presets', 'lab'], env());
		expect(one.code).toBe(0);
		expect(one.stdout.split('\n')[0]).toBe('Lab relay (lab)');
	});
});

describe('smtp-doctor --preset', () => {
	it('probes the preset host and ports; ports the provider does not offer are info, and it says whether the server agrees', async () => {
		const run = await runCli(
			['check', '--preset', 'lab', '--mode', 'none', '--timeout', '2s'],
			env(),
		);
		expect(run.stdout).toContain('Preset Lab relay says:');
		expect(run.stdout).toContain(`  ${smtp.port} NONE (recommended): server agrees ✓`);
		expect(run.stdout).toContain('  port 2525: not offered by this provider');
		// Plain text on a submission port is never recommended, so no setting works: exit 1.
		expect(run.code).toBe(1);

		const json = await runCli(
			['--preset', 'lab', '--mode', 'none', '--timeout', '2s', '--json'],
			env(),
		);
		const parsed = JSON.parse(json.stdout) as {
			host: string;
			ports: Array<{port: number; verdict: {code: string; severity: string}}>;
		};
		expect(parsed.host).toBe('127.0.0.1');
		expect(parsed.ports.map((port) => port.port)).toEqual([25, 465, 587, 2525, smtp.port]);
		for (const port of parsed.ports.filter((item) => item.port !== smtp.port)) {
			// Nothing listens there on this machine: refused, reported as not offered (info).
			expect(
				port.verdict.code === 'not-offered-by-provider' || port.verdict.severity !== 'fail',
			).toBe(true);
		}
	});

	it('rejects an unknown preset with close matches, and an unknown region, in one line', async () => {
		const typo = await runCli(['check', '--preset', 'hostingr'], env());
		expect(typo.code).toBe(2);
		expect(typo.stderr).toContain(
			'smtp-doctor: --preset: unknown preset "hostingr"; did you mean: hostinger? (smtp-doctor presets lists all)\n',
		);
		expect(typo.stdout).toBe('');

		const region = await runCli(['--preset', 'zoho:mars', '--json'], env());
		expect(region.code).toBe(2);
		expect(region.stderr).toMatch(
			/--preset: unknown region "mars" for preset "zoho"; regions: us, eu/,
		);
	});
});

describe('smtp-doctor discover / smtp-doctor you@example.com', () => {
	it('discovers from the MX of a known provider through --dns-server', async () => {
		const run = await runCli(['discover', 'example.test', '--dns-server', dns.server], env());
		expect(run.code).toBe(0);
		expect(run.stdout).toMatch(
			/ 1\. smtp\.hostinger\.com {2}port 465 SSL\/TLS {2}\[preset hostinger:global\]/,
		);
		expect(run.stdout).toContain('Next: smtp-doctor --preset hostinger:global');
	});

	it('treats an argument with @ as discovery, JSON too', async () => {
		const run = await runCli(
			['you@srv.test', '--dns-server', dns.server, '--json', '--timeout', '1s'],
			env(),
		);
		expect(run.code).toBe(0);
		const parsed = JSON.parse(run.stdout) as {
			email: string;
			candidates: Array<{host: string; port: number}>;
		};
		expect(parsed.email).toBe('you@srv.test');
		expect(parsed.candidates[0]).toMatchObject({host: 'smtp.srv.test', port: 465});
	});

	it('exits 1 for a domain that does not exist and 2 for bad input', async () => {
		const missing = await runCli(['discover', 'nope.test', '--dns-server', dns.server], env());
		expect(missing.code).toBe(1);
		expect(missing.stdout).toContain('The domain nope.test does not exist (NXDOMAIN)');

		const bad = await runCli(['you@', '--dns-server', dns.server], env());
		expect(bad.code).toBe(2);
		expect(bad.stderr).toBe('smtp-doctor: "you@" is not an email address: nothing after "@"\n');

		const none = await runCli(['discover'], env());
		expect(none.code).toBe(2);
		expect(none.stderr).toMatch(/discover needs a domain or an email address/);
	});
});
