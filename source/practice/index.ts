// Public surface of the practice: the exercises as data, their words, the real runner (lab
// stations + the engine's probe) and the score. The app loads this on first use.
export {
	exerciseIds,
	exercises,
	type Exercise,
	type ExerciseId,
	type ProbeStep,
} from './exercises.js';
export {
	practiceLogin,
	practicePlainSilenceMs,
	practiceTimeouts,
	runExercise,
	type ExerciseRun,
	type StepRun,
} from './run-exercise.js';
export {
	emptyScore,
	recordAnswer,
	scoreSummary,
	type PracticeScore,
	type ScoreSummary,
} from './score.js';
export {
	fill,
	practiceExercises,
	practiceScreenText,
	resultLines,
	scoreLines,
	transcriptView,
	type DescribeVerdict,
	type ExerciseView,
	type PracticeLine,
} from './view.js';
