// "s" once every row has ended but the run's result is still on its way: the report is saved
// when it arrives, and "still running" is never said.
import {mkdtempSync, readdirSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {Text, useInput} from 'ink';
import {afterEach, expect, it} from 'vitest';
import {createTranslator} from '../../source/i18n/translate.js';
import {probeReducer, initialProbeState, type ProbeState} from '../../source/state/index.js';
import {useReportSaver} from '../../source/ui/probe/report-action.js';
import {goodResult} from '../report/sample-results.js';
import {cleanup, render} from '../helpers/render.js';
import {waitFor} from '../helpers/wait-for.js';

afterEach(() => {
	cleanup();
});

const t = createTranslator('en');

function Saver({state, messages}: {readonly state: ProbeState; readonly messages: string[]}) {
	const saver = useReportSaver({
		state,
		services: {formatReport: () => '# smtp-doctor: test\n'},
		lang: 'en',
		t,
		host: 'smtp.example.test',
		onMessage(message) {
			if (message) {
				messages.push(message);
			}
		},
	});
	useInput((input) => {
		if (input === 's') {
			saver.save();
		}
	});
	return <Text>saver</Text>;
}

it('waits for the result when every row has ended, then saves', async () => {
	const directory = mkdtempSync(path.join(tmpdir(), 'smtp-doctor-saver-'));
	const previous = process.cwd();
	process.chdir(directory);
	try {
		const init = {host: goodResult.host, ports: goodResult.ports.map((port) => port.port)};
		// Every port has finished; the run-finished event is not folded in yet.
		const ended = goodResult.ports.reduce(
			(state, result) => probeReducer(state, {type: 'port-finished', port: result.port, result}),
			initialProbeState(init),
		);
		const messages: string[] = [];
		const app = render(<Saver state={ended} messages={messages} />);
		app.stdin.write('s');
		await waitFor(() => messages.length === 1);
		expect(messages).toEqual(['Saving as soon as the last result is in...']);
		app.rerender(
			<Saver
				state={probeReducer(ended, {type: 'run-finished', result: goodResult})}
				messages={messages}
			/>,
		);
		await waitFor(() => messages.length === 2);
		expect(messages[1]).toMatch(/^Report saved to /);
		expect(readdirSync(directory)).toHaveLength(1);
		expect(messages.join('\n')).not.toContain('still going');
	} finally {
		process.chdir(previous);
		rmSync(directory, {recursive: true, force: true});
	}
});

it('says "still running" while a row is still being probed', async () => {
	const messages: string[] = [];
	const app = render(
		<Saver state={initialProbeState({host: 'h', ports: [465]})} messages={messages} />,
	);
	app.stdin.write('s');
	await waitFor(() => messages.length === 1);
	expect(messages).toEqual(['The run is still going: save once every port has finished.']);
});
