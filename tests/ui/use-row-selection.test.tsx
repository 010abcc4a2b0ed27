// "j then Enter" typed faster than React subscribes the next render's input handler must still
// open the row the user moved to (a pty test once opened port 25 instead of 465).
import {Text} from 'ink';
import {render} from '../helpers/render.js';
import {expect, test} from 'vitest';
import {useRowSelection} from '../../source/ui/hooks/use-row-selection.js';
import {tick, waitFor} from '../helpers/wait-for.js';

function Rows({onOpen}: {readonly onOpen: (index: number) => void}) {
	const selected = useRowSelection(4, true, onOpen);
	return <Text>selected {selected}</Text>;
}

test('keys sent in one burst act on the latest row, not on a stale render', async () => {
	const opened: number[] = [];
	const {stdin, lastFrame, unmount} = render(<Rows onOpen={(index) => opened.push(index)} />);
	await waitFor(() => lastFrame()?.includes('selected 0') === true);
	await tick();
	stdin.write('j');
	stdin.write('j');
	stdin.write('\r');
	await waitFor(() => opened.length === 1);
	expect(opened).toEqual([2]);
	await waitFor(() => lastFrame()?.includes('selected 2') === true);
	unmount();
});

test('a chunk of plain keys written at once ("jj\\r") moves twice, then opens that row', async () => {
	const opened: number[] = [];
	const {stdin, lastFrame, unmount} = render(<Rows onOpen={(index) => opened.push(index)} />);
	await waitFor(() => lastFrame()?.includes('selected 0') === true);
	await tick();
	stdin.write('jj\r');
	await waitFor(() => opened.length === 1);
	expect(opened).toEqual([2]);
	await waitFor(() => lastFrame()?.includes('selected 2') === true);
	stdin.write('kjk');
	await waitFor(() => lastFrame()?.includes('selected 1') === true);
	unmount();
});

test('keys after Enter in the same chunk still count: "j\\rj" opens row 1, then moves to row 2', async () => {
	const opened: number[] = [];
	const {stdin, lastFrame, unmount} = render(<Rows onOpen={(index) => opened.push(index)} />);
	await waitFor(() => lastFrame()?.includes('selected 0') === true);
	await tick();
	stdin.write('j\rj');
	await waitFor(() => opened.length === 1);
	await waitFor(() => lastFrame()?.includes('selected 2') === true);
	expect(opened).toEqual([1]);
	unmount();
});
