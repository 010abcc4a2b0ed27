// `check --targets FILE` from the built CLI against a real fleet of loopback servers: every
// target reported exactly once, the sockets in flight never above --concurrency and never
// above two to one address (counted by the servers, not by the tool), Ctrl+C prints what
// finished and releases every socket, --shard splits a fleet (run by GNU parallel's local
// mode), and bad input is one line.
import {spawn, spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {startDnsServer, type TestDnsServer} from '../helpers/dns-server.js';
import {cliEnv, cliPath, runCli, startCli, waitUntil} from './cli-helpers.js';
import {startFleet, type Fleet} from './fleet.js';

const folder = mkdtempSync(path.join(tmpdir(), 'smtp-doctor-targets-'));
afterAll(() => {
	rmSync(folder, {recursive: true, force: true});
});

type JsonLine = {
	readonly host?: string;
	readonly outcome?: string;
	readonly summary?: {
		readonly total: number;
		readonly finished: number;
		readonly notFinished: number;
		readonly isInterrupted: boolean;
		readonly exitCode: number;
		readonly concurrency: number;
		readonly peakInFlight: number;
		readonly shard: string | null;
	};
};

function jsonLines(text: string): JsonLine[] {
	return text
		.trim()
		.split('\n')
		.filter((line) => line !== '')
		.map((line) => JSON.parse(line) as JsonLine);
}

function writeTargets(name: string, lines: readonly string[]): string {
	const file = path.join(folder, name);
	writeFileSync(file, `${lines.join('\n')}\n`);
	return file;
}

describe('check --targets with 500 hosts', () => {
	let fleet: Fleet;
	let dns: TestDnsServer;
	const aliases = ['alias1.test', 'alias2.test', 'alias3.test', 'alias4.test', 'alias5.test'];

	beforeAll(async () => {
		// 495 addresses: 494 named by their IP, the last one by six names (five DNS names and
		// one email address), which all share its two connections.
		fleet = await startFleet({count: 495});
		const shared = fleet.addresses.at(-1)!;
		dns = await startDnsServer(
			Object.fromEntries([...aliases, 'alias6.test'].map((name) => [name, [shared]])),
		);
	});
	afterAll(async () => {
		await fleet.close();
		await dns.close();
	});

	it('reports each target once, with at most --concurrency sockets and two per address', async () => {
		const direct = fleet.addresses.slice(0, -1);
		const file = writeTargets('fleet.txt', [
			'# a fleet check',
			...direct.slice(0, 200),
			'',
			...aliases,
			'ops@alias6.test   # an address line stands for its domain',
			...direct.slice(200),
			direct[7]!, // a repeated line is one target
		]);
		const run = await runCli([
			'check',
			'--targets',
			file,
			'--ports',
			fleet.ports.join(','),
			'--concurrency',
			'16',
			'--dns-server',
			dns.server,
			'--timeout',
			'10s',
			'--json',
		]);
		expect(run.stderr).toBe('');
		const lines = jsonLines(run.stdout);
		const summary = lines.at(-1)!.summary!;
		const hosts = lines.slice(0, -1).map((line) => line.host);
		expect(hosts).toHaveLength(500);
		expect(new Set(hosts)).toEqual(new Set([...direct, ...aliases, 'alias6.test']));
		expect(summary).toMatchObject({
			total: 500,
			finished: 500,
			notFinished: 0,
			concurrency: 16,
			isInterrupted: false,
		});
		// Plain SMTP only: every host fails (a password would go in clear), and the exit says so.
		expect(lines.slice(0, -1).every((line) => line.outcome === 'fails')).toBe(true);
		expect(run.code).toBe(1);
		expect(summary.exitCode).toBe(1);
		// The tool's own count of sockets held, then the servers' counts.
		expect(summary.peakInFlight).toBe(16);
		// The servers' own counts. The bound was reached (so the test can see a breach) and
		// never passed; the shared address saw its six names through two connections at most.
		expect(fleet.accepted()).toBeGreaterThanOrEqual(1000);
		expect(fleet.peak()).toBeGreaterThanOrEqual(8);
		expect(fleet.peak()).toBeLessThanOrEqual(16);
		expect(fleet.peakFor(fleet.addresses.at(-1)!)).toBe(2);
		for (const address of fleet.addresses) {
			expect(fleet.peakFor(address), address).toBeLessThanOrEqual(2);
		}

		await waitUntil(() => fleet.open() === 0);
	}, 120_000);

	it('prints one plain line per host and a summary, and --report writes one Markdown table', async () => {
		const few = fleet.addresses.slice(0, 5);
		const file = writeTargets('few.txt', few);
		const report = path.join(folder, 'fleet.md');
		const run = await runCli([
			'check',
			'--targets',
			file,
			'--ports',
			fleet.ports.join(','),
			'--report',
			report,
		]);
		expect(run.code).toBe(1);
		const out = run.stdout.trim().split('\n');
		expect(out).toHaveLength(6);
		for (const address of few) {
			expect(out.filter((line) => line.startsWith(`${address} `))).toHaveLength(1);
		}

		expect(out.at(-1)).toMatch(/^5 of 5 targets in \d+ ms: 0 works, 5 fails, 0 inconclusive$/);
		const markdown = readFileSync(report, 'utf8');
		// One row per host, in file order, under one table header.
		const rows = markdown.split('\n').filter((line) => few.some((a) => line.startsWith(`| ${a} `)));
		expect(rows.map((row) => row.split(' ')[1])).toEqual(few);
		expect(markdown.match(/^\|[ -]*\|/gm)?.length).toBeGreaterThanOrEqual(1);
	}, 60_000);

	it('a line never points at sections a batch does not print ("see DNS above")', async () => {
		const file = writeTargets('unknown.txt', ['nowhere.test', fleet.addresses[0]!]);
		for (const lang of ['en', 'id']) {
			const run = await runCli([
				'check',
				'--targets',
				file,
				'--ports',
				String(fleet.ports[0]),
				'--dns-server',
				dns.server,
				'--lang',
				lang,
			]);
			const line = run.stdout.split('\n').find((text) => text.startsWith('nowhere.test '));
			expect(line, lang).toMatch(/ dns: /);
			expect(line, lang).not.toMatch(/above|di atas|\(see|\(lihat/);
			expect(run.stdout, lang).not.toMatch(/above|di atas/);
		}
	}, 60_000);
});

describe('check --targets, interrupted', () => {
	let fleet: Fleet;
	beforeAll(async () => {
		// 10 servers that answer, 10 that accept and never greet.
		const count = 20;
		const silent = new Set(Array.from({length: 10}, (_, index) => `127.0.45.${index + 11}`));
		fleet = await startFleet({count, base: 45, portCount: 1, silent});
	});
	afterAll(async () => {
		await fleet.close();
	});

	it('Ctrl+C prints the hosts that finished and a summary, exit 130, every socket released', async () => {
		const file = writeTargets('stuck.txt', fleet.addresses);
		const cli = startCli([
			'check',
			'--targets',
			file,
			'--ports',
			String(fleet.ports[0]),
			'--greeting-timeout',
			'60s',
			'--json',
		]);
		await waitUntil(() => cli.stdout().trim().split('\n').length >= 10);
		await waitUntil(() => fleet.open() >= 10);
		cli.child.kill('SIGINT');
		const run = await cli.done;
		expect(run.code).toBe(130);
		expect(run.stderr).not.toMatch(/at .*\.js:\d+|Error:/);
		const lines = jsonLines(run.stdout);
		const summary = lines.at(-1)!.summary!;
		expect(summary).toMatchObject({total: 20, finished: 10, notFinished: 10, isInterrupted: true});
		expect(lines.slice(0, -1).map((line) => line.host)).toEqual(
			expect.arrayContaining(fleet.addresses.slice(0, 10)),
		);
		await waitUntil(() => fleet.open() === 0);
	}, 60_000);
});

describe('check --targets --shard, spread by GNU parallel', () => {
	let fleet: Fleet;
	beforeAll(async () => {
		fleet = await startFleet({count: 30, base: 46, portCount: 1, bannerDelayMs: 0});
	});
	afterAll(async () => {
		await fleet.close();
	});

	it('three shards run by parallel --sshlogin : hold every target exactly once', async () => {
		const hasParallel = spawnSync('parallel', ['--version']).status === 0;
		expect(hasParallel, 'GNU parallel is installed (scripts/ci/install-tools.sh)').toBe(true);
		const file = writeTargets('shards.txt', fleet.addresses);
		// Asynchronous: the fleet answers from this process, so it must not block.
		const child = spawn(
			'parallel',
			[
				'--will-cite',
				'--sshlogin',
				':',
				'--jobs',
				'3',
				process.execPath,
				cliPath,
				'check',
				'--targets',
				file,
				'--ports',
				String(fleet.ports[0]),
				'--json',
				'--shard',
				'{}/3',
				':::',
				'1',
				'2',
				'3',
			],
			{env: cliEnv({HOME: folder}), stdio: ['ignore', 'pipe', 'pipe']},
		);
		const run = {stdout: '', stderr: ''};
		child.stdout.setEncoding('utf8').on('data', (chunk: string) => (run.stdout += chunk));
		child.stderr.setEncoding('utf8').on('data', (chunk: string) => (run.stderr += chunk));
		await new Promise((resolve) => child.once('close', resolve));
		expect(run.stderr).toBe('');
		const lines = jsonLines(run.stdout);
		const summaries = lines.filter((line) => line.summary).map((line) => line.summary!);
		expect(summaries.map((summary) => summary.shard).sort()).toEqual(['1/3', '2/3', '3/3']);
		expect(summaries.map((summary) => summary.total)).toEqual([10, 10, 10]);
		const hosts = lines.filter((line) => line.host).map((line) => line.host);
		expect(hosts.sort()).toEqual([...fleet.addresses].sort());
	}, 90_000);
});

describe('check --targets, bad input is one line and exit 2', () => {
	it.each([
		[['check', '--targets', '/nonexistent/targets.txt'], /--targets: ".*" does not exist/],
		[['check', '--targets', tmpdir()], /is a folder/],
		[['check', 'example.com', '--targets', 'x'], /give no HOST argument/],
		[['check', '--concurrency', '4', 'example.com'], /--concurrency only applies with --targets/],
		[['check', '--targets', '-', '--shard', '4/3'], /--shard: "4\/3" is not K\/N/],
		[['check', '--targets', '-', '--concurrency', '0'], /--concurrency: "0" is not a number/],
		[['check', '--targets', '-', '--user', 'me'], /does not apply with --targets/],
	])('%j', async (args, message) => {
		const run = await runCli(args);
		expect(run.code).toBe(2);
		expect(run.stdout).toBe('');
		expect(run.stderr.trim().split('\n')).toHaveLength(1);
		expect(run.stderr).toMatch(message);
	});

	it('names the line of a bad target, escaped', async () => {
		const file = writeTargets('bad.txt', ['127.0.0.1', '# fine', 'bad\u001B[31mhost..name']);
		const run = await runCli(['check', '--targets', file]);
		expect(run.code).toBe(2);
		expect(run.stderr.trim().split('\n')).toHaveLength(1);
		expect(run.stderr).toMatch(/bad\.txt" line 3: /);
		expect(run.stderr).not.toContain('\u001B');
	});
});
