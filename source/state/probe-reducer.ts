// Folds the engine's ProbeEvents into table state: one row per port plus host-level facts.
//
// UI-agnostic on purpose: the headless CLI and the Ink TUI (through a `useReducer` hook) share it.
// The reducer is pure and the state is plain, serialisable data (no Dates, Maps or functions), so
// tests can compare it with recorded fixtures and a UI can snapshot it.
//
//   const [state, dispatch] = useReducer(probeReducer, {host, ports, mode}, initialProbeState);
//   for await (const event of probeHost(host, options)) dispatch(event);
//
// Events are idempotent where that is cheap (a repeated `port-finished` replaces the row), and
// events for ports the state does not know yet add a row, so an engine that probes an extra port
// never crashes the UI.
import {
	defaultTimeouts,
	type DetectedEncryption,
	type EhloCapabilities,
	type EncryptionMode,
	type Phase,
	type PhaseTiming,
	type PortResult,
	type ProbeEvent,
	type ResolvedAddress,
	type RunResult,
	type Timeouts,
	type TlsFacts,
	type TranscriptEntry,
	type Verdict,
} from '../engine/types.js';

/** Where a port's probe is: not started, running a phase, or finished (with a verdict). */
export type PortRowProgress = 'pending' | 'running' | 'done';

/** The phase a running port is in, with what a UI needs for a live countdown. */
export type CurrentPhase = {
	readonly phase: Phase;
	readonly attempt: number;
	/** Milliseconds since the run started (add to `Date.parse(state.startedAt)` for wall time). */
	readonly startMs: number;
	/** The timeout the engine applies to this phase, when it has one (resolve has none). */
	readonly timeoutMs?: number;
};

/** One row of the ports table. */
export type PortRowState = {
	readonly port: number;
	readonly requestedMode: EncryptionMode;
	readonly progress: PortRowProgress;
	readonly currentPhase?: CurrentPhase;
	/** What the port was found to speak so far (`unknown` until TLS or a greeting tells). */
	readonly encryption: DetectedEncryption;
	readonly verdict?: Verdict;
	readonly findings: readonly Verdict[];
	readonly phases: readonly PhaseTiming[];
	readonly tls?: TlsFacts;
	readonly capabilitiesBeforeTls?: EhloCapabilities;
	readonly capabilities?: EhloCapabilities;
	readonly transcript: readonly TranscriptEntry[];
	readonly greeting?: string;
	readonly address?: string;
	readonly attempts: number;
	/** Milliseconds the port took, once done. */
	readonly totalMs?: number;
	/** The engine's final result for this port, once done (authoritative over the fields above). */
	readonly result?: PortResult;
};

/** The whole table: host-level facts plus one row per requested port, in request order. */
export type ProbeState = {
	readonly host: string;
	readonly mode: EncryptionMode;
	readonly timeouts: Timeouts;
	/** ISO time the engine started the run; undefined until `run-started`. */
	readonly startedAt?: string;
	readonly addresses: readonly ResolvedAddress[];
	readonly isResolved: boolean;
	readonly resolveMs?: number;
	/** Set when name resolution itself failed (NXDOMAIN, no DNS): every row then fails the same way. */
	readonly resolveVerdict?: Verdict;
	readonly rows: readonly PortRowState[];
	readonly isFinished: boolean;
	readonly isCancelled: boolean;
	readonly durationMs?: number;
	/** The engine's final result, once `run-finished` arrived. */
	readonly result?: RunResult;
};

/** What `initialProbeState` needs: the request as the user made it. */
export type ProbeStateInit = {
	readonly host: string;
	readonly ports: readonly number[];
	readonly mode?: EncryptionMode;
	/** Used only to show countdowns; defaults to the engine's defaults. */
	readonly timeouts?: Timeouts;
};

function emptyRow(port: number, mode: EncryptionMode): PortRowState {
	return {
		port,
		requestedMode: mode,
		progress: 'pending',
		encryption: 'unknown',
		findings: [],
		phases: [],
		transcript: [],
		attempts: 0,
	};
}

/** The state before any event: every requested port pending. Duplicate ports are shown once. */
export function initialProbeState(init: ProbeStateInit): ProbeState {
	const mode = init.mode ?? 'auto';
	return {
		host: init.host,
		mode,
		timeouts: init.timeouts ?? defaultTimeouts,
		addresses: [],
		isResolved: false,
		rows: [...new Set(init.ports)].map((port) => emptyRow(port, mode)),
		isFinished: false,
		isCancelled: false,
	};
}

/** The timeout the engine uses for a phase (see ProbeOptions.timeouts). */
export function phaseTimeout(phase: Phase, timeouts: Timeouts): number | undefined {
	switch (phase) {
		case 'resolve': {
			return undefined;
		}

		case 'connect': {
			return timeouts.connect;
		}

		case 'greeting': {
			return timeouts.greeting;
		}

		case 'tls': {
			return timeouts.tls;
		}

		default: {
			return timeouts.command;
		}
	}
}

function rowFromResult(result: PortResult): PortRowState {
	return {
		port: result.port,
		requestedMode: result.requestedMode,
		progress: 'done',
		encryption: result.encryption,
		verdict: result.verdict,
		findings: result.findings,
		phases: result.phases,
		tls: result.tls,
		capabilitiesBeforeTls: result.capabilitiesBeforeTls,
		capabilities: result.capabilities,
		transcript: result.transcript,
		greeting: result.greeting,
		address: result.address,
		attempts: result.attempts,
		totalMs: result.totalMs,
		result,
	};
}

