// Both IP families on real packets: names with A and AAAA records exist only in the client
// namespace (a hosts file bind-mounted for the one process), and one family's path is dead.
// With both addresses, IPv4 is probed and each submission port also gets one IPv6 connect:
// a dead IPv6 path is named, with the client-side fix (issue 13).
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {concurrently, type Lab, type LabRun} from '../helpers/netns.js';
import {createRequiredLab, shouldSkipNetns} from './netns-support.js';

/** Three dual-stack servers, each with one way its path is broken. */
const hosts = {
	/** IPv6 blackholed (router drops it), IPv4 fine: the common AAAA trap. */
	'dual.lab.example': ['198.51.100.10', '2001:db8:5::10'],
	/** IPv4 blackholed, IPv6 fine. */
	'v4dead.lab.example': ['198.51.100.11', '2001:db8:5::11'],
	/** IPv4 rejected at once (TCP reset), IPv6 fine. */
	'v4refused.lab.example': ['198.51.100.12', '2001:db8:5::12'],
} as const;

type PortJson = {
	port: number;
	address: string | null;
	verdict: {code: string};
	transcript: Array<{text: string}>;
	phases: Array<{phase: string; detail?: string | null}>;
};
type RunJson = {
	ipFamilies: {
		checks: Array<{port: number; address: string; outcome: string; ms: number}>;
		trapPorts: number[];
		ipv4FailPorts: number[];
		sentence: string | null;
	} | null;
	clientSettings: Array<{client: string; text: string; notes: string[]}> | null;
	outcome: string;
	outcomeReason: string;
	addresses: Array<{address: string; family: number}>;
	ports: PortJson[];
};

function parse(run: LabRun): RunJson {
	try {
		return JSON.parse(run.stdout) as RunJson;
	} catch {
		throw new Error(
			`not JSON (exit ${run.code}): ${run.stdout.slice(0, 200)} ${run.stderr.slice(0, 300)}`,
		);
	}
}

/** Every CLI run of this file, started together in beforeAll (each test reads its own). */
const checks = {
	dualV4: ['dual.lab.example', '-4'],
	dualV6: ['dual.lab.example', '-6'],
	dualBoth: ['dual.lab.example'],
	dualBoth465: ['dual.lab.example', '--ports', '465'],
	dualClient: ['dual.lab.example', '--ports', '587', '--client', 'nodemailer'],
	v4deadBoth: ['v4dead.lab.example'],
	v4deadV6: ['v4dead.lab.example', '-6'],
	v4refusedBoth: ['v4refused.lab.example'],
	literalV6: ['2001:db8:5::10', '--ports', '465,587'],
} as const;

