// `smtp-doctor practice` end to end: the BUILT CLI in a real 80x24 pseudo-terminal, every
// exercise against the lab's real loopback servers, one answer wrong and the rest right, the
// probe on screen, the score at the end, and a clean exit.
import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {afterEach, beforeAll, expect, it, vi} from 'vitest';
import {startScreen, type Screen} from '../../scripts/pty-screen.mjs';
import {exercises} from '../../source/practice/exercises.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = fileURLToPath(new URL('../../distribution/cli.js', import.meta.url));
let screen: Screen | undefined;

beforeAll(() => {
	if (!existsSync(cli)) {
		throw new Error('distribution/cli.js is missing: run `npm run build` (npm test does)');
	}
});

afterEach(() => {
	screen?.dispose();
	screen = undefined;
});

vi.setConfig({testTimeout: 120_000});

const answered = /✔ Right: |✖ Not quite: /;

function expectFits(text: string): void {
	for (const line of text.split('\n')) {
		expect([...line].length, line).toBeLessThanOrEqual(80);
	}
}

/**
 * Presses an answer's number; again if the list had not started listening when it came (a
 * second answer is ignored by the practice, so this cannot answer twice).
 */
async function answer(pty: Screen, digit: string): Promise<string> {
	for (let attempt = 0; attempt < 5; attempt++) {
		pty.press(digit);
		try {
			return await pty.waitFor(/Probing the lab server|✔ Right: |✖ Not quite: /, 1500);
		} catch {
			// Not taken yet.
		}
	}

	throw new Error(`answer ${digit} was never taken`);
}

it('answers right, answers wrong, shows the probe and the score, and exits 0', async () => {
	screen = startScreen('node', [cli, 'practice'], {
		cols: 80,
		rows: 24,
		cwd: root,
		env: {LANG: 'C'},
	});
	const pty = screen;
	const count = exercises.length;
	for (const [index, exercise] of exercises.entries()) {
		const question = await pty.waitFor(`Exercise ${index + 1} of ${count}:`, 15_000);
		expectFits(question);
		const choices: readonly string[] = exercise.choices;
		const right = choices.indexOf(exercise.answer) + 1;
		// The second exercise is answered wrong on purpose.
		const digit = index === 1 ? String(right === 1 ? 2 : 1) : String(right);
		await answer(pty, digit);
		const result = await pty.waitFor(answered, 30_000);
		expectFits(result);
		if (index === 0) {
			expect(result).toContain('✔ Right: Port 587 with STARTTLS');
			// The real probe: the lab port it used, and what it found there.
			expect(result).toMatch(/587 \(lab 127\.0\.0\.1:\d+, \d+ ms\): SSL\/TLS on a STARTTLS port/);
			expect(result).toMatch(/587 \(lab 127\.0\.0\.1:\d+, \d+ ms\): STARTTLS works/);
		} else if (index === 1) {
			expect(result).toContain('✖ Not quite: you chose');
			expect(result).toContain('The answer: SSL/TLS on 465');
			expect(result).toMatch(/465 \(lab 127\.0\.0\.1:\d+, \d+ ms\): SSL\/TLS port/);
		} else {
			expect(result, exercise.id).toContain('✔ Right: ');
		}

		if (exercise.id === 'port-25-blocked') {
			expect(result).toContain('Stand-in: loopback cannot drop packets');
		}

		expect(result).not.toContain('Note: the probe found');
		pty.press('\r');
	}

	const score = await pty.waitFor(`Score: ${count - 1} of ${count}`, 10_000);
	expectFits(score);
	expect(score).toContain('✖ STARTTLS on the SSL/TLS port');
	expect(score).toContain('Read next: SSL vs STARTTLS mix-ups');
	pty.press('q');
	const exit = await pty.exited;
	expect(exit.exitCode).toBe(0);
});
