import {describe, expect, it} from 'vitest';
import {emptyScore, exercises, recordAnswer, scoreSummary} from '../../source/practice/index.js';

const [first, second, third] = exercises;

describe('the practice score', () => {
	it('counts the first answer to each exercise only', () => {
		let score = recordAnswer(emptyScore, first, first.answer);
		const wrong = second.choices.find((choice) => choice !== second.answer)!;
		score = recordAnswer(score, second, wrong);
		// Answering again (after seeing the probe) does not change the score.
		score = recordAnswer(score, second, second.answer);
		expect(score.answers).toEqual([
			{exerciseId: first.id, choice: first.answer, isRight: true},
			{exerciseId: second.id, choice: wrong, isRight: false},
		]);
		const summary = scoreSummary(score, exercises);
		expect(summary).toMatchObject({right: 1, answered: 2, count: exercises.length});
		expect(summary.missed).toEqual([second.id]);
		expect(summary.lessonsToRead).toEqual([second.lesson]);
	});

	it('lists each lesson to read once, in exercise order', () => {
		let score = emptyScore;
		for (const exercise of exercises) {
			score = recordAnswer(
				score,
				exercise,
				exercise.choices.find((choice) => choice !== exercise.answer)!,
			);
		}

		const summary = scoreSummary(score, exercises);
		expect(summary.right).toBe(0);
		expect(summary.missed).toHaveLength(exercises.length);
		expect(new Set(summary.lessonsToRead).size).toBe(summary.lessonsToRead.length);
		expect(summary.lessonsToRead[0]).toBe(first.lesson);
	});

	it('refuses a choice the exercise does not offer', () => {
		expect(() => recordAnswer(emptyScore, third, 'no-such-choice')).toThrow(/not a choice/);
	});
});
