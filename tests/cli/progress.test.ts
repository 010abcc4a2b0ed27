import {catalogues} from '../helpers/catalogue.js';
import {readFileSync} from 'node:fs';
import {expect, test} from 'vitest';
import {progressLine, startProgress} from '../../source/cli/progress.js';
import type {ProbeEvent} from '../../source/engine/types.js';
import {reduceProbeEvents, type ProbeStateInit} from '../../source/state/index.js';
import {waitUntil} from './cli-helpers.js';

const fixture = JSON.parse(
	readFileSync(new URL('../state/fixtures/implicit-tls-465.json', import.meta.url), 'utf8'),
) as {init: ProbeStateInit; events: ProbeEvent[]};
const connecting = reduceProbeEvents(fixture.init, fixture.events.slice(0, 5));
const finished = reduceProbeEvents(fixture.init, fixture.events);

test('the status line counts the current phase against its timeout', () => {
	expect(progressLine(connecting, 2003, catalogues.en)).toBe(
		'Checking mail.example.test  465 connecting 2/5 s',
	);
	expect(progressLine(finished, 5000, catalogues.en)).toBe('Checking mail.example.test  465 ✔ OK');
	expect(progressLine(reduceProbeEvents(fixture.init, []), 0, catalogues.en)).toBe(
		'Checking mail.example.test  resolving…',
	);
});

test('the status line speaks the run language (--lang id)', () => {
	expect(progressLine(connecting, 2003, catalogues.id)).toBe(
		`Memeriksa mail.example.test  465 ${catalogues.id.messages.phase.connect} 2/5 s`,
	);
	expect(progressLine(finished, 5000, catalogues.id)).toBe('Memeriksa mail.example.test  465 ✔ OK');
});

function fakeStream(isTTY: boolean) {
	const writes: string[] = [];
	return {
		writes,
		stream: {
			isTTY,
			columns: 30,
			write(text: string) {
				writes.push(text);
				return true;
			},
		},
	};
}

test('on a terminal it redraws one clipped line and clears it when stopped', async () => {
	const {writes, stream} = fakeStream(true);
	const progress = startProgress({
		stream,
		env: {},
		now: () => 2003,
		intervalMs: 5,
		catalogue: catalogues.en,
	});
	progress.update(connecting);
	await waitUntil(() => writes.length > 0);
	progress.stop();
	expect(writes[0]).toBe('\r\u001B[2KChecking mail.example.test  4');
	expect(writes.at(-1)).toBe('\r\u001B[2K');
});

test('never draws off a terminal or in CI', () => {
	for (const [isTTY, env] of [
		[false, {}],
		[true, {CI: 'true'}],
		[true, {TERM: 'dumb'}],
	] as const) {
		const {writes, stream} = fakeStream(isTTY);
		const progress = startProgress({
			stream,
			env,
			now: () => 0,
			intervalMs: 1,
			catalogue: catalogues.en,
		});
		expect(progress.isActive).toBe(false);
		progress.update(connecting);
		progress.stop();
		expect(writes).toEqual([]);
	}

	const active = startProgress({
		stream: fakeStream(true).stream,
		env: {},
		now: () => 0,
		catalogue: catalogues.en,
	});
	expect(active.isActive).toBe(true);
	active.stop();
});
