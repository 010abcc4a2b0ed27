// Keys typed while a list is still loading wait for it (the key stream holds them) and then
// apply to it, instead of falling through to nothing.
import {expect, it} from 'vitest';
import type {LessonCatalog} from '../../source/ui/app/lesson-types.js';
import type {PresetCatalogView} from '../../source/ui/app/presets-default.js';
import {appFixture} from './app-harness.js';
import {waitForFrame, waitForText} from './ui-helpers.js';

const fixture = appFixture();

/** A promise and the function that resolves it. */
function gate<T>() {
	let open: (value: T) => void = () => undefined;
	const promise = new Promise<T>((resolve) => {
		open = resolve;
	});
	return {promise, open};
}

it('Learn: "j<Enter>" typed while the lessons load opens the second lesson once they are there', async () => {
	const lessons = gate<LessonCatalog>();
	const app = await fixture.mount({
		wrapServices: (services) => ({
			...services,
			async loadLessons(lang) {
				const real = await services.loadLessons(lang);
				return lessons.promise.then(() => real);
			},
		}),
	});
	await waitForText(app.lastFrame, 'Custom host...');
	// Up past the top (Quit), up again: Learn.
	app.stdin.write('kk\r');
	await waitForText(app.lastFrame, 'Loading the lesson');
	app.stdin.write('j\r');
	await waitForFrame(app.lastFrame, () => app.keys.isIdle() === false);
	lessons.open(undefined as unknown as LessonCatalog);
	const lesson = await waitForText(app.lastFrame, /lines 1-/);
	expect(lesson).toContain('TLS');
	expect(lesson).not.toContain('SSL: the old name for TLS');
});

it('Home: keys typed before the provider list arrives move in it', async () => {
	const catalog = gate<PresetCatalogView>();
	const app = await fixture.mount({
		wrapServices: (services) => ({
			...services,
			async loadPresets() {
				const real = await services.loadPresets();
				return catalog.promise.then(() => real);
			},
		}),
	});
	await waitForText(app.lastFrame, 'Loading the provider list');
	app.stdin.write('j');
	catalog.open(undefined as unknown as PresetCatalogView);
	// The key is handed to Ink (isIdle) before React has drawn what it did: wait for the frame
	// where the cursor left Hostinger (a held key that was lost times out here).
	const selectedLine = (frame: string) =>
		frame.split('\n').find((line) => line.includes('❯')) ?? '';
	const home = await waitForFrame(
		app.lastFrame,
		(frame) =>
			frame.includes('Custom host...') &&
			app.keys.isIdle() &&
			!selectedLine(frame).includes('Hostinger'),
	);
	// One step down, not two: the line above the cursor is Hostinger.
	const lines = home.split('\n');
	expect(lines[lines.findIndex((line) => line.includes('❯')) - 1]).toContain('Hostinger');
});