describe.skipIf(shouldSkipNetns)(
	'dual-stack servers with one dead family, as the CLI reports them today',
	() => {
		let lab: Lab;
		const results = new Map<keyof typeof checks, RunJson>();
		const result = (key: keyof typeof checks): RunJson => {
			const found = results.get(key);
			if (!found) {
				throw new Error(`no result for ${key}`);
			}

			return found;
		};

		beforeAll(async () => {
			lab = await createRequiredLab();
			for (const [name, addresses] of Object.entries(hosts)) {
				await lab.server(addresses, {names: [name]});
			}

			await lab.block({at: 'router', action: 'drop', to: hosts['dual.lab.example'][1]});
			await lab.block({at: 'router', action: 'drop', to: hosts['v4dead.lab.example'][0]});
			await lab.block({at: 'router', action: 'tcp-reset', to: hosts['v4refused.lab.example'][0]});
			// A dead path waits the whole connect timeout (1.5 s); working ones end in milliseconds.
			await concurrently(
				Object.entries(checks).map(([key, [host, ...flags]]) => async () => {
					const run = await lab.run(
						[
							'check',
							host,
							'--json',
							'--connect-timeout',
							'1500',
							'--ca',
							lab.caFile() ?? '',
							...flags,
						],
						{hosts},
					);
					results.set(key as keyof typeof checks, parse(run));
				}),
			);
		}, 60_000);

		afterAll(async () => {
			await lab?.destroy();
		});

		test('the name has both records inside the client namespace', () => {
			expect(result('dualV4').addresses).toEqual([{address: '198.51.100.10', family: 4}]);
			expect(result('dualBoth465').addresses).toEqual([
				{address: '198.51.100.10', family: 4},
				{address: '2001:db8:5::10', family: 6},
			]);
		});

		test('-6 on the IPv6-blackholed name: every port times out (filtered)', () => {
			const six = result('dualV6');
			expect(six.outcome).toBe('fails');
			expect(six.outcomeReason).toBe('network');
			expect(six.ports.map((port) => [port.port, port.verdict.code, port.address])).toEqual(
				[25, 465, 587, 2525].map((port) => [port, 'connect-timeout', '2001:db8:5::10']),
			);
		});

		test('-4 on the IPv6-blackholed name works', () => {
			const four = result('dualV4');
			expect(four.outcome).toBe('works');
			expect(new Set(four.ports.map((port) => port.address))).toEqual(new Set(['198.51.100.10']));
		});

		test('both families, IPv6 dead: IPv4 works, and the dead IPv6 path is named on every submission port', () => {
			const both = result('dualBoth');
			expect(both.outcome).toBe('works');
			expect(new Set(both.ports.map((port) => port.address))).toEqual(new Set(['198.51.100.10']));
			// One IPv6 connect per submission port (none on 25, the relay port), each timed out.
			expect(both.ipFamilies?.checks.map((check) => [check.port, check.outcome])).toEqual([
				[465, 'timeout'],
				[587, 'timeout'],
				[2525, 'timeout'],
			]);
			expect(both.ipFamilies?.trapPorts).toEqual([465, 587, 2525]);
			expect(both.ipFamilies?.sentence).toContain(
				'IPv6 to this server times out from here (port 465, 587, 2525, 2001:db8:5::10',
			);
			expect(both.ipFamilies?.sentence).toContain('IPv4 works');
		});

		test('the client settings for the IPv6 trap use IPv4 only, in the client words', () => {
			const [nodemailer] = result('dualClient').clientSettings ?? [];
			expect(nodemailer?.client).toBe('nodemailer');
			expect(nodemailer?.text).toContain("localAddress: '0.0.0.0'");
			expect(nodemailer?.notes.join(' ')).toContain('IPv6 did not work from here');
		});

		test('both families, IPv4 dead: the IPv4 timeout ends the port, and the IPv6 connect that worked is named', () => {
			const both = result('v4deadBoth');
			expect(both.outcome).toBe('fails');
			expect(both.ports.map((port) => [port.verdict.code, port.address])).toEqual(
				[25, 465, 587, 2525].map(() => ['connect-timeout', '198.51.100.11']),
			);
			expect(result('v4deadV6').outcome).toBe('works');
			// IPv6 itself answers: no IPv6 trap is claimed (the IPv4 timeout is the port's verdict).
			expect(both.ipFamilies?.trapPorts).toEqual([]);
			expect(both.ipFamilies?.checks.every((check) => check.outcome === 'connected')).toBe(true);
			// The mirror of the trap: the run fails over IPv4, but IPv6 connects, and it says so.
			expect(both.ipFamilies?.ipv4FailPorts).toEqual([465, 587, 2525]);
			expect(both.ipFamilies?.sentence).toContain(
				'IPv4 to this server fails from here (port 465, 587, 2525, 198.51.100.11), but IPv6 connects',
			);
		});

		test('both families, IPv4 refused at once: the probe moves on to IPv6 and works', () => {
			const both = result('v4refusedBoth');
			expect(both.outcome).toBe('works');
			for (const port of both.ports) {
				expect(port.address, `port ${port.port}`).toBe('2001:db8:5::12');
				expect(JSON.stringify(port.transcript), `port ${port.port}`).toContain(
					'refused; trying 2001:db8:5::12',
				);
			}
		});

		test('an IPv6 literal on the blackholed path times out on every port', () => {
			expect(result('literalV6').ports.map((port) => port.verdict.code)).toEqual([
				'connect-timeout',
				'connect-timeout',
			]);
		});

		test('a plain Node client: Happy Eyeballs falls back to IPv4; first-address-only hangs on IPv6', async () => {
			// getaddrinfo orders IPv6 first here (RFC 6724), as most clients see it.
			const [eyeballs, first] = await Promise.all([
				lab.connect('dual.lab.example', 587, {hosts, timeoutMs: 3000}),
				lab.connect('dual.lab.example', 587, {hosts, timeoutMs: 1500, isFirstAddressOnly: true}),
			]);
			expect(eyeballs).toMatchObject({result: 'connected', address: '198.51.100.10'});
			expect(first.result).toBe('timeout');
		});
	},
);
