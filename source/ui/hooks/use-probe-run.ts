import {useCallback, useEffect, useReducer, useRef, useState} from 'react';
import type {
	Credentials,
	ProbeEvent,
	ProbeOptions,
	RunResult,
	TestMessage,
} from '../../engine/types.js';
import type {ControlResult} from '../../engine/controls.js';
import type {Lab} from '../../lab/lab.js';
import {
	initialProbeState,
	probeReducer,
	type ProbeState,
	type ProbeStateInit,
} from '../../state/index.js';
import type {AppServices, ProbeRequest} from '../app/services.js';

/** Engine events are folded in batches at most this often, so four busy ports repaint once. */
export const flushIntervalMs = 50;

type Action =
	| {readonly type: 'reset'; readonly init: ProbeStateInit}
	/** One port probed again: its row starts over, the others keep their results. */
	| {readonly type: 'reset-port'; readonly port: number}
	| {readonly type: 'events'; readonly events: readonly ProbeEvent[]};

function batchReducer(state: ProbeState, action: Action): ProbeState {
	switch (action.type) {
		case 'reset': {
			return initialProbeState(action.init);
		}

		case 'reset-port': {
			const fresh = initialProbeState({host: state.host, ports: [action.port], mode: state.mode})
				.rows[0];
			return fresh
				? {
						...state,
						isFinished: false,
						rows: state.rows.map((row) => (row.port === action.port ? fresh : row)),
					}
				: state;
		}

		case 'events': {
			return action.events.reduce(probeReducer, state);
		}
	}
}

/** What a run may change from what the app started with (the options screen). */
export type RunOverrides = {
	readonly ports?: readonly number[];
	readonly options?: Partial<
		Omit<ProbeOptions, 'ports' | 'signal' | 'credentials' | 'testMessage'>
	>;
};

/** Promises the app must let settle before the process exits (probe runs, lab shutdown). */
export type SettleTracker = {add(promise: Promise<unknown>): void};

export type ProbeRun = {
	readonly state: ProbeState;
	readonly lab?: Lab;
	readonly error?: string;
	readonly runNumber: number;
	/** The control probes of this run's unreachable ports, once they ended (issue 13). */
	readonly controls?: readonly ControlResult[];
	/** The port probed again on its own right now, if any. */
	readonly rerunningPort?: number;
	rerun(): void;
	/** Probes one port again; the other rows keep their results. */
	rerunPort(port: number): void;
};

/** The login step's result: AUTH on every safe port, and an opt-in test message on one. */
export type ProbeAccess = {
	readonly credentials?: Credentials;
	readonly testMessage?: TestMessage;
};

const noAccess: ProbeAccess = {};
const noOverrides: RunOverrides = {};

/** Starts the lab a request needs and keeps it until the request changes or the screen closes. */
function useLab(
	request: ProbeRequest,
	services: AppServices,
	tracker: SettleTracker,
): {readonly lab?: Lab; readonly error?: string} {
	const [lab, setLab] = useState<{readonly lab?: Lab; readonly error?: string}>({});
	const {startLab} = services;
	const scenario = request.lab;
	useEffect(() => {
		if (!scenario) {
			return;
		}

		let isCurrent = true;
		let started: Lab | undefined;
		const starting = startLab(scenario).then(
			(value) => {
				started = value;
				if (isCurrent) {
					setLab({lab: value});
				} else {
					tracker.add(value.close());
				}
			},
			(error: unknown) => {
				if (isCurrent) {
					setLab({error: error instanceof Error ? error.message : String(error)});
				}
			},
		);
		tracker.add(starting);
		return () => {
			isCurrent = false;
			setLab({});
			if (started) {
				tracker.add(started.close());
			}
		};
	}, [scenario, startLab, tracker]);
	return lab;
}

/** Feeds every event of `events` to `onEvent`. */
async function consume(
	events: AsyncGenerator<ProbeEvent, RunResult | undefined>,
	onEvent: (event: ProbeEvent) => void,
): Promise<void> {
	for await (const event of events) {
		onEvent(event);
	}
}

/** The engine options of one run: the app's, the options screen's, the login's and the lab's. */
function runOptions({
	base,
	overrides,
	access,
	lab,
	ports,
	notOfferedPorts,
	signal,
}: {
	readonly base: AppServices['baseOptions'];
	readonly overrides: RunOverrides;
	readonly access: ProbeAccess;
	readonly lab?: Lab;
	readonly ports: readonly number[];
	readonly notOfferedPorts?: readonly number[];
	readonly signal: AbortSignal;
}): ProbeOptions {
	const options = {...base, ...overrides.options};
	return {
		...options,
		ports,
		...(notOfferedPorts ? {notOfferedPorts} : {}),
		...(access.credentials ? {credentials: access.credentials} : {}),
		...(access.testMessage ? {testMessage: access.testMessage} : {}),
		...(lab
			? {
					portMap: lab.portMap,
					servername: lab.servername,
					ca: [...(options.ca ?? []), ...lab.ca],
				}
			: {}),
		signal,
	};
}

