// The shape of a practice text table (texts.en.ts, texts.id.ts): the screen's own words and,
// per exercise, the situation in a user's words, the question, and every choice with why it
// is right or wrong. The choice keys are the exercise's, so a missing one is a type error.
import type {EncryptionMode} from '../engine/types.js';
import type {exercises} from './exercises.js';

/** One answer offered. */
export type ChoiceText = {
	/** As shown in the list: one line at 80 columns. */
	readonly label: string;
	/** Why it is right, or why not: one or two lines. */
	readonly why: string;
};

/** The words of one exercise. */
export type ExerciseText<Choice extends string> = {
	readonly title: string;
	/** The situation as a user would tell it. */
	readonly situation: string;
	readonly question: string;
	readonly choices: Readonly<Record<Choice, ChoiceText>>;
	/** For a situation played by a stand-in: what the lab does instead, said plainly. */
	readonly standIn?: string;
};

type ExerciseTexts = {
	readonly [E in (typeof exercises)[number] as E['id']]: ExerciseText<E['choices'][number]>;
};

/** The practice screen's own sentences; `{name}` placeholders are filled in. */
export type PracticeScreenText = {
	readonly title: string;
	readonly intro: string;
	readonly progress: string;
	readonly scoreSoFar: string;
	readonly questionHint: string;
	readonly running: string;
	readonly right: string;
	readonly wrong: string;
	readonly youChose: string;
	readonly theAnswer: string;
	readonly asSet: string;
	readonly fix: string;
	readonly modes: Readonly<Record<EncryptionMode, string>>;
	readonly login: string;
	readonly trusted: string;
	readonly servername: string;
	readonly portLine: string;
	readonly recommended: string;
	readonly unexpected: string;
	readonly failed: string;
	readonly resultHint: string;
	readonly transcriptHint: string;
	readonly transcriptTitle: string;
	readonly scoreTitle: string;
	readonly scoreRight: string;
	readonly scoreWrong: string;
	readonly toRead: string;
	readonly allRight: string;
	readonly scoreHint: string;
	readonly loading: string;
};

/** Everything the practice says in one language. */
export type PracticeTexts = {
	readonly screen: PracticeScreenText;
	readonly exercises: ExerciseTexts;
};
