// The reducer fed with events recorded live from the real engine against loopback servers:
// whatever the engine streams, the table state must stay serialisable, rows must only move
// forward (pending -> running -> done), the live encryption guess must agree with the final
// result, and the final state must equal the engine's RunResult.
import {afterAll, beforeAll, expect, test} from 'vitest';
import {createProbeOptions, runProbe} from '../../source/engine/index.js';
import type {ProbeEvent, ProbeOptions} from '../../source/engine/types.js';
import {
	initialProbeState,
	probeReducer,
	rowStatusKind,
	type PortRowProgress,
	type ProbeState,
} from '../../source/state/index.js';
import {
	createLeafCertificate,
	createTestCa,
	type TestCertificate,
} from '../helpers/certificates.js';
import {
	closedPort,
	startScriptedSmtp,
	startSmtpServer,
	startTcpServer,
	type TestServer,
} from '../helpers/servers.js';

let ca: TestCertificate;
let leaf: TestCertificate;
const servers: TestServer[] = [];

beforeAll(async () => {
	ca = await createTestCa();
	leaf = await createLeafCertificate({ca});
});

afterAll(async () => {
	await Promise.all(servers.map(async (server) => server.close()));
});

async function keep(server: Promise<TestServer>): Promise<TestServer> {
	const started = await server;
	servers.push(started);
	return started;
}

const order: Record<PortRowProgress, number> = {pending: 0, running: 1, done: 2};

async function record(host: string, overrides: Partial<ProbeOptions>) {
	const options = createProbeOptions({
		timeouts: {connect: 2000, greeting: 3000, command: 3000, tls: 3000},
		ehloName: 'client.test',
		...overrides,
	});
	const events: ProbeEvent[] = [];
	const result = await runProbe(host, options, (event) => {
		events.push(event);
	});
	const states: ProbeState[] = [];
	let state = initialProbeState({
		host,
		ports: options.ports,
		mode: options.mode,
		timeouts: options.timeouts,
	});
	states.push(state);
	for (const event of events) {
		state = probeReducer(state, event);
		states.push(state);
	}

	return {events, states, state, result};
}

test('STARTTLS, refused and plain ports in one run, folded from live events', async () => {
	const starttls = await keep(
		startSmtpServer({key: leaf.key, cert: leaf.cert, authOptional: true}),
	);
	const plain = await keep(startScriptedSmtp({banner: '220 plain.test ESMTP'}));
	const refused = await closedPort();
	const {events, states, state, result} = await record('localhost', {
		ports: [starttls.port, plain.port, refused],
		mode: 'auto',
		ca: [ca.cert],
	});

	expect(events[0]?.type).toBe('run-started');
	expect(events.at(-1)?.type).toBe('run-finished');
	for (const [index, snapshot] of states.entries()) {
		expect(JSON.parse(JSON.stringify(snapshot))).toStrictEqual(snapshot);
		const previous = states[index - 1];
		if (previous) {
			for (const [rowIndex, row] of snapshot.rows.entries()) {
				const before = previous.rows[rowIndex];
				expect(order[row.progress]).toBeGreaterThanOrEqual(order[before?.progress ?? 'pending']);
			}
		}
	}

	// Just before its port-finished event, the STARTTLS row already showed the right encryption live.
	const finishedAt = events.findIndex(
		(event) => event.type === 'port-finished' && event.port === starttls.port,
	);
	const live = states[finishedAt]!.rows.find((row) => row.port === starttls.port)!;
	expect(live.progress).toBe('running');
	expect(live.encryption).toBe('starttls');
	expect(live.tls?.isTrusted).toBe(true);
	expect(live.phases.map((phase) => phase.phase)).toContain('tls');

	expect(state.isFinished).toBe(true);
	expect(state.result).toStrictEqual(result);
	expect(state.rows.map((row) => [row.port, row.verdict?.code, row.encryption])).toEqual(
		result.ports.map((port) => [port.port, port.verdict.code, port.encryption]),
	);
	// smtp-server offers AUTH before STARTTLS (a warning finding on an ok verdict); a submission
	// port without STARTTLS fails; a closed port fails.
	expect(state.rows[0]?.findings.map((finding) => finding.code)).toContain('auth-before-tls');
	expect(state.rows.map((row) => rowStatusKind(row, state))).toEqual(['warn', 'fail', 'fail']);
	expect(state.rows.every((row) => row.currentPhase === undefined)).toBe(true);
});

test('cancelled mid-greeting: the waiting row ends skipped, with no countdown left', async () => {
	const tarpit = await keep(startTcpServer(() => undefined));
	const controller = new AbortController();
	const options = createProbeOptions({
		ports: [tarpit.port],
		mode: 'none',
		timeouts: {connect: 2000, greeting: 60_000, command: 3000, tls: 3000},
		ehloName: 'client.test',
		signal: controller.signal,
	});
	let state = initialProbeState({
		host: '127.0.0.1',
		ports: options.ports,
		mode: 'none',
		timeouts: options.timeouts,
	});
	await runProbe('127.0.0.1', options, (event) => {
		state = probeReducer(state, event);
		if (event.type === 'phase-started' && event.phase === 'greeting') {
			expect(state.rows[0]?.currentPhase).toMatchObject({phase: 'greeting', timeoutMs: 60_000});
			controller.abort();
		}
	});
	expect(state.isFinished).toBe(true);
	expect(state.isCancelled).toBe(true);
	expect(state.rows[0]?.currentPhase).toBeUndefined();
	expect(rowStatusKind(state.rows[0]!, state)).toBe('skipped');
});
