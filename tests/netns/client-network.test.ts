// "My network or the server?" on real packets. The client sits behind a network (the router:
// its ISP; or its own OUTPUT chain) that drops outbound 25 and 587; the mail server and a few
// control hosts sit behind it on the server side. Without control probes (the built-in ones
// cannot resolve here: no DNS), a network block and the server's own firewall look the same;
// with --control naming hosts in the lab, the controls tell them apart (issue 13), in the
// conclusion when no port works and in each blocked port's advice when another port works.
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import type {BlockRule, Lab, LabRun} from '../helpers/netns.js';
import {waitFor} from '../helpers/wait-for.js';
import {createRequiredLab, shouldSkipNetns} from './netns-support.js';

const mailServer = '198.51.100.10';
/** Control hosts: other well-behaved submission servers behind the same client network. */
const controls = ['198.51.100.20', '198.51.100.21', '2001:db8:5::20'] as const;

type RunJson = {
	outcome: string;
	outcomeReason: string;
	ports: Array<{port: number; verdict: {code: string}}>;
};

/** Port -> verdict code. */
function verdicts(run: LabRun): Record<number, string> {
	const json = JSON.parse(run.stdout) as RunJson;
	return Object.fromEntries(json.ports.map((port) => [port.port, port.verdict.code]));
}

const blocked25and587 = {
	25: 'connect-timeout',
	465: 'implicit-tls-ok',
	587: 'connect-timeout',
	2525: 'starttls-ok',
};
const allOpen = {
	25: 'starttls-ok',
	465: 'implicit-tls-ok',
	587: 'starttls-ok',
	2525: 'starttls-ok',
};

