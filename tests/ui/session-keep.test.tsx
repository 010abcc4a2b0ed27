// Help (?) and the language switch (L) must not remount the probe session: same run, same
// lab (same real ports), same selected row, same open detail.
import {describe, expect, it, vi} from 'vitest';
import type {AppServices} from '../../source/ui/app/services.js';
import {appFixture} from './app-harness.js';
import {keys, waitForFrame, waitForText} from './ui-helpers.js';

const fixture = appFixture();

vi.setConfig({testTimeout: 90_000});

const finished = /Use these settings|No port works/;
const labRunTimeoutMs = 45_000;

/** Counts probe runs and lab starts through the real services. */
function counting(counts: {runs: number; labs: number}) {
	return (services: AppServices): AppServices => ({
		...services,
		probeHost(host, options) {
			counts.runs++;
			return services.probeHost(host, options);
		},
		async startLab(scenario) {
			counts.labs++;
			return services.startLab(scenario);
		},
	});
}

function realPorts(frame: string): string[] {
	return [...frame.matchAll(/(\d+) \((\d+)\)/g)].map((match) => `${match[1]}:${match[2]}`);
}

describe('help and language keep the probe session', () => {
	it('? then ? (and Esc) keeps the run, the lab ports and the cursor', async () => {
		const counts = {runs: 0, labs: 0};
		const app = await fixture.mount({
			initialRequest: {
				host: 'smtp.lab.test',
				ports: [25, 465, 587, 2525],
				lab: 'provider-like',
				title: 'Lab',
			},
			wrapServices: counting(counts),
		});
		const table = await waitForText(app.lastFrame, finished, labRunTimeoutMs);
		const ports = realPorts(table);
		expect(ports).toHaveLength(4);
		expect(counts).toEqual({runs: 1, labs: 1});
		app.stdin.write(keys.down);
		await waitForText(app.lastFrame, /› 465/);
		app.stdin.write(keys.down);
		await waitForText(app.lastFrame, /› 587/);

		app.stdin.write('?');
		await waitForText(app.lastFrame, 'Keys');
		app.stdin.write('?');
		const back = await waitForFrame(
			app.lastFrame,
			(frame) => finished.test(frame) && frame.includes('› 587'),
		);
		expect(realPorts(back)).toEqual(ports);

		app.stdin.write('?');
		await waitForText(app.lastFrame, 'Keys');
		app.stdin.write(keys.escape);
		const again = await waitForFrame(
			app.lastFrame,
			(frame) => finished.test(frame) && frame.includes('› 587'),
		);
		expect(realPorts(again)).toEqual(ports);
		expect(again).not.toMatch(/Probing|WAIT/);
		expect(counts).toEqual({runs: 1, labs: 1});
	});

	it('L inside a detail keeps the detail, the run and the lab', async () => {
		const counts = {runs: 0, labs: 0};
		const app = await fixture.mount({
			initialRequest: {
				host: 'smtp.lab.test',
				ports: [25, 465, 587, 2525],
				lab: 'provider-like',
				title: 'Lab',
			},
			wrapServices: counting(counts),
		});
		await waitForText(app.lastFrame, finished, labRunTimeoutMs);
		app.stdin.write(keys.down);
		await waitForText(app.lastFrame, /› 465/);
		app.stdin.write(keys.enter);
		const detail = await waitForText(app.lastFrame, 'Timeline');
		const real = /real port (\d+)/.exec(detail)?.[1];
		expect(real).toBeDefined();
		app.stdin.write('L');
		const switched = await waitForFrame(
			app.lastFrame,
			(frame) => frame !== detail && frame.includes(`${real ?? ''}`) && frame.includes('465'),
		);
		expect(switched).not.toContain('Timeline');
		app.stdin.write('L');
		const english = await waitForText(app.lastFrame, 'Timeline');
		expect(english).toContain(`real port ${real ?? ''}`);
		app.stdin.write(keys.escape);
		const table = await waitForText(app.lastFrame, /› 465/);
		expect(table).toMatch(finished);
		expect(counts).toEqual({runs: 1, labs: 1});
	});
});
