// What the built CLI reports for every way a connect can fail on a real network: real SYNs
// dropped, rejected (TCP reset, each ICMP code), routed into prohibit/blackhole routes, or sent
// to an address nobody answers, from the client namespace through the router to the server.
//
// These pin the errno Node gets and the verdict the tool picks for it. Timings are recorded,
// never asserted: SMTP_DOCTOR_NETNS_REPORT=FILE writes them as a Markdown table.
import {writeFileSync} from 'node:fs';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {
	type BlockAction,
	concurrently,
	type Lab,
	type LabRun,
	type LabSide,
	labAddresses,
} from '../helpers/netns.js';
import {createRequiredLab, shouldSkipNetns} from './netns-support.js';

type Family = 4 | 6;

/** One way to fail, and what Node and the tool make of it. */
type Case = {
	readonly name: string;
	readonly family: Family;
	/** Where the rule or route lives. */
	readonly at: LabSide | 'nowhere';
	/** The errno Node reports (ETIMEDOUT: the tool's own connect timeout fired). */
	readonly errno: string;
	/** The tool's verdict code. */
	readonly verdict: string;
	/** Set up the failure; `port` and `address` are this case's. */
	readonly setup?: (lab: Lab, target: {port: number; address: string}) => Promise<unknown>;
	/** The tool's connect timeout (default 1500 ms when a timeout is expected, else 3000 ms). */
	readonly connectTimeoutMs?: number;
	/** Probe this address instead of the server's (it then gets a port-25 listener unless `isAbsent`). */
	readonly address?: string;
	readonly isAbsent?: boolean;
	/** Nothing listens on the port (the server's own RST). */
	readonly isClosed?: boolean;
};

const server = {4: labAddresses.server.ipv4, 6: labAddresses.server.ipv6} as const;

/** Linux maps ICMP codes onto errnos (net/ipv4/icmp.c icmp_err_convert, net/ipv6/icmp.c tab_unreach). */
const firewallErrno: Readonly<Record<BlockAction, Readonly<Record<Family, string>>>> = {
	drop: {4: 'ETIMEDOUT', 6: 'ETIMEDOUT'},
	'tcp-reset': {4: 'ECONNREFUSED', 6: 'ECONNREFUSED'},
	'icmp-port-unreachable': {4: 'ECONNREFUSED', 6: 'ECONNREFUSED'},
	'icmp-host-unreachable': {4: 'EHOSTUNREACH', 6: 'EHOSTUNREACH'},
	'icmp-net-unreachable': {4: 'ENETUNREACH', 6: 'ENETUNREACH'},
	// IPv4 code 13 (admin prohibited) is EHOSTUNREACH, indistinguishable from code 1; ICMPv6 code 1 is EACCES.
	'icmp-admin-prohibited': {4: 'EHOSTUNREACH', 6: 'EACCES'},
	'icmp-host-prohibited': {4: 'EHOSTUNREACH', 6: 'EACCES'},
	'icmp-net-prohibited': {4: 'ENETUNREACH', 6: 'EACCES'},
};

/** The engine's table (source/engine/port/decide.ts connectVerdictCodes); anything else falls back to network-unreachable. */
const verdictOf: Readonly<Record<string, string>> = {
	ETIMEDOUT: 'connect-timeout',
	ECONNREFUSED: 'connection-refused',
	EHOSTUNREACH: 'host-unreachable',
	ENETUNREACH: 'network-unreachable',
	// EACCES: an IPv6 admin-prohibited answer, or a prohibit route (IPv4 folds admin-prohibited
	// into EHOSTUNREACH, so there it stays host-unreachable). EINVAL: a local blackhole route.
	EACCES: 'connect-prohibited',
	EINVAL: 'network-unreachable',
};

const firewallCases: Case[] = (
	[
		'drop',
		'tcp-reset',
		'icmp-port-unreachable',
		'icmp-host-unreachable',
		'icmp-net-unreachable',
		'icmp-admin-prohibited',
		'icmp-host-prohibited',
		'icmp-net-prohibited',
	] as const
).flatMap((action) =>
	([4, 6] as const).map((family): Case => ({
		name: `router firewall ${action === 'drop' ? 'DROP' : `REJECT ${action}`}`,
		family,
		at: 'router',
		errno: firewallErrno[action][family],
		verdict: verdictOf[firewallErrno[action][family]] ?? '?',
		setup: async (lab, target) =>
			lab.block({at: 'router', action, ports: [target.port], to: target.address}),
	})),
);

