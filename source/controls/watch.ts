// Starts the control probes (engine/controls.ts) while the run goes on: for a port whose
// connect failed fast (refused, unreachable) at once; for one still connecting after a second
// (it will probably time out) right then, bounded so they end by the port's own timeout. One
// connect per control and port; nothing when every connect works.
import {probeControls, type ControlResult, type ControlTarget} from '../engine/controls.js';
import type {ProbeEvent} from '../engine/types.js';
import {catalogue} from '../presets/catalogue.js';

export {isLoopbackHost, parseControls} from './loopback.js';

/** The built-in controls: well-known submission hosts from the presets, on the ports they serve. */
export function builtInControls(): readonly ControlTarget[] {
	return ['gmail', 'microsoft365', 'hostinger'].flatMap((id) => {
		const preset = catalogue.find((entry) => entry.id === id);
		return preset ? [{host: preset.host, ports: preset.ports.map((port) => port.port)}] : [];
	});
}

/** Watches a run's events and probes the controls for ports that cannot be reached. */
export function startControlWatch(
	targets: readonly ControlTarget[],
	options: {
		readonly connectTimeoutMs: number;
		readonly signal: AbortSignal;
		readonly family?: 4 | 6;
	},
): {
	readonly onEvent: (event: ProbeEvent) => void;
	readonly finish: () => Promise<ControlResult[]>;
} {
	const runs: Array<Promise<ControlResult[]>> = [];
	const launched = new Set<number>();
	const timers = new Map<number, NodeJS.Timeout>();
	const early = Math.min(1000, Math.floor(options.connectTimeoutMs / 2));
	const launch = (port: number, timeoutMs: number) => {
		if (launched.has(port)) {
			return;
		}

		launched.add(port);
		clearTimeout(timers.get(port));
		const forPort = targets.filter(
			(target) => target.port !== undefined || !target.ports || target.ports.includes(port),
		);
		if (forPort.length > 0) {
			runs.push(
				probeControls(forPort, port, {
					timeoutMs,
					signal: options.signal,
					...(options.family ? {family: options.family} : {}),
				}),
			);
		}
	};

	return {
		onEvent(event) {
			if (event.type === 'phase-started' && event.phase === 'connect' && event.attempt === 1) {
				const timer = setTimeout(() => {
					launch(event.port, Math.max(500, options.connectTimeoutMs - early));
				}, early);
				timer.unref();
				timers.set(event.port, timer);
			} else if (event.type === 'phase-finished' && event.timing.phase === 'connect') {
				if (event.timing.isOk) {
					clearTimeout(timers.get(event.port));
				} else {
					launch(event.port, options.connectTimeoutMs);
				}
			}
		},
		async finish() {
			for (const timer of timers.values()) {
				clearTimeout(timer);
			}

			return (await Promise.all(runs)).flat();
		},
	};
}
