// `e` on the Learn screen writes the handout into the current folder, through the same safe
// writer as `lessons --export`: a new file, then over its own earlier file, never over another.
import {mkdtempSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {afterEach, beforeEach, expect, it} from 'vitest';
import {handoutMarker} from '../../source/lessons/handout.js';
import {mountApp, type Harness} from '../ui/app-harness.js';
import {plain, waitForFrame, waitForText} from '../ui/ui-helpers.js';

let directory: string;
let previous: string;
let harness: Harness | undefined;

beforeEach(() => {
	directory = mkdtempSync(path.join(tmpdir(), 'smtp-doctor-learn-export-'));
	previous = process.cwd();
	process.chdir(directory);
});

afterEach(async () => {
	harness?.unmount();
	await harness?.settle();
	harness = undefined;
	process.chdir(previous);
	rmSync(directory, {recursive: true, force: true});
});

/** Moves the Home cursor down until it is on `label`, then opens it. */
async function open(app: Harness, label: string): Promise<void> {
	for (let step = 0; step < 20; step++) {
		const frame = plain(app.lastFrame());
		if (frame.split('\n').some((line) => line.startsWith(`❯ ${label}`))) {
			app.stdin.write('\r');
			return;
		}

		app.stdin.write('j');
		await waitForFrame(app.lastFrame, (next) => next !== frame);
	}

	throw new Error(`no "${label}" on Home`);
}

it('saves the handout with e, replaces only its own file, and says so in each language', async () => {
	harness = await mountApp({presets: []});
	const app = harness;
	await waitForText(app.lastFrame, 'Learn: SSL');
	await open(app, 'Learn: SSL');
	const learn = await waitForText(app.lastFrame, 'Learn: encryption words and SMTP ports');
	expect(learn).toContain('e save handout');

	app.stdin.write('e');
	await waitForText(app.lastFrame, 'Handout saved: ');
	const file = path.join(directory, 'smtp-doctor-lessons-en.md');
	expect(readFileSync(file, 'utf8').split('\n')[0]).toBe(handoutMarker);
	expect(statSync(file).mode & 0o777).toBe(0o600);

	app.stdin.write('e');
	await waitForText(app.lastFrame, 'Handout saved over the earlier one');

	// Indonesian: a file of that name that is not a handout stays as it was.
	const foreign = path.join(directory, 'smtp-doctor-lessons-id.md');
	writeFileSync(foreign, '# catatan saya\n');
	app.stdin.write('L');
	await waitForText(app.lastFrame, 'e simpan handout');
	app.stdin.write('e');
	await waitForText(app.lastFrame, 'sudah ada dan bukan handout');
	expect(readFileSync(foreign, 'utf8')).toBe('# catatan saya\n');
});
