// Stale copies of the header stayed above the live frame after 80 -> 60 -> 120 -> 80 columns:
// every resize must clear the screen, and the frame must be drawn again after the clear.
import {EventEmitter} from 'node:events';
import {Box, render, Text} from 'ink';
import {expect, test} from 'vitest';
import {ClearOnResize, clearScreen} from '../../source/ui/hooks/use-clear-on-resize.js';
import {useTerminalSize} from '../../source/ui/hooks/use-terminal-size.js';
import {waitFor} from '../helpers/wait-for.js';

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
