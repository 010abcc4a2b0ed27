import {describe, expect, it} from 'vitest';
import {exercises} from '../../source/practice/exercises.js';
import {
	initialPracticeState,
	practiceReducer,
	type PracticeState,
} from '../../source/ui/screens/practice/practice-state.js';

const [first] = exercises;
const run = {exerciseId: first.id, steps: [], isAsPlanned: true} as const;

describe('the practice screen state', () => {
	it('goes question -> running -> answer -> next question, scoring the answer once', () => {
		let state: PracticeState = practiceReducer(initialPracticeState, {
			type: 'answer',
			exercise: first,
			choice: first.answer,
		});
		expect(state.phase).toEqual({kind: 'running', choice: first.answer});
		expect(state.score.answers).toHaveLength(1);
		// A second answer while the probe runs changes nothing.
		expect(
			practiceReducer(state, {type: 'answer', exercise: first, choice: first.choices[1]}),
		).toBe(state);
		state = practiceReducer(state, {type: 'ran', run});
		expect(state.phase).toMatchObject({kind: 'answer', isTranscript: false});
		state = practiceReducer(state, {type: 'toggle-transcript'});
		expect(state.phase).toMatchObject({kind: 'answer', isTranscript: true});
		state = practiceReducer(state, {type: 'next', count: 2});
		expect(state).toMatchObject({index: 1, phase: {kind: 'question'}});
	});

	it('ends on the score after the last exercise, and r starts again', () => {
		const last: PracticeState = {
			index: 1,
			score: initialPracticeState.score,
			phase: {kind: 'answer', choice: 'x', run, isTranscript: false},
		};
		const score = practiceReducer(last, {type: 'next', count: 2});
		expect(score.phase).toEqual({kind: 'score'});
		expect(practiceReducer(score, {type: 'restart'})).toBe(initialPracticeState);
	});

	it('ignores a probe result that arrives when nothing runs, and no transcript for a failed lab', () => {
		expect(practiceReducer(initialPracticeState, {type: 'ran', run})).toBe(initialPracticeState);
		const failed: PracticeState = {
			...initialPracticeState,
			phase: {kind: 'answer', choice: 'x', run: {error: 'EADDRINUSE'}, isTranscript: false},
		};
		expect(practiceReducer(failed, {type: 'toggle-transcript'})).toBe(failed);
	});
});