describe.skipIf(shouldSkipNetns)('a client network that blocks outbound 25 and 587', () => {
	let lab: Lab;
	/** 1 s where a blocked port must time out; more where every port should answer (a busy CI machine). */
	const check = async (host: string, connectTimeoutMs = 1000) =>
		lab.run([
			'check',
			host,
			'--json',
			'--connect-timeout',
			String(connectTimeoutMs),
			'--ca',
			lab.caFile() ?? '',
		]);
	/** Runs `body` with `rule` in place, and removes the rule whatever happens. */
	const withRule = async (rule: BlockRule, body: () => Promise<void>) => {
		const unblock = await lab.block(rule);
		try {
			await body();
		} finally {
			await unblock();
		}
	};

	beforeAll(async () => {
		lab = await createRequiredLab();
		await lab.server(mailServer, {names: ['mx.lab.example']});
		await lab.server(controls, {names: ['control.lab.example']});
	});

	afterAll(async () => {
		await lab?.destroy();
	});

	test('with nothing blocked, the server and every control work on every port', async () => {
		const runs = await Promise.all(
			[mailServer, ...controls].map(async (host) => check(host, 5000)),
		);
		for (const run of runs) {
			expect(verdicts(run), run.stderr).toEqual(allOpen);
		}
	});

	for (const at of ['router', 'client'] as const) {
		test(`the client network (${at === 'router' ? 'its router, the ISP' : 'its own OUTPUT chain'}) drops 25 and 587: server and controls fail alike`, async () => {
			await withRule({at, action: 'drop', ports: [25, 587]}, async () => {
				const runs = await Promise.all([mailServer, ...controls].map(async (host) => check(host)));
				for (const run of runs) {
					expect(verdicts(run), run.stderr).toEqual(blocked25and587);
				}

				// 465 works, so the run "works"; without controls nothing can tell who blocks 25 and 587.
				const server = JSON.parse(runs[0]?.stdout ?? '') as RunJson;
				expect(server.outcome).toBe('works');
			});
		});
	}

	test('without controls, the server’s own firewall dropping 25 and 587 reads exactly like the network block; only the controls differ', async () => {
		let networkBlock: Record<number, string> = {};
		await withRule({at: 'router', action: 'drop', ports: [25, 587]}, async () => {
			networkBlock = verdicts(await check(mailServer));
		});
		await withRule({at: 'server', action: 'drop', ports: [25, 587], to: mailServer}, async () => {
			const [server, ...controlRuns] = await Promise.all(
				[mailServer, ...controls].map(async (host) => check(host)),
			);
			expect(verdicts(server!)).toEqual(networkBlock);
			for (const run of controlRuns) {
				expect(verdicts(run), run.stderr).toEqual(allOpen);
			}
		});
	});

	test('every port blocked by the network, no control resolved: the closing line blames the network without evidence', async () => {
		await withRule({at: 'router', action: 'drop', ports: [25, 465, 587, 2525]}, async () => {
			const run = await check(mailServer);
			const json = JSON.parse(run.stdout) as RunJson & {outcomeSummary: string};
			expect(run.code).toBe(1);
			expect(json.outcomeReason).toBe('network');
			// Without controls the same sentence is printed when only the server's firewall drops everything.
			expect(json.outcomeSummary).toContain('likely your network or a firewall');
		});
	});

	/** A check of the mail server with the two IPv4 controls named. */
	const withControls = async () =>
		lab.run([
			'check',
			mailServer,
			'--json',
			'--connect-timeout',
			'1500',
			'--ca',
			lab.caFile() ?? '',
			'--control',
			`${controls[0]},${controls[1]}`,
		]);
	type ControlJson = RunJson & {
		outcomeSummary: string;
		controls: Array<{host: string; forPort: number; outcome: string; ms: number}> | null;
	};

	test('the network drops every port, and so do the controls: this network blocks them (issue 13)', async () => {
		await withRule({at: 'router', action: 'drop', ports: [25, 465, 587, 2525]}, async () => {
			const run = await withControls();
			const json = JSON.parse(run.stdout) as ControlJson;
			expect(run.code).toBe(1);
			expect(json.outcomeReason).toBe('local-network');
			expect(json.outcomeSummary).toContain('the control hosts fail the same way on port');
			// One connect per control and port, each a timeout, none longer than the connect timeout.
			expect(json.controls).toHaveLength(8);
			for (const control of json.controls ?? []) {
				expect(control.outcome).toBe('timeout');
				expect(control.ms).toBeLessThan(2500);
			}

			expect(run.wallMs).toBeLessThan(6000);
		});
	});

	test('the server’s own firewall drops every port, the controls connect: the server or its firewall (issue 13)', async () => {
		await withRule(
			{at: 'server', action: 'drop', ports: [25, 465, 587, 2525], to: mailServer},
			async () => {
				const run = await withControls();
				const json = JSON.parse(run.stdout) as ControlJson;
				expect(json.outcomeReason).toBe('server-firewall');
				expect(json.outcomeSummary).toContain('the control hosts connect');
				expect(json.controls?.every((control) => control.outcome === 'connected')).toBe(true);
			},
		);
	});

	type AdviceJson = Omit<ControlJson, 'ports'> & {ports: Array<{port: number; advice: string}>};
	const adviceOf = (json: AdviceJson, port: number) =>
		json.ports.find((item) => item.port === port)?.advice ?? '';

	test('the network drops 25 and 587 and 465 works: 587’s advice says this network blocks it (the controls fail too) and names 465', async () => {
		await withRule({at: 'router', action: 'drop', ports: [25, 587]}, async () => {
			const run = await withControls();
			const json = JSON.parse(run.stdout) as AdviceJson;
			expect(json.outcome).toBe('works');
			expect(json.controls?.filter((control) => control.forPort === 587)).toHaveLength(2);
			expect(adviceOf(json, 587)).toContain(
				'The control hosts fail on port 587 from here too: this network',
			);
			expect(adviceOf(json, 587)).toContain('port 465 (SSL/TLS) works');
			expect(adviceOf(json, 587)).not.toContain('try from another network');
		});
	});

	test('the server’s firewall drops 25 and 587 and 465 works: 587’s advice says the controls connect', async () => {
		await withRule({at: 'server', action: 'drop', ports: [25, 587], to: mailServer}, async () => {
			const json = JSON.parse((await withControls()).stdout) as AdviceJson;
			expect(json.outcome).toBe('works');
			expect(adviceOf(json, 587)).toContain('The control hosts connect on port 587 from here');
			expect(adviceOf(json, 587)).not.toContain('try from another network');
		});
	});

	test('nothing blocked: no control is tried (controls only for ports that cannot be reached)', async () => {
		const json = JSON.parse((await withControls()).stdout) as ControlJson;
		expect(json.outcome).toBe('works');
		expect(json.controls).toBeNull();
	});

	test('connection counting (for the gentleness limits): one run opens one connection per port', async () => {
		const counted = await lab.server('198.51.100.30', {
			ports: [465, 587],
			names: ['count.lab.example'],
		});
		const ran = await lab.run([
			'check',
			'198.51.100.30',
			'--ports',
			'465,587',
			'--json',
			'--ca',
			lab.caFile() ?? '',
		]);
		expect(ran.code, ran.stderr).toBe(0);
		// The server reports each accepted connection on its stdout; wait until both arrived.
		const seen = await waitFor(() =>
			counted.connections().size === 2 ? counted.connections() : undefined,
		);
		expect(Object.fromEntries(seen)).toEqual({465: 1, 587: 1});
		await counted.stop();
	});
});