const routeAddress = (last: number, family: Family) =>
	family === 4 ? `198.51.100.${last}` : `2001:db8:5::${last}`;

const cases: Case[] = [
	...firewallCases,
	...([4, 6] as const).flatMap((family): Case[] => [
		{
			name: 'nothing listens (the server’s RST)',
			family,
			at: 'nowhere',
			isClosed: true,
			errno: 'ECONNREFUSED',
			verdict: 'connection-refused',
		},
		{
			name: 'server’s own firewall DROP',
			family,
			at: 'server',
			errno: 'ETIMEDOUT',
			verdict: 'connect-timeout',
			setup: async (lab, target) =>
				lab.block({at: 'server', action: 'drop', ports: [target.port], to: target.address}),
		},
		{
			name: 'server’s own firewall REJECT icmp-admin-prohibited',
			family,
			at: 'server',
			errno: firewallErrno['icmp-admin-prohibited'][family],
			verdict: verdictOf[firewallErrno['icmp-admin-prohibited'][family]] ?? '?',
			setup: async (lab, target) =>
				lab.block({
					at: 'server',
					action: 'icmp-admin-prohibited',
					ports: [target.port],
					to: target.address,
				}),
		},
		{
			name: 'client’s own firewall (OUTPUT) DROP',
			family,
			at: 'client',
			errno: 'ETIMEDOUT',
			verdict: 'connect-timeout',
			setup: async (lab, target) =>
				lab.block({at: 'client', action: 'drop', ports: [target.port], to: target.address}),
		},
		{
			name: 'client’s own firewall (OUTPUT) REJECT icmp-admin-prohibited',
			family,
			at: 'client',
			errno: firewallErrno['icmp-admin-prohibited'][family],
			verdict: verdictOf[firewallErrno['icmp-admin-prohibited'][family]] ?? '?',
			setup: async (lab, target) =>
				lab.block({
					at: 'client',
					action: 'icmp-admin-prohibited',
					ports: [target.port],
					to: target.address,
				}),
		},
		{
			// Linux sends ICMP code 13 (v4) / ICMPv6 code 1 for a prohibit route.
			name: 'router prohibit route',
			family,
			at: 'router',
			address: routeAddress(31, family),
			errno: family === 4 ? 'EHOSTUNREACH' : 'EACCES',
			verdict: family === 4 ? 'host-unreachable' : 'connect-prohibited',
			setup: async (lab, target) => lab.route('router', 'prohibit', target.address),
		},
		{
			name: 'router blackhole route',
			family,
			at: 'router',
			address: routeAddress(32, family),
			errno: 'ETIMEDOUT',
			verdict: 'connect-timeout',
			setup: async (lab, target) => lab.route('router', 'blackhole', target.address),
		},
		{
			name: 'client prohibit route (local, no packet sent)',
			family,
			at: 'client',
			address: routeAddress(33, family),
			errno: 'EACCES',
			verdict: 'connect-prohibited',
			setup: async (lab, target) => lab.route('client', 'prohibit', target.address),
		},
		{
			name: 'client blackhole route (local, no packet sent)',
			family,
			at: 'client',
			address: routeAddress(34, family),
			errno: 'EINVAL',
			verdict: 'network-unreachable',
			setup: async (lab, target) => lab.route('client', 'blackhole', target.address),
		},
		{
			name: 'client unreachable route (local, no packet sent)',
			family,
			at: 'client',
			address: routeAddress(35, family),
			errno: 'EHOSTUNREACH',
			verdict: 'host-unreachable',
			setup: async (lab, target) => lab.route('client', 'unreachable', target.address),
		},
		{
			// The router's `unreachable default`: ICMP host unreachable (v4) / ICMPv6 no route (v6), at once.
			name: 'router has no route (its unreachable default)',
			family,
			at: 'router',
			address: family === 4 ? labAddresses.unrouted.ipv4 : labAddresses.unrouted.ipv6,
			isAbsent: true,
			errno: family === 4 ? 'EHOSTUNREACH' : 'ENETUNREACH',
			verdict: family === 4 ? 'host-unreachable' : 'network-unreachable',
		},
		{
			// Neighbour discovery on the router's last hop gives up after 3 probes (~3 s), then ICMP host unreachable.
			name: 'no such host on the last hop, 1.5 s timeout',
			family,
			at: 'nowhere',
			address: family === 4 ? labAddresses.absent.ipv4 : labAddresses.absent.ipv6,
			isAbsent: true,
			errno: 'ETIMEDOUT',
			verdict: 'connect-timeout',
		},
		{
			name: 'no such host on the last hop, 5 s timeout',
			family,
			at: 'nowhere',
			address: family === 4 ? labAddresses.absent.ipv4 : labAddresses.absent.ipv6,
			isAbsent: true,
			errno: 'EHOSTUNREACH',
			verdict: 'host-unreachable',
			connectTimeoutMs: 5000,
		},
	]),
];

