// The input boundary: a burst written at once reaches handlers one key at a time, each after
// React re-subscribed the handlers of the frame the key before produced. The control renders
// the same component with ink-testing-library's plain stdin, where Ink 6.8 loses keys: if it
// ever stops losing them, the reason for the boundary is gone and this test says so.
import {Text, useInput} from 'ink';
import {render as plainRender} from 'ink-testing-library';
import {useState} from 'react';
import {afterEach, expect, test} from 'vitest';
import {KeyStream} from '../../source/ui/app/key-stream.js';
import {cleanup, FakeTerminalInput, render} from '../helpers/render.js';
import {tick, waitFor} from '../helpers/wait-for.js';

afterEach(() => {
	cleanup();
});

/** Appends each key to what the last render showed: a stale handler drops keys. */
function Typed() {
	const [typed, setTyped] = useState('');
	useInput((input, key) => {
		setTyped(`${typed}${key.downArrow ? '↓' : key.return ? '⏎' : key.escape ? '⎋' : input}`);
	});
	return <Text>typed:{typed}.</Text>;
}

const burst = 'jj\rab\u001B[Bc\r';
const expected = 'jj⏎ab↓c⏎';

test('a burst in one write arrives one key at a time, none lost, in order', async () => {
	const app = render(<Typed />);
	await waitFor(() => app.lastFrame()?.includes('typed:.'));
	app.stdin.write(burst);
	await waitFor(() => app.lastFrame()?.includes(`typed:${expected}.`), {
		message: `all keys, got ${app.lastFrame() ?? ''}`,
	});
	expect(app.keys.released).toBe(8);
});

test('control: Ink alone delivers the same burst with a stale handler', async () => {
	const app = plainRender(<Typed />);
	await waitFor(() => app.lastFrame()?.includes('typed:.'));
	await tick();
	app.stdin.write(burst);
	// Ink handles one read synchronously: once the last key shows, nothing more is coming.
	await waitFor(() => app.lastFrame()?.includes('c'));
	expect(app.lastFrame()).not.toContain(`typed:${expected}.`);
	app.unmount();
});

test('an escape sequence cut across two reads is one key; a lone Esc is Esc after a moment', async () => {
	const app = render(<Typed />);
	await waitFor(() => app.lastFrame()?.includes('typed:.'));
	app.stdin.write('\u001B');
	app.stdin.write('[B');
	await waitFor(() => app.lastFrame()?.includes('typed:↓.'));
	app.stdin.write('\u001B');
	await waitFor(() => app.lastFrame()?.includes('typed:↓⎋.'));
});

test('a bracketed paste is one input event, and never an Enter', async () => {
	const app = render(<Typed />);
	await waitFor(() => app.lastFrame()?.includes('typed:.'));
	app.stdin.write('\u001B[200~smtp.example.com\r\n\u001B[201~x');
	await waitFor(() => app.lastFrame()?.includes('typed:smtp.example.com x.'));
	expect(app.keys.released).toBe(2);
});

test('held keys wait, then apply in order; Ctrl+C jumps the queue', async () => {
	const source = new FakeTerminalInput();
	const stream = new KeyStream(source, {afterReact: (release) => setImmediate(release)});
	const seen: string[] = [];
	stream.on('readable', () => {
		let key;
		while ((key = stream.read()) !== null) {
			seen.push(key);
		}
	});
	stream.setRawMode(true);
	const release = stream.hold();
	source.write('jj\u0003k');
	await waitFor(() => seen.length === 1);
	expect(seen).toEqual(['\u0003']);
	release();
	await waitFor(() => seen.length === 4);
	expect(seen).toEqual(['\u0003', 'j', 'j', 'k']);
	stream.close();
	expect(source.isRaw).toBe(false);
});

test('a hold never outlasts its limit', async () => {
	const source = new FakeTerminalInput();
	const stream = new KeyStream(source, {
		holdLimitMs: 20,
		afterReact: (release) => setImmediate(release),
	});
	const seen: string[] = [];
	stream.on('readable', () => {
		let key;
		while ((key = stream.read()) !== null) {
			seen.push(key);
		}
	});
	stream.setRawMode(true);
	stream.hold();
	source.write('q');
	await waitFor(() => seen.length === 1);
	expect(seen).toEqual(['q']);
	stream.close();
});
