// The practice screen in the real app (ink-testing-library), on the lab's real servers: an
// answer right and one wrong, the probe and its transcript, the lesson one key away and back
// to the same place, the language switch, and the score at the end.
import {afterEach, expect, it} from 'vitest';
import type {PracticeKit} from '../../source/ui/app/services.js';
import {mountApp, type Harness} from '../ui/app-harness.js';
import {plain, waitForFrame, waitForText} from '../ui/ui-helpers.js';

let harness: Harness | undefined;

afterEach(async () => {
	harness?.unmount();
	await harness?.settle();
	harness = undefined;
});

/** The real practice with its first `count` exercises only, so the score comes quickly. */
function shortPractice(kit: PracticeKit, count: number): PracticeKit {
	return {...kit, practiceExercises: (lang) => kit.practiceExercises(lang).slice(0, count)};
}

/**
 * Answers with a number key, again if the list had not subscribed to input yet when the key
 * came (ink-select-input listens from an effect after its first frame). A second answer is
 * ignored by the practice, so pressing again is safe.
 */
async function answer(app: Harness, digit: string, expected: string): Promise<string> {
	for (let attempt = 0; attempt < 5; attempt++) {
		app.stdin.write(digit);
		try {
			return await waitForText(app.lastFrame, /Probing the lab server|✔ Right|✖ Not quite/, 1000);
		} catch {
			// Not taken yet: press again.
		}
	}

	throw new Error(`the answer ${digit} was never taken (${expected})`);
}

async function openPractice(app: Harness): Promise<string> {
	await waitForText(app.lastFrame, 'Practice: classic mistakes');
	for (let step = 0; step < 20; step++) {
		const frame = plain(app.lastFrame());
		if (frame.split('\n').some((line) => line.startsWith('❯ Practice'))) {
			app.stdin.write('\r');
			return waitForText(app.lastFrame, 'Exercise 1 of');
		}

		app.stdin.write('j');
		await waitForFrame(app.lastFrame, (next) => next !== frame);
	}

	throw new Error('no Practice on Home');
}

it('runs an exercise right and one wrong on real servers, keeps its place across a lesson, and scores', async () => {
	harness = await mountApp({
		presets: [],
		columns: 80,
		wrapServices: (services) => ({
			...services,
			loadPractice: async () => shortPractice(await services.loadPractice!(), 2),
		}),
	});
	const app = harness;
	const first = await openPractice(app);
	expect(first).toContain('Exercise 1 of 2: SSL on a STARTTLS port · score 0/0');
	expect(first).toContain('"wrong version number"');
	expect(first).toMatch(/❯ 1\) Port 587 with STARTTLS/);
	for (const line of first.split('\n')) {
		expect([...line].length).toBeLessThanOrEqual(80);
	}

	// Right: the first answer.
	await answer(app, '1', 'Port 587 with STARTTLS');
	const right = await waitForText(app.lastFrame, '✔ Right: Port 587 with STARTTLS', 20_000);
	expect(right).toMatch(/587 \(lab 127\.0\.0\.1:\d+, \d+ ms\): SSL\/TLS on a STARTTLS port/);
	expect(right).toContain('score 1/1');
	app.stdin.write('t');
	const transcript = await waitForText(app.lastFrame, 'What the probe sent');
	expect(transcript).toMatch(/connected to 127\.0\.0\.1 port 587 \(real port \d+\)/);
	app.stdin.write('t');
	await waitForText(app.lastFrame, '✔ Right');
	app.stdin.write('\r');

	// Wrong: the number key answers directly (4: "Port 25 instead").
	await waitForText(app.lastFrame, 'Exercise 2 of 2: STARTTLS on the SSL/TLS port');
	await answer(app, '4', 'Port 25 instead');
	const wrong = await waitForText(app.lastFrame, '✖ Not quite: you chose Port 25 instead', 20_000);
	expect(wrong).toContain('The answer: SSL/TLS on 465');
	expect(wrong).toContain('score 1/2');

	// The lesson is one key away, and Esc comes back to the same answer.
	app.stdin.write('l');
	await waitForText(app.lastFrame, 'SSL vs STARTTLS mix-ups');
	app.stdin.write('\u001B');
	await waitForText(app.lastFrame, '✖ Not quite: you chose Port 25 instead');

	// L switches the language of the answer shown.
	app.stdin.write('L');
	await waitForText(app.lastFrame, '✖ Belum tepat: Anda memilih Pakai port 25 saja');
	app.stdin.write('L');
	await waitForText(app.lastFrame, '✖ Not quite');

	app.stdin.write('\r');
	const score = await waitForText(app.lastFrame, 'Score: 1 of 2');
	expect(score).toContain('✔ SSL on a STARTTLS port');
	expect(score).toContain('✖ STARTTLS on the SSL/TLS port (lesson: SSL vs STARTTLS mix-ups)');
	expect(score).toContain('Read next: SSL vs STARTTLS mix-ups');

	// r starts again from the first exercise, with an empty score.
	app.stdin.write('r');
	await waitForText(app.lastFrame, 'Exercise 1 of 2: SSL on a STARTTLS port · score 0/0');
});

it('says on screen that port 25 blocked outbound is played by a stand-in', async () => {
	harness = await mountApp({
		presets: [],
		columns: 80,
		wrapServices: (services) => ({
			...services,
			loadPractice: async () => {
				const kit = await services.loadPractice!();
				return {
					...kit,
					practiceExercises: (lang) =>
						kit.practiceExercises(lang).filter((view) => view.exercise.id === 'port-25-blocked'),
				};
			},
		}),
	});
	const app = harness;
	await openPractice(app);
	await answer(app, '2', 'The cloud blocks outbound 25');
	const shown = await waitForText(app.lastFrame, '✔ Right: The cloud blocks outbound 25', 20_000);
	expect(shown).toContain('Stand-in: loopback cannot drop packets');
	expect(shown).toMatch(/25 \(lab 127\.0\.0\.1:\d+, \d+ ms\): No greeting/);
});
