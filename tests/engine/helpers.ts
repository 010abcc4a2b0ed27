// Shared bits for engine tests: quick probe options and a one-port run.
import {createProbeOptions, runProbe} from '../../source/engine/index.js';
import type {PortResult, ProbeEvent, ProbeOptions, RunResult} from '../../source/engine/types.js';

/** Small timeouts so failing paths finish fast in tests. */
export const fastTimeouts = {connect: 2000, greeting: 3000, command: 3000, tls: 3000} as const;

/** Probe options for tests: fast timeouts, fixed EHLO name. */
export function testOptions(overrides: Partial<ProbeOptions> = {}): ProbeOptions {
	return createProbeOptions({
		mode: 'auto',
		timeouts: fastTimeouts,
		ehloName: 'client.test',
		plainSilenceMs: 300,
		...overrides,
	});
}

/** Probes one port of `host` and returns its result, the run and all events. */
export async function probeOne(
	port: number,
	overrides: Partial<ProbeOptions> = {},
	host = '127.0.0.1',
): Promise<{port: PortResult; run: RunResult; events: ProbeEvent[]}> {
	const events: ProbeEvent[] = [];
	const run = await runProbe(host, testOptions({ports: [port], ...overrides}), (event) => {
		events.push(event);
	});
	const result = run.ports[0];
	if (!result) {
		throw new Error('no port result');
	}

	return {port: result, run, events};
}
