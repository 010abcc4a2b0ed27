// Stale copies of the header stayed above the live frame after 80 -> 60 -> 120 -> 80 columns:
// every resize must clear the screen, and the frame must be drawn again after the clear.
import {EventEmitter} from 'node:events';
import {expect, test} from 'vitest';
import {waitFor} from '../helpers/wait-for.js';

// Ink renders only the last frame when it believes it runs in CI (is-in-ci reads CI when Ink
// is first imported), and CI runs this suite with CI=true: this test is about live frames, so
// Ink and the hook are imported only after CI is switched off for this file's process.
process.env['CI'] = 'false';
process.env['CONTINUOUS_INTEGRATION'] = 'false';
const {Box, render, Text} = await import('ink');
const {ClearOnResize, clearScreen} = await import('../../source/ui/hooks/use-clear-on-resize.js');
const {useTerminalSize} = await import('../../source/ui/hooks/use-terminal-size.js');

class FakeStdout extends EventEmitter {
	columns = 80;
	rows = 24;
	readonly isTTY = true;
	output = '';
	write(chunk: string): boolean {
		this.output += chunk;
		return true;
	}
}

function Frame() {
	const {columns} = useTerminalSize();
	return (
		<Box width={Math.max(20, columns)} flexDirection="column">
			<Text>smtp-doctor header</Text>
		</Box>
	);
}

test('each resize clears the screen once, then the frame is drawn again', async () => {
	const stdout = new FakeStdout();
	const stream = stdout as unknown as NodeJS.WriteStream;
	const instance = render(
		<>
			<ClearOnResize />
			<Frame />
		</>,
		{stdout: stream, patchConsole: false, exitOnCtrlC: false},
	);
	try {
		await waitFor(() => stdout.output.includes('smtp-doctor header'));
		for (const columns of [60, 120, 80]) {
			stdout.output = '';
			stdout.columns = columns;
			stdout.emit('resize');
			await waitFor(
				() =>
					stdout.output.includes(clearScreen) &&
					(stdout.output.split(clearScreen)[1] ?? '').includes('smtp-doctor header'),
			);
			expect(stdout.output.split(clearScreen)).toHaveLength(2);
			expect(stdout.output.split(clearScreen)[1]).toContain('smtp-doctor header');
		}
	} finally {
		instance.unmount();
	}
});
