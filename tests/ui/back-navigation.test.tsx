// Back navigation returns to the row the user left and keeps the search text.
import {expect, it, vi} from 'vitest';
import {appFixture} from './app-harness.js';
import {keys, waitForText} from './ui-helpers.js';

vi.setConfig({testTimeout: 60_000});
const fixture = appFixture();
const selected = (frame: string) => frame.split('\n').find((line) => line.includes('❯')) ?? '';

it('Learn -> the tenth lesson -> Esc: the cursor is on the tenth lesson, and Home on Learn', async () => {
	const app = await fixture.mount();
	await waitForText(app.lastFrame, 'Custom host...');
	// Up past the top to Quit, then Learn.
	app.stdin.write('kk\r');
	const list = await waitForText(app.lastFrame, /Learn: encryption words[\s\S]*❯/);
	const tenth =
		list
			.split('\n')
			.filter((line) => /^[❯ ] \S/.test(line))[9]
			?.slice(2) ?? '';
	expect(tenth).not.toBe('');
	app.stdin.write(`${'j'.repeat(9)}\r`);
	await waitForText(app.lastFrame, /lines 1-/);
	app.stdin.write(keys.escape);
	const back = await waitForText(app.lastFrame, /Learn: encryption words[\s\S]*❯/);
	expect(selected(back)).toContain(tenth);
	app.stdin.write(keys.escape);
	const home = await waitForText(app.lastFrame, 'Custom host...');
	expect(selected(home)).toContain('Learn: SSL, TLS');
});

it('providers: the search text and the list survive a region picker and Esc', async () => {
	const app = await fixture.mount();
	await waitForText(app.lastFrame, 'Custom host...');
	// Home row 7 is "More providers...".
	app.stdin.write('7');
	await waitForText(app.lastFrame, 'Search:');
	app.stdin.write('zoho\r');
	await waitForText(app.lastFrame, 'which region');
	app.stdin.write(keys.escape);
	const back = await waitForText(app.lastFrame, 'Search: zoho');
	expect(selected(back)).toContain('Zoho');
});