/**
 * Runs the engine for a request: dispatches its events in ~50 ms batches, aborts on cleanup
 * (screen left, app quitting) and on re-run.
 */
export function useProbeRun(
	request: ProbeRequest,
	services: AppServices,
	tracker: SettleTracker,
	access: ProbeAccess = noAccess,
	overrides: RunOverrides = noOverrides,
): ProbeRun {
	const {lab, error: labError} = useLab(request, services, tracker);
	const [runNumber, setRunNumber] = useState(1);
	const [error, setError] = useState<string>();
	const [controls, setControls] = useState<readonly ControlResult[]>();
	const ports = overrides.ports ?? request.ports;
	const init: ProbeStateInit = {
		host: request.host,
		ports,
		mode: overrides.options?.mode ?? services.baseOptions.mode,
		timeouts: overrides.options?.timeouts ?? services.baseOptions.timeouts,
	};
	const [state, dispatch] = useReducer(batchReducer, init, initialProbeState);
	const initRef = useRef(init);
	initRef.current = init;
	const {probeHost, baseOptions, watchControls} = services;

	useEffect(() => {
		if (request.lab && !lab) {
			return;
		}

		const controller = new AbortController();
		let buffer: ProbeEvent[] = [];
		let timer: NodeJS.Timeout | undefined;
		const flush = () => {
			timer = undefined;
			if (buffer.length > 0 && !controller.signal.aborted) {
				dispatch({type: 'events', events: buffer});
			}

			buffer = [];
		};

		dispatch({type: 'reset', init: initRef.current});
		setError(undefined);
		setControls(undefined);
		const options = runOptions({
			base: baseOptions,
			overrides,
			access,
			lab,
			ports,
			notOfferedPorts: request.notOfferedPorts,
			signal: controller.signal,
		});
		// No controls in the lab or on a loopback host (watchControls says so).
		const watch = lab
			? undefined
			: watchControls?.(request.host, {
					connectTimeoutMs: options.timeouts.connect,
					signal: controller.signal,
					...(options.family === 0 ? {} : {family: options.family}),
				});
		const running = consume(probeHost(lab ? lab.connectHost : request.host, options), (event) => {
			watch?.onEvent(event);
			buffer.push(event);
			if (event.type === 'run-finished') {
				clearTimeout(timer);
				flush();
			} else {
				timer ??= setTimeout(flush, flushIntervalMs);
			}
		})
			.then(async () => {
				const found = await watch?.finish();
				if (found && found.length > 0 && !controller.signal.aborted) {
					setControls(found);
				}
			})
			.catch((error_: unknown) => {
				if (!controller.signal.aborted) {
					setError(error_ instanceof Error ? error_.message : String(error_));
				}
			});
		tracker.add(running);
		return () => {
			controller.abort();
			clearTimeout(timer);
		};
	}, [
		lab,
		request,
		runNumber,
		probeHost,
		baseOptions,
		watchControls,
		tracker,
		access,
		overrides,
		ports,
	]);

	// One port again: its events go into the table as they come; its result joins the run's.
	const [portRun, setPortRun] = useState<{readonly port: number; readonly number: number}>();
	const latestResult = useRef<RunResult | undefined>(undefined);
	latestResult.current = state.result;
	const {mergePortRun} = services;
	useEffect(() => {
		if (!portRun || (request.lab && !lab)) {
			return;
		}

		const controller = new AbortController();
		dispatch({type: 'reset-port', port: portRun.port});
		const running = consume(
			probeHost(
				lab ? lab.connectHost : request.host,
				runOptions({
					base: baseOptions,
					overrides,
					access: access.credentials ? {credentials: access.credentials} : {},
					lab,
					ports: [portRun.port],
					notOfferedPorts: request.notOfferedPorts,
					signal: controller.signal,
				}),
			),
			(event) => {
				if (controller.signal.aborted) {
					return;
				}

				if (event.type === 'run-finished') {
					const whole = latestResult.current;
					void (whole ? mergePortRun(whole, event.result) : Promise.resolve(event.result)).then(
						(merged) => {
							if (!controller.signal.aborted) {
								dispatch({type: 'events', events: [{type: 'run-finished', result: merged}]});
								setPortRun(undefined);
							}
						},
					);
				} else if (event.type !== 'run-started' && event.type !== 'resolve-finished') {
					dispatch({type: 'events', events: [event]});
				}
			},
		).catch((error_: unknown) => {
			if (!controller.signal.aborted) {
				setError(error_ instanceof Error ? error_.message : String(error_));
			}
		});
		tracker.add(running);
		return () => {
			controller.abort();
		};
		// A new whole run (or leaving) ends it; the other inputs are read when it starts.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [portRun]);

	const rerun = useCallback(() => {
		setPortRun(undefined);
		setRunNumber((value) => value + 1);
	}, []);
	const rerunPort = useCallback((port: number) => {
		setPortRun((current) => ({port, number: (current?.number ?? 0) + 1}));
	}, []);

	return {
		state,
		lab,
		error: labError ?? error,
		runNumber,
		...(controls ? {controls} : {}),
		...(portRun ? {rerunningPort: portRun.port} : {}),
		rerun,
		rerunPort,
	};
}
