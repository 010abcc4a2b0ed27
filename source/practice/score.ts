// The practice score: pure. The first answer to an exercise is the one that counts (going back
// to an exercise and answering again shows the probe again, but does not change the score).
import type {LessonId} from '../lessons/index.js';
import type {Exercise} from './exercises.js';

/** One answer given. */
export type PracticeAnswer = {
	readonly exerciseId: string;
	readonly choice: string;
	readonly isRight: boolean;
};

/** Every answer that counts, in the order given. */
export type PracticeScore = {readonly answers: readonly PracticeAnswer[]};

/** No answers yet. */
export const emptyScore: PracticeScore = {answers: []};

/** The score after answering `choice` to `exercise` (ignored if it was answered before). */
export function recordAnswer(
	score: PracticeScore,
	exercise: Pick<Exercise, 'id' | 'answer' | 'choices'>,
	choice: string,
): PracticeScore {
	if (!exercise.choices.includes(choice)) {
		throw new Error(`"${choice}" is not a choice of exercise ${exercise.id}`);
	}

	if (score.answers.some((answer) => answer.exerciseId === exercise.id)) {
		return score;
	}

	return {
		answers: [
			...score.answers,
			{exerciseId: exercise.id, choice, isRight: choice === exercise.answer},
		],
	};
}

/** The score as the last screen shows it. */
export type ScoreSummary = {
	readonly right: number;
	readonly answered: number;
	readonly count: number;
	/** Exercise ids answered wrong, in exercise order. */
	readonly missed: readonly string[];
	/** The lessons of the missed exercises, once each, in exercise order. */
	readonly lessonsToRead: readonly LessonId[];
};

/** Sums up `score` over `exercises`. */
export function scoreSummary(
	score: PracticeScore,
	exercises: ReadonlyArray<Pick<Exercise, 'id' | 'lesson'>>,
): ScoreSummary {
	const byId = new Map(score.answers.map((answer) => [answer.exerciseId, answer]));
	const missed = exercises.filter((exercise) => byId.get(exercise.id)?.isRight === false);
	return {
		right: score.answers.filter((answer) => answer.isRight).length,
		answered: score.answers.length,
		count: exercises.length,
		missed: missed.map((exercise) => exercise.id),
		lessonsToRead: [...new Set(missed.map((exercise) => exercise.lesson))],
	};
}
