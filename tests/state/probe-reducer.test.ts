// Data-driven reducer tests: each fixture in ./fixtures is a recorded event list with
// checkpoints ("after N events the state matches this, rows show these statuses").
import {readdirSync, readFileSync} from 'node:fs';
import {describe, expect, test} from 'vitest';
import type {ProbeEvent} from '../../source/engine/types.js';
import {
	initialProbeState,
	probeReducer,
	reduceProbeEvents,
	rowStatusKind,
	type ProbeState,
	type ProbeStateInit,
} from '../../source/state/index.js';

type Checkpoint = {
	readonly after: number;
	readonly expect: Record<string, unknown>;
	readonly statuses?: readonly string[];
	readonly absent?: readonly string[];
};

type Fixture = {
	readonly description: string;
	readonly init: ProbeStateInit;
	readonly events: readonly ProbeEvent[];
	readonly checkpoints: readonly Checkpoint[];
};

const fixturesDirectory = new URL('fixtures/', import.meta.url);
const fixtures = readdirSync(fixturesDirectory)
	.filter((name) => name.endsWith('.json'))
	.map((name) => ({
		name,
		fixture: JSON.parse(readFileSync(new URL(name, fixturesDirectory), 'utf8')) as Fixture,
	}));

function deepFreeze<T>(value: T): T {
	if (value && typeof value === 'object') {
		for (const entry of Object.values(value)) {
			deepFreeze(entry);
		}

		Object.freeze(value);
	}

	return value;
}

function lookup(value: unknown, path: string): unknown {
	let current = value;
	for (const key of path.split('.')) {
		if (current === null || typeof current !== 'object') {
			return undefined;
		}

		current = (current as Record<string, unknown>)[key];
	}

	return current;
}

test('there are recorded fixtures to run', () => {
	expect(fixtures.length).toBeGreaterThanOrEqual(3);
});

describe.each(fixtures)('$name', ({fixture}) => {
	test('every checkpoint matches', () => {
		let state: ProbeState = initialProbeState(fixture.init);
		const states = [state];
		for (const event of fixture.events) {
			state = probeReducer(state, event);
			states.push(state);
		}

		expect(fixture.checkpoints.length).toBeGreaterThan(0);
		for (const checkpoint of fixture.checkpoints) {
			const snapshot = states[checkpoint.after];
			expect(snapshot, `checkpoint after ${checkpoint.after}`).toBeDefined();
			expect(snapshot, `checkpoint after ${checkpoint.after}`).toMatchObject(checkpoint.expect);
			if (checkpoint.statuses) {
				expect(snapshot!.rows.map((row) => rowStatusKind(row, snapshot))).toEqual(
					checkpoint.statuses,
				);
			}

			for (const path of checkpoint.absent ?? []) {
				expect(lookup(snapshot, path), `${path} after ${checkpoint.after}`).toBeUndefined();
			}
		}
	});

	test('is pure: frozen inputs, every state survives a JSON round trip', () => {
		let state = deepFreeze(initialProbeState(fixture.init));
		for (const event of fixture.events) {
			const before = JSON.stringify(state);
			const next = probeReducer(state, deepFreeze(structuredClone(event)));
			expect(JSON.stringify(state)).toBe(before);
			expect(JSON.parse(JSON.stringify(next))).toStrictEqual(next);
			state = deepFreeze(next);
		}
	});

	test('reduceProbeEvents equals folding one by one', () => {
		const folded = fixture.events.reduce(probeReducer, initialProbeState(fixture.init));
		expect(reduceProbeEvents(fixture.init, fixture.events)).toStrictEqual(folded);
	});
});

describe('edge cases', () => {
	const init = {host: 'h.test', ports: [587, 587, 25]};

	test('duplicate ports give one row each, in request order', () => {
		expect(initialProbeState(init).rows.map((row) => row.port)).toEqual([587, 25]);
	});

	test('an event for a port that was not requested adds a row instead of failing', () => {
		const state = probeReducer(initialProbeState(init), {
			type: 'phase-started',
			port: 2525,
			phase: 'connect',
			attempt: 1,
			atMs: 0,
		});
		expect(state.rows.map((row) => row.port)).toEqual([587, 25, 2525]);
		expect(state.rows[2]).toMatchObject({progress: 'running', currentPhase: {phase: 'connect'}});
	});

	test('late events after port-finished do not reopen the row', () => {
		let state = initialProbeState({host: 'h.test', ports: [25]});
		state = probeReducer(state, {
			type: 'port-finished',
			port: 25,
			result: {
				port: 25,
				requestedMode: 'auto',
				encryption: 'none',
				verdict: {code: 'connection-refused', severity: 'fail', params: {}},
				findings: [],
				attempts: 1,
				phases: [],
				transcript: [],
				totalMs: 1,
			},
		});
		const late = probeReducer(state, {
			type: 'phase-started',
			port: 25,
			phase: 'quit',
			attempt: 1,
			atMs: 2,
		});
		expect(late.rows[0]).toStrictEqual(state.rows[0]);
		expect(rowStatusKind(late.rows[0]!, late)).toBe('fail');
	});

	test('a second attempt (auto mode retry) is counted', () => {
		let state = initialProbeState({host: 'h.test', ports: [465]});
		state = probeReducer(state, {
			type: 'phase-started',
			port: 465,
			phase: 'connect',
			attempt: 2,
			atMs: 9,
		});
		expect(state.rows[0]).toMatchObject({attempts: 2, currentPhase: {attempt: 2}});
	});
});
