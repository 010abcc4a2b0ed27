// Cancellation releases everything promptly; ports are probed at the same time.
import {afterEach, describe, expect, test} from 'vitest';
import {probeHost, runProbe} from '../../source/engine/index.js';
import type {PhaseTiming, ProbeEvent} from '../../source/engine/types.js';
import {activeResources, expectNoLeakedHandles} from '../helpers/handles.js';
import {
	startScriptedSmtp,
	startTcpServer,
	acceptSilently,
	type TestServer,
} from '../helpers/servers.js';
import {waitFor} from '../helpers/wait-for.js';
import {testOptions} from './helpers.js';

const servers: TestServer[] = [];

afterEach(async () => {
	await Promise.all(servers.splice(0).map(async (server) => server.close()));
});

async function keep(server: Promise<TestServer>) {
	const started = await server;
	servers.push(started);
	return started;
}

const slowTimeouts = {connect: 10_000, greeting: 10_000, command: 10_000, tls: 10_000};

describe('cancellation', () => {
	test('abort while a tarpit holds the connection: prompt end, every port cancelled, no open handle', async () => {
		const tarpit = await keep(startTcpServer(acceptSilently));
		const tarpit2 = await keep(startTcpServer(acceptSilently));
		const before = activeResources();
		const controller = new AbortController();
		const events: ProbeEvent[] = [];
		const running = runProbe(
			'127.0.0.1',
			testOptions({
				ports: [tarpit.port, tarpit2.port],
				timeouts: slowTimeouts,
				plainSilenceMs: 200,
				signal: controller.signal,
			}),
			(event) => {
				events.push(event);
			},
		);
		// Wait until the parallel TLS attempt is under way too (two connections on the first tarpit).
		await waitFor(() => tarpit.connectionCount() === 2 && tarpit2.connectionCount() === 2);
		const abortedAt = performance.now();
		controller.abort();
		const result = await running;
		// Far below the 10 s timeouts that would otherwise end the probe.
		expect(performance.now() - abortedAt).toBeLessThan(2000);
		expect(result.isCancelled).toBe(true);
		expect(result.ports.map((port) => port.verdict.code)).toEqual(['cancelled', 'cancelled']);
		expect(events.at(-1)?.type).toBe('run-finished');
		await expectNoLeakedHandles(before);
	});

	test('abort before start: nothing connects', async () => {
		const tarpit = await keep(startTcpServer(acceptSilently));
		const controller = new AbortController();
		controller.abort();
		const result = await runProbe(
			'127.0.0.1',
			testOptions({ports: [tarpit.port], signal: controller.signal}),
		);
		expect(result.ports[0]?.verdict.code).toBe('cancelled');
		expect(tarpit.connectionCount()).toBe(0);
	});

	test('leaving the generator early (break) closes every socket', async () => {
		const tarpit = await keep(startTcpServer(acceptSilently));
		const before = activeResources();
		const generator = probeHost(
			'127.0.0.1',
			testOptions({ports: [tarpit.port], timeouts: slowTimeouts}),
		);
		for await (const event of generator) {
			if (event.type === 'phase-finished' && event.timing.phase === 'connect') {
				break;
			}
		}

		await expectNoLeakedHandles(before);
	});

	test('abort during an implicit-TLS handshake with a silent server', async () => {
		const tarpit = await keep(startTcpServer(acceptSilently));
		const before = activeResources();
		const controller = new AbortController();
		const running = runProbe(
			'127.0.0.1',
			testOptions({
				ports: [tarpit.port],
				mode: 'implicit-tls',
				timeouts: slowTimeouts,
				signal: controller.signal,
			}),
		);
		await waitFor(() => tarpit.connectionCount() === 1);
		controller.abort();
		const result = await running;
		expect(result.ports[0]?.verdict.code).toBe('cancelled');
		await expectNoLeakedHandles(before);
	});
});

describe('concurrency', () => {
	test('four ports with a 300 ms banner delay overlap in time', async () => {
		const delayed = await Promise.all(
			[0, 1, 2, 3].map(async () =>
				keep(
					startScriptedSmtp({
						banner: '220 slow.test ESMTP',
						bannerDelayMs: 300,
						reply: (line) => (/^ehlo/i.test(line) ? '250-slow.test\r\n250 AUTH PLAIN' : undefined),
					}),
				),
			),
		);
		const ports = delayed.map((server) => server.port);
		const result = await runProbe(
			'127.0.0.1',
			testOptions({
				ports,
				mode: 'none',
				plainSilenceMs: 5000,
				portRoles: Object.fromEntries(ports.map((port) => [port, 'relay'])),
			}),
		);
		const greetings = result.ports.map(
			(port) => port.phases.find((phase) => phase.phase === 'greeting') as PhaseTiming,
		);
		expect(greetings.every((phase) => phase.isOk && phase.durationMs >= 250)).toBe(true);
		// Every greeting wait overlaps every other one: they ran at the same time.
		const latestStart = Math.max(...greetings.map((phase) => phase.startMs));
		const earliestEnd = Math.min(...greetings.map((phase) => phase.startMs + phase.durationMs));
		expect(latestStart).toBeLessThan(earliestEnd);
		expect(result.ports.map((port) => port.verdict.code)).toEqual([
			'plain-only',
			'plain-only',
			'plain-only',
			'plain-only',
		]);
	});

	test('events arrive in order: run-started, resolve-finished, per-port events, run-finished', async () => {
		const server = await keep(startScriptedSmtp({banner: '220 x ESMTP'}));
		const events: ProbeEvent[] = [];
		await runProbe('127.0.0.1', testOptions({ports: [server.port]}), (event) => {
			events.push(event);
		});
		expect(events[0]?.type).toBe('run-started');
		expect(events[1]?.type).toBe('resolve-finished');
		expect(events[2]?.type).toBe('port-started');
		expect(events.at(-2)?.type).toBe('port-finished');
		expect(events.at(-1)?.type).toBe('run-finished');
		const started = events.filter((event) => event.type === 'phase-started').length;
		const finished = events.filter((event) => event.type === 'phase-finished').length;
		expect(started).toBe(finished);
		const transcript = events.filter((event) => event.type === 'transcript');
		expect(transcript.map((event) => event.entry.text)).toContain('EHLO client.test');
	});
});
