// The practice screen's state, as a pure reducer: which exercise, where in it (the question,
// the probe running, the answer, its transcript), and the score. The app keeps this state in
// the practice screen's stack entry, so opening a lesson and coming back loses nothing.
import {emptyScore, recordAnswer, type PracticeScore} from '../../../practice/score.js';
import type {Exercise} from '../../../practice/exercises.js';
import type {ExerciseRun} from '../../../practice/run-exercise.js';

/** What a finished probe run gave: the run, or why the lab could not run it. */
export type RunOutcome = ExerciseRun | {readonly error: string};

/** Where the practice is. */
export type PracticePhase =
	| {readonly kind: 'question'}
	| {readonly kind: 'running'; readonly choice: string}
	| {
			readonly kind: 'answer';
			readonly choice: string;
			readonly run: RunOutcome;
			readonly isTranscript: boolean;
	  }
	| {readonly kind: 'score'};

/** The whole practice. */
export type PracticeState = {
	readonly index: number;
	readonly score: PracticeScore;
	readonly phase: PracticePhase;
};

/** What can happen. */
export type PracticeAction =
	| {readonly type: 'answer'; readonly exercise: Exercise; readonly choice: string}
	| {readonly type: 'ran'; readonly run: RunOutcome}
	| {readonly type: 'toggle-transcript'}
	| {readonly type: 'next'; readonly count: number}
	| {readonly type: 'restart'};

/** The first question, no answers. */
export const initialPracticeState: PracticeState = {
	index: 0,
	score: emptyScore,
	phase: {kind: 'question'},
};

/** The next state. Actions that do not fit the phase (a late run, Enter twice) change nothing. */
export function practiceReducer(state: PracticeState, action: PracticeAction): PracticeState {
	const {phase} = state;
	switch (action.type) {
		case 'answer': {
			return phase.kind === 'question'
				? {
						...state,
						score: recordAnswer(state.score, action.exercise, action.choice),
						phase: {kind: 'running', choice: action.choice},
					}
				: state;
		}

		case 'ran': {
			return phase.kind === 'running'
				? {
						...state,
						phase: {kind: 'answer', choice: phase.choice, run: action.run, isTranscript: false},
					}
				: state;
		}

		case 'toggle-transcript': {
			return phase.kind === 'answer' && !('error' in phase.run)
				? {...state, phase: {...phase, isTranscript: !phase.isTranscript}}
				: state;
		}

		case 'next': {
			if (phase.kind !== 'answer') {
				return state;
			}

			return state.index + 1 < action.count
				? {...state, index: state.index + 1, phase: {kind: 'question'}}
				: {...state, phase: {kind: 'score'}};
		}

		case 'restart': {
			return phase.kind === 'score' ? initialPracticeState : state;
		}
	}
}
