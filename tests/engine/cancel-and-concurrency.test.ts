// Cancellation releases everything promptly; ports are probed at the same time.
import type net from 'node:net';
import {afterEach, describe, expect, test} from 'vitest';
import {probeHost, runProbe} from '../../source/engine/index.js';
import type {ProbeEvent} from '../../source/engine/types.js';
import {activeResources, expectNoLeakedHandles} from '../helpers/handles.js';
import {
	scriptedSmtp,
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

const slowTimeouts = {connect: 30_000, greeting: 30_000, command: 30_000, tls: 30_000};

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
		// The waits ended on the abort, not on a timeout: the open phases say 'cancelled'.
		for (const port of result.ports) {
			const ended = port.phases.filter(
				(phase) => phase.phase === 'greeting' || phase.phase === 'tls',
			);
			expect(ended.map((phase) => `${phase.attempt}:${phase.phase}:${phase.detail ?? ''}`)).toEqual(
				expect.arrayContaining(['1:greeting:cancelled', '2:tls:cancelled']),
			);
		}

		// Generous: half the 30 s timeouts, so a loaded machine cannot make it flake.
		expect(performance.now() - abortedAt).toBeLessThan(15_000);
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
	test('four ports are probed at the same time: each banner waits until all four are connected', async () => {
		// A barrier instead of timing: no server greets before all four connections are open,
		// so a probe that ran the ports one after another would end in no-greeting.
		const waiting: net.Socket[] = [];
		const greetAll = (socket: net.Socket) => {
			waiting.push(socket);
			if (waiting.length === 4) {
				for (const client of waiting) {
					client.write('220 slow.test ESMTP\r\n');
				}
			}
		};

		const servers4 = await Promise.all(
			[0, 1, 2, 3].map(async () =>
				keep(
					startTcpServer((socket) => {
						scriptedSmtp({
							reply: (line) =>
								/^ehlo/i.test(line) ? '250-slow.test\r\n250 AUTH PLAIN' : undefined,
						})(socket);
						greetAll(socket);
					}),
				),
			),
		);
		const ports = servers4.map((server) => server.port);
		const result = await runProbe(
			'127.0.0.1',
			testOptions({
				ports,
				mode: 'none',
				plainSilenceMs: 60_000,
				timeouts: {connect: 20_000, greeting: 20_000, command: 20_000, tls: 20_000},
				portRoles: Object.fromEntries(ports.map((port) => [port, 'relay'])),
			}),
		);
		expect(waiting).toHaveLength(4);
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
