// Probes every requested port of one host concurrently and merges their event streams into
// one async generator, in the order things happen. A whole host takes as long as its slowest
// port. Aborting `options.signal` (or leaving the loop early) closes every socket and timer.
import {defaultEhloName} from './ehlo-name.js';
import {defaultPortRole, probePort} from './probe-port.js';
import {checkFamily, familyCheckAddress} from './family-check.js';
import {prepareTrustStore} from './tls-facts.js';
import {resolveHost, type ResolveOutcome} from './resolve.js';
import {
	defaultTimeouts,
	type FamilyCheck,
	type PortResult,
	type ProbeEvent,
	type ProbeOptions,
	type RunResult,
	type Verdict,
} from './types.js';
import {makeVerdict} from './verdict.js';
import {nowMs} from './clock.js';

/** The ports probed when none are given: relay, implicit-TLS submission, submission, vendor alternative. */
export const defaultPorts: readonly number[] = [25, 465, 587, 2525];

/** Full probe options from a few overrides (defaults: ports 25/465/587/2525, auto, default timeouts). */
export function createProbeOptions(overrides: Partial<ProbeOptions> = {}): ProbeOptions {
	return {
		ports: defaultPorts,
		mode: 'auto',
		timeouts: defaultTimeouts,
		ehloName: defaultEhloName(),
		family: 0,
		...overrides,
	};
}

function portResultWithoutProbe(port: number, options: ProbeOptions, verdict: Verdict): PortResult {
	return {
		port,
		requestedMode: options.mode,
		encryption: 'unknown',
		verdict,
		findings: [],
		attempts: 0,
		phases: [],
		transcript: [],
		totalMs: 0,
	};
}

/** Probes `host` on every port in `options.ports` at once, yielding events; returns the run's result. */
export async function* probeHost(
	host: string,
	options: ProbeOptions,
): AsyncGenerator<ProbeEvent, RunResult> {
	const runStart = nowMs();
	const startedAt = new Date().toISOString();
	const ports = [...new Set(options.ports)];
	const controller = new AbortController();
	const onAbort = () => {
		controller.abort();
	};

	const {signal} = controller;
	if (options.signal?.aborted) {
		controller.abort();
	} else {
		options.signal?.addEventListener('abort', onAbort, {once: true});
	}

	const queue: ProbeEvent[] = [];
	let wake: (() => void) | undefined;
	const emit = (event: ProbeEvent) => {
		queue.push(event);
		wake?.();
	};

	const tasks: Array<Promise<unknown>> = [];
	let isComplete = false;
	// Build the trust store while DNS or the first connects are on their way (they are when
	// immediates run), not at the first handshake, where it would block every port.
	const prepare =
		options.mode === 'none'
			? undefined
			: setImmediate(() => {
					prepareTrustStore(options.ca);
				});
	try {
		yield {type: 'run-started', host, ports, mode: options.mode, startedAt};
		const resolveStart = nowMs();
		const resolved: ResolveOutcome = await resolveHost(host, {
			family: options.family,
			...(options.dnsServer ? {dnsServer: options.dnsServer} : {}),
			timeoutMs: options.timeouts.connect,
			signal,
		});
		const cancelledVerdict = (port: number) => makeVerdict('cancelled', {port});
		const resolveVerdict = signal.aborted ? undefined : resolved.verdict;
		const ordered = [
			...resolved.addresses.filter((item) => item.family === 4),
			...resolved.addresses.filter((item) => item.family === 6),
		];
		yield {
			type: 'resolve-finished',
			addresses: ordered,
			durationMs: Math.round(nowMs() - resolveStart),
			...(resolveVerdict ? {verdict: resolveVerdict} : {}),
		};

		const results = new Map<number, PortResult>();
		const familyChecks: FamilyCheck[] = [];
		const familyTasks: Array<Promise<unknown>> = [];
		if (signal.aborted || resolveVerdict || ordered.length === 0) {
			for (const port of ports) {
				const verdict =
					signal.aborted || !resolveVerdict ? cancelledVerdict(port) : {...resolveVerdict};
				const result = portResultWithoutProbe(port, options, verdict);
				results.set(port, result);
				yield {
					type: 'port-started',
					port,
					mode: options.mode,
					atMs: Math.round(nowMs() - runStart),
				};
				yield {type: 'port-finished', port, result};
			}
		} else {
			let remaining = ports.length;
			const v6 = options.family === 0 ? familyCheckAddress(ordered) : undefined;
			for (const port of v6 ? ports : []) {
				if ((options.portRoles?.[port] ?? defaultPortRole(port)) === 'relay') {
					continue;
				}

				familyTasks.push(
					checkFamily(
						port,
						options.portMap?.[port] ?? port,
						v6!,
						options.timeouts.connect,
						signal,
						options.connectionGate,
					).then((check) => {
						if (check) {
							familyChecks.push(check);
						}
					}),
				);
			}

			tasks.push(...familyTasks);
			for (const port of ports) {
				tasks.push(
					probePort({
						host,
						port,
						addresses: ordered.map((item) => item.address),
						options,
						runStart,
						signal,
						emit,
					})
						.then((result) => {
							results.set(port, result);
						})
						.finally(() => {
							remaining--;
							wake?.();
						}),
				);
			}

			for (;;) {
				while (queue.length > 0) {
					yield queue.shift()!;
				}

				if (remaining === 0) {
					break;
				}

				await new Promise<void>((resolve) => {
					wake = resolve;
				});
				wake = undefined;
			}
		}

		await Promise.allSettled(familyTasks);
		const portResults = ports.flatMap((port) => results.get(port) ?? []);
		const result: RunResult = {
			schemaVersion: 1,
			host,
			startedAt,
			durationMs: Math.round(nowMs() - runStart),
			addresses: ordered,
			...(resolveVerdict ? {resolveVerdict} : {}),
			ports: portResults,
			isCancelled: signal.aborted,
			...(familyChecks.length > 0
				? {familyChecks: familyChecks.toSorted((a, b) => a.port - b.port)}
				: {}),
		};
		isComplete = true;
		yield {type: 'run-finished', result};
		return result;
	} finally {
		clearImmediate(prepare);
		options.signal?.removeEventListener('abort', onAbort);
		if (!isComplete) {
			// The consumer left early (break, return, throw) or we were aborted: stop every port.
			controller.abort();
		}

		await Promise.allSettled(tasks);
	}
}

/** Runs a whole probe, calling `onEvent` for each event, and resolves with the run's result. */
export async function runProbe(
	host: string,
	options: ProbeOptions,
	onEvent?: (event: ProbeEvent) => void,
): Promise<RunResult> {
	const generator = probeHost(host, options);
	for (;;) {
		const next = await generator.next();
		if (next.done) {
			return next.value;
		}

		onEvent?.(next.value);
	}
}