function updateRow(
	state: ProbeState,
	port: number,
	update: (row: PortRowState) => PortRowState,
): ProbeState {
	const index = state.rows.findIndex((row) => row.port === port);
	if (index === -1) {
		return {...state, rows: [...state.rows, update(emptyRow(port, state.mode))]};
	}

	const rows = [...state.rows];
	rows[index] = update(rows[index]!);
	return {...state, rows};
}

/** Drops properties whose value is undefined, so states compare equal to their JSON round trip. */
function compact<T extends Record<string, unknown>>(value: T): T {
	return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}

/** Folds one engine event into the table state. Pure: returns a new state, never mutates. */
export function probeReducer(state: ProbeState, event: ProbeEvent): ProbeState {
	switch (event.type) {
		case 'run-started': {
			const known = new Set(state.rows.map((row) => row.port));
			const extra = event.ports.filter((port) => !known.has(port));
			return {
				...state,
				host: event.host,
				mode: event.mode,
				startedAt: event.startedAt,
				rows: [
					...state.rows.map((row) => ({...row, requestedMode: event.mode})),
					...[...new Set(extra)].map((port) => emptyRow(port, event.mode)),
				],
			};
		}

		case 'resolve-finished': {
			return compact({
				...state,
				addresses: event.addresses,
				isResolved: true,
				resolveMs: event.durationMs,
				resolveVerdict: event.verdict,
			});
		}

		case 'port-started': {
			return updateRow(state, event.port, (row) =>
				row.progress === 'done' ? row : {...row, requestedMode: event.mode, progress: 'running'},
			);
		}

		case 'phase-started': {
			return updateRow(state, event.port, (row) => {
				if (row.progress === 'done') {
					return row;
				}

				const timeoutMs = phaseTimeout(event.phase, state.timeouts);
				const currentPhase: CurrentPhase = compact({
					phase: event.phase,
					attempt: event.attempt,
					startMs: event.atMs,
					timeoutMs,
				});
				return {
					...row,
					progress: 'running',
					currentPhase,
					attempts: Math.max(row.attempts, event.attempt),
				};
			});
		}

		case 'phase-finished': {
			return updateRow(state, event.port, (row) => {
				if (row.progress === 'done') {
					return row;
				}

				const {timing} = event;
				const isCurrent =
					row.currentPhase?.phase === timing.phase && row.currentPhase.attempt === timing.attempt;
				const next: PortRowState = {
					...row,
					phases: [...row.phases, timing],
					attempts: Math.max(row.attempts, timing.attempt),
				};
				return isCurrent ? compact({...next, currentPhase: undefined}) : next;
			});
		}

		case 'transcript': {
			return updateRow(state, event.port, (row) =>
				row.progress === 'done' ? row : {...row, transcript: [...row.transcript, event.entry]},
			);
		}

		case 'tls-established': {
			return updateRow(state, event.port, (row) => {
				if (row.progress === 'done') {
					return row;
				}

				// A handshake right after connect (no greeting yet) is implicit TLS; after a greeting it is STARTTLS.
				const hadGreeting = row.phases.some((timing) => timing.phase === 'greeting' && timing.isOk);
				return {...row, tls: event.tls, encryption: hadGreeting ? 'starttls' : 'implicit-tls'};
			});
		}

		case 'capabilities': {
			return updateRow(state, event.port, (row) => {
				if (row.progress === 'done') {
					return row;
				}

				if (event.isEncrypted) {
					return {...row, capabilities: event.capabilities};
				}

				return {
					...row,
					capabilitiesBeforeTls: event.capabilities,
					capabilities: event.capabilities,
					encryption:
						row.encryption === 'unknown' && !event.capabilities.startTls ? 'none' : row.encryption,
				};
			});
		}

		case 'port-finished': {
			return updateRow(state, event.port, () => compact(rowFromResult(event.result)));
		}

		case 'run-finished': {
			const {result} = event;
			const finishedPorts = new Map(result.ports.map((port) => [port.port, port]));
			const rows = state.rows.map((row) => {
				const portResult = finishedPorts.get(row.port);
				if (portResult) {
					return compact(rowFromResult(portResult));
				}

				return compact({...row, currentPhase: undefined});
			});
			const known = new Set(rows.map((row) => row.port));
			for (const portResult of result.ports) {
				if (!known.has(portResult.port)) {
					rows.push(compact(rowFromResult(portResult)));
				}
			}

			return compact({
				...state,
				host: result.host,
				startedAt: result.startedAt,
				addresses: result.addresses,
				isResolved:
					state.isResolved || result.addresses.length > 0 || Boolean(result.resolveVerdict),
				resolveVerdict: result.resolveVerdict,
				rows,
				isFinished: true,
				isCancelled: result.isCancelled,
				durationMs: result.durationMs,
				result,
			});
		}
	}
}

/** Folds a whole recorded event list (tests, replays, the headless CLI). */
export function reduceProbeEvents(init: ProbeStateInit, events: Iterable<ProbeEvent>): ProbeState {
	let state = initialProbeState(init);
	for (const event of events) {
		state = probeReducer(state, event);
	}

	return state;
}

/** The state of a finished run from its result alone (the headless check, reports, tests). */
export function stateFromResult(result: RunResult, init?: Partial<ProbeStateInit>): ProbeState {
	return probeReducer(
		initialProbeState({
			host: result.host,
			ports: init?.ports ?? result.ports.map((port) => port.port),
			...(init?.mode ? {mode: init.mode} : {}),
			...(init?.timeouts ? {timeouts: init.timeouts} : {}),
		}),
		{type: 'run-finished', result},
	);
}
