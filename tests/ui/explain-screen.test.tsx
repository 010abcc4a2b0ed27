// "I have an error message..." on Home: the pasted text goes through the decoder `smtp-doctor
// explain` uses, and the screen shows its ranked causes in the app's language.
import {describe, expect, it, vi} from 'vitest';
import {explainText, explainTextsEn, explainTextsId} from '../../source/explain/index.js';
import type {Lang} from '../../source/config/lang.js';
import {appFixture, type Harness} from './app-harness.js';
import {keys, waitForFrame, waitForText} from './ui-helpers.js';

vi.setConfig({testTimeout: 60_000});
const fixture = appFixture();

const pasted =
	'Error: C0:4A:0B:00:error:0A00010B:SSL routines:ssl3_get_record:wrong version number';

const words = {
	en: {item: 'I have an error message...', title: explainTextsEn['tls-on-starttls-port.title']},
	id: {item: 'Saya punya pesan galat...', title: explainTextsId['tls-on-starttls-port.title']},
} as const;

/** Moves the Home cursor to the item containing `label` and presses Enter. */
async function choose(app: Harness, label: string): Promise<void> {
	for (let step = 0; step < 40; step++) {
		const frame = await waitForText(app.lastFrame, '❯');
		const selected = frame.split('\n').find((line) => line.includes('❯')) ?? '';
		if (selected.includes(label)) {
			app.stdin.write(keys.enter);
			return;
		}

		app.stdin.write(keys.down);
		await waitForFrame(
			app.lastFrame,
			(next) => next.split('\n').find((line) => line.includes('❯')) !== selected,
		);
	}

	throw new Error(`No Home item "${label}"`);
}

async function decode(app: Harness, lang: Lang): Promise<string> {
	await choose(app, words[lang].item);
	await waitForText(app.lastFrame, lang === 'en' ? 'Error ' : 'Galat ');
	// One paste, as a terminal sends it (bracketed), with an escape sequence inside.
	app.stdin.write(`\u001B[200~\u001B[31m${pasted}\u001B[0m\u001B[201~`);
	await waitForText(app.lastFrame, 'wrong version number');
	app.stdin.write(keys.enter);
	return waitForText(app.lastFrame, `1. ${words[lang].title.slice(0, 30)}`);
}

describe('the error decoder screen', () => {
	it('the decoder ranks tls-on-starttls-port first for this text', () => {
		expect(explainText(pasted).causes[0]?.code).toBe('tls-on-starttls-port');
	});

	for (const lang of ['en', 'id'] as const) {
		it(`shows the top cause for "wrong version number" (${lang}), escaped and fitted at 60x20`, async () => {
			const app = await fixture.mount({lang, columns: 60});
			app.stdout.resize(60, 20);
			const frame = await decode(app, lang);
			const lines = frame.split('\n');
			const first = lines.findIndex((line) => line.startsWith('1. '));
			expect(lines[first]).toContain(words[lang].title.slice(0, 30));
			expect(frame).toContain(lang === 'en' ? 'Fix: ' : 'Perbaikan: ');
			// The app has no flags to point to.
			expect(frame).not.toContain('--client');
			expect(lines.length).toBeLessThan(20);
			for (const line of lines) {
				expect([...line].length, line).toBeLessThanOrEqual(60);
			}

			// Nothing of the pasted escape sequence reached any frame.
			expect(app.frames.join('')).not.toContain('\u001B[31mError');
			expect(frame).toMatch(/↓ \d+ (more|lagi)/);

			// e: back to the field with the text; Esc: Home.
			app.stdin.write('e');
			await waitForText(app.lastFrame, lang === 'en' ? 'Enter: decode' : 'Enter: uraikan');
			app.stdin.write(keys.escape);
			await waitForText(app.lastFrame, words[lang].item);
		});
	}

	it('asks for a text when Enter comes on an empty field', async () => {
		const app = await fixture.mount();
		await choose(app, words.en.item);
		await waitForText(app.lastFrame, 'Error ');
		app.stdin.write(keys.enter);
		await waitForText(app.lastFrame, 'Paste an error text first.');
	});
});