type Observed = {
	readonly run: LabRun;
	readonly port: number;
	readonly address: string;
	readonly verdict: string;
	readonly errorCode: string;
	readonly connectMs: number | undefined;
	readonly title: string;
	readonly summary: string;
};

type PortJson = {
	verdict: {code: string; title: string; summary: string; params: {errorCode?: string}};
	phases: Array<{phase: string; durationMs: number; isOk: boolean}>;
};

function observe(run: LabRun, port: number, address: string): Observed {
	const json = JSON.parse(run.stdout) as {ports: PortJson[]};
	const result = json.ports[0];
	if (!result) {
		throw new Error(`no port in the JSON: ${run.stdout.slice(0, 300)} ${run.stderr.slice(0, 300)}`);
	}

	const connect = result.phases.find((phase) => phase.phase === 'connect' && !phase.isOk);
	return {
		run,
		port,
		address,
		verdict: result.verdict.code,
		errorCode: result.verdict.params.errorCode ?? '',
		connectMs: connect?.durationMs,
		title: result.verdict.title,
		summary: result.verdict.summary,
	};
}

describe.skipIf(shouldSkipNetns)(
	'connect failures on real packets, as the CLI reports them',
	() => {
		let lab: Lab;
		const observed = new Map<Case, Observed>();

		beforeAll(async () => {
			lab = await createRequiredLab();
			// Every case gets its own port on the server (or its own address), so all rules coexist
			// and all CLI runs go at once.
			const targets = cases.map((item, index) => ({
				item,
				port: item.address ? 25 : 2600 + index,
				address: item.address ?? server[item.family],
			}));
			const listening = targets.filter((target) => !target.item.address && !target.item.isClosed);
			await lab.server([server[4], server[6]], {
				ports: [...new Set(listening.map((target) => target.port))],
				tls: false,
			});
			const routeTargets = targets.filter((target) => target.item.address && !target.item.isAbsent);
			await lab.server(
				routeTargets.map((target) => target.address),
				{ports: [25], tls: false},
			);
			for (const target of targets) {
				await target.item.setup?.(lab, target);
			}

			// Few at a time: the machine is shared, and the timeouts must not race a busy CPU. A case
			// expected to time out waits 1.5 s; the others get 3 s (they end at the ICMP answer).
			await concurrently(
				targets.map((target) => async () => {
					const timeoutMs =
						target.item.connectTimeoutMs ?? (target.item.errno === 'ETIMEDOUT' ? 1500 : 3000);
					const run = await lab.run([
						'check',
						target.address,
						'--ports',
						String(target.port),
						'--json',
						'--connect-timeout',
						String(timeoutMs),
					]);
					observed.set(target.item, observe(run, target.port, target.address));
				}),
			);
		}, 60_000);

		afterAll(async () => {
			await lab?.destroy();
			const file = process.env['SMTP_DOCTOR_NETNS_REPORT'];
			if (file) {
				const lines = [
					'| Case | Family | Where | Node errno | Connect ms | Verdict | Title |',
					'|---|---|---|---|---|---|---|',
					...cases.map((item) => {
						const seen = observed.get(item);
						return `| ${item.name} | IPv${item.family} | ${item.at} | ${seen?.errorCode ?? '?'} | ${seen?.connectMs ?? '?'} | ${seen?.verdict ?? '?'} | ${seen?.title ?? '?'} |`;
					}),
				];
				writeFileSync(file, `${lines.join('\n')}\n`);
			}
		});

		test.each(cases.map((item) => [`${item.name}, IPv${item.family}`, item] as const))(
			'%s',
			(_name, item) => {
				const seen = observed.get(item);
				expect(seen, 'the CLI ran').toBeDefined();
				if (!seen) {
					return;
				}

				expect(seen.run.code, seen.run.stderr).toBe(1);
				expect({errno: seen.errorCode, verdict: seen.verdict}).toEqual({
					errno: item.errno,
					verdict: item.verdict,
				});
			},
		);
	},
);
