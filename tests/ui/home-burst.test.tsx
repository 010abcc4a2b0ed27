// Keys typed faster than Ink renders (tmux send-keys, SSH, key repeat) arrive in one chunk:
// Home must move once per key and open the row the user moved to.
import {render} from '../helpers/render.js';
import {expect, test} from 'vitest';
import {HomeScreen, type HomeChoice} from '../../source/ui/screens/home-screen.js';
import {keys, waitForFrame} from './ui-helpers.js';

const presets = Array.from({length: 8}, (_, index) => ({
	id: `p${index}`,
	label: `Provider ${index}`,
	host: `smtp${index}.example`,
}));

function selectedLine(frame: string): string {
	return frame.split('\n').find((line) => line.includes('❯')) ?? '';
}

test('nine j in one chunk, then Enter, open the tenth item', async () => {
	const chosen: HomeChoice[] = [];
	const {stdin, lastFrame, unmount} = render(
		<HomeScreen
			presets={presets}
			isFocused
			limit={20}
			onChoose={(choice) => chosen.push(choice)}
		/>,
	);
	await waitForFrame(lastFrame, (frame) => selectedLine(frame).includes('Provider 0'));
	stdin.write('jjjjjjjjj');
	// Rows: 6 providers, More providers, Find, Custom host, Local lab (index 9).
	await waitForFrame(lastFrame, (frame) => selectedLine(frame).includes('Local lab'));
	stdin.write('k\rj');
	await waitForFrame(
		() => String(chosen.length),
		(text) => text === '1',
	);
	expect(chosen).toEqual([{kind: 'custom'}]);
	unmount();
});

test('Down Down Down in one chunk from the third row lands on the sixth', async () => {
	const chosen: HomeChoice[] = [];
	const {stdin, lastFrame, unmount} = render(
		<HomeScreen
			presets={presets}
			isFocused
			limit={20}
			onChoose={(choice) => chosen.push(choice)}
		/>,
	);
	await waitForFrame(lastFrame, (frame) => selectedLine(frame).includes('Provider 0'));
	stdin.write('jj');
	await waitForFrame(lastFrame, (frame) => selectedLine(frame).includes('Provider 2'));
	stdin.write(keys.down + keys.down + keys.down + keys.enter);
	await waitForFrame(
		() => String(chosen.length),
		(text) => text === '1',
	);
	expect(chosen).toEqual([{kind: 'preset', presetId: 'p5'}]);
	unmount();
});
