// Switching language from the help overlay, and lessons following the language live.
import {describe, expect, it} from 'vitest';
import {messages} from '../../source/i18n/translate.js';
import {getLesson} from '../../source/lessons/index.js';
import {appFixture, type Harness} from '../ui/app-harness.js';
import {keys, tick, waitForFrame, waitForText} from '../ui/ui-helpers.js';

const fixture = appFixture();

const selectedLine = (frame: string): string =>
	frame.split('\n').find((line) => line.includes('❯')) ?? '';

/** Moves a list selection down to the item containing `label` and opens it. */
async function choose(app: Harness, label: string): Promise<void> {
	for (let step = 0; step < 40; step++) {
		const frame = await waitForText(app.lastFrame, '❯');
		const selected = selectedLine(frame);
		if (selected.includes(label)) {
			app.stdin.write(keys.enter);
			return;
		}

		app.stdin.write(keys.down);

		await waitForFrame(app.lastFrame, (next) => selectedLine(next) !== selected);
		// The list re-subscribes its key handler after each move; let that effect run.

		await tick();
	}

	throw new Error(`No item "${label}"`);
}

describe('language switch from the help overlay', () => {
	it('turns the help overlay, Home and Learn Indonesian with L, and back', async () => {
		const app = await fixture.mount({columns: 80});
		const en = messages('en');
		const id = messages('id');
		// Presets load after the first frame; wait for them so the list no longer changes.
		await waitForText(app.lastFrame, 'Hostinger');
		await tick();
		app.stdin.write('?');
		const help = await waitForText(app.lastFrame, en.help.language);
		expect(help).toContain(en.help.title);
		for (const line of help.split('\n')) {
			expect([...line].length).toBeLessThanOrEqual(80);
		}

		app.stdin.write('L');
		const bantuan = await waitForText(app.lastFrame, id.help.language);
		expect(bantuan).toContain(id.help.title);
		expect(bantuan).toContain(id.help.quit);
		expect(bantuan).not.toContain(en.help.quit);
		for (const line of bantuan.split('\n')) {
			expect([...line].length).toBeLessThanOrEqual(80);
		}

		app.stdin.write(keys.escape);
		await waitForText(app.lastFrame, id.home.customHost);
		await tick();
		await choose(app, id.home.learn);
		const ssl = getLesson('ssl', 'id');
		await waitForText(app.lastFrame, getLesson('port-465', 'id').title);
		await tick();
		await choose(app, ssl.title);
		const lesson = await waitForText(app.lastFrame, ssl.answer);
		expect(lesson).toContain(ssl.title);

		// The open lesson follows the language live.
		app.stdin.write('L');
		const english = await waitForText(app.lastFrame, getLesson('ssl', 'en').answer);
		expect(english).toContain(getLesson('ssl', 'en').title);
		expect(english).not.toContain(ssl.title);
	});
});
