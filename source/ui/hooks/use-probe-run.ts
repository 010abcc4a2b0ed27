import {useCallback, useEffect, useReducer, useRef, useState} from 'react';
import type {Credentials, ProbeEvent, TestMessage} from '../../engine/types.js';
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
	| {readonly type: 'events'; readonly events: readonly ProbeEvent[]};

function batchReducer(state: ProbeState, action: Action): ProbeState {
	return action.type === 'reset'
		? initialProbeState(action.init)
		: action.events.reduce(probeReducer, state);
}

/** Promises the app must let settle before the process exits (probe runs, lab shutdown). */
export type SettleTracker = {add(promise: Promise<unknown>): void};

export type ProbeRun = {
	readonly state: ProbeState;
	readonly lab?: Lab;
	readonly error?: string;
	readonly runNumber: number;
	rerun(): void;
};

/** The login step's result: AUTH on every safe port, and an opt-in test message on one. */
export type ProbeAccess = {
	readonly credentials?: Credentials;
	readonly testMessage?: TestMessage;
};

const noAccess: ProbeAccess = {};

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

/**
 * Runs the engine for a request: dispatches its events in ~50 ms batches, aborts on cleanup
 * (screen left, app quitting) and on re-run.
 */
export function useProbeRun(
	request: ProbeRequest,
	services: AppServices,
	tracker: SettleTracker,
	access: ProbeAccess = noAccess,
): ProbeRun {
	const {lab, error: labError} = useLab(request, services, tracker);
	const [runNumber, setRunNumber] = useState(1);
	const [error, setError] = useState<string>();
	const init: ProbeStateInit = {
		host: request.host,
		ports: request.ports,
		mode: services.baseOptions.mode,
	};
	const [state, dispatch] = useReducer(batchReducer, init, initialProbeState);
	const initRef = useRef(init);
	initRef.current = init;
	const {probeHost, baseOptions} = services;

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
		const host = lab ? lab.connectHost : request.host;
		const run = async () => {
			const events = probeHost(host, {
				...baseOptions,
				ports: request.ports,
				notOfferedPorts: request.notOfferedPorts,
				...(access.credentials ? {credentials: access.credentials} : {}),
				...(access.testMessage ? {testMessage: access.testMessage} : {}),
				...(lab
					? {
							portMap: lab.portMap,
							servername: lab.servername,
							ca: [...(baseOptions.ca ?? []), ...lab.ca],
						}
					: {}),
				signal: controller.signal,
			});
			for await (const event of events) {
				buffer.push(event);
				if (event.type === 'run-finished') {
					clearTimeout(timer);
					flush();
				} else {
					timer ??= setTimeout(flush, flushIntervalMs);
				}
			}
		};

		const running = run().catch((error_: unknown) => {
			if (!controller.signal.aborted) {
				setError(error_ instanceof Error ? error_.message : String(error_));
			}
		});
		tracker.add(running);
		return () => {
			controller.abort();
			clearTimeout(timer);
		};
	}, [lab, request, runNumber, probeHost, baseOptions, tracker, access]);

	const rerun = useCallback(() => {
		setRunNumber((value) => value + 1);
	}, []);

	return {state, lab, error: labError ?? error, runNumber, rerun};
}
