// The probe hook folds engine events in ~50 ms batches: a burst of events from four ports at
// once re-renders a handful of times, not once per event. Events are recorded from a real probe
// of the lab, then replayed as one burst, one event per macrotask like socket data.
import {Text} from 'ink';
import {render} from 'ink-testing-library';
import {afterAll, beforeAll, expect, it} from 'vitest';
import {createProbeOptions, probeHost} from '../../source/engine/index.js';
import type {ProbeEvent} from '../../source/engine/types.js';
import {startLab} from '../../source/lab/lab.js';
import {useProbeRun} from '../../source/ui/hooks/use-probe-run.js';
import {createSettleTracker} from '../../source/ui/app/run-app.js';
import type {AppServices, ProbeRequest} from '../../source/ui/app/services.js';
import {createServices} from '../../source/ui/app/create-services.js';
import {testAppOptions} from './app-harness.js';
import {waitForText} from './ui-helpers.js';

let recorded: ProbeEvent[] = [];

beforeAll(async () => {
	const lab = await startLab('provider-like');
	try {
		for await (const event of probeHost(
			lab.connectHost,
			createProbeOptions({
				portMap: lab.portMap,
				ca: lab.ca,
				servername: lab.servername,
				ehloName: 'client.test',
			}),
		)) {
			recorded.push(event);
		}
	} finally {
		await lab.close();
	}
});

afterAll(() => {
	recorded = [];
});

const request: ProbeRequest = {host: '127.0.0.1', ports: [25, 465, 587, 2525]};
const tracker = createSettleTracker();

function Probe({
	services,
	onRender,
}: {
	readonly services: AppServices;
	readonly onRender: (rows: number, isFinished: boolean) => void;
}) {
	const {state} = useProbeRun(request, services, tracker);
	onRender(state.rows.filter((row) => row.verdict).length, state.isFinished);
	return <Text>{state.isFinished ? `finished ${state.rows.length} rows` : 'running'}</Text>;
}

it('folds a burst of events from four ports into a few renders', async () => {
	expect(recorded.length).toBeGreaterThan(40);
	const services: AppServices = {
		...createServices(testAppOptions),
		async *probeHost() {
			// Every event in its own macrotask, as socket data arrives, all within a few ms.
			for (const event of recorded) {
				await new Promise((resolve) => {
					setImmediate(resolve);
				});
				yield event;
			}

			return undefined;
		},
	};
	let renders = 0;
	const seen: number[] = [];
	const {lastFrame, unmount} = render(
		<Probe
			services={services}
			onRender={(done) => {
				renders++;
				seen.push(done);
			}}
		/>,
	);
	await waitForText(lastFrame, 'finished 4 rows');
	unmount();
	// Events are batched (one render per 50 ms window, not one per event): however slow the
	// machine, far fewer renders than events.
	expect(renders).toBeLessThan(recorded.length / 4);
	expect(seen.at(-1)).toBe(4);
});
