// Practice: guided exercises on the lab's real loopback servers.
//
//   ┌ Exercise 3 of 14: "TLS" on the provider's page · score 2/2 ┐
//   │ situation, question, 1) 2) 3) answers (ink-select-input)    │  Enter / 1-4
//   │   -> the real probe against the station that plays it       │
//   │ ✔ / ✖, why, what each probe found, the myth, the lesson (l) │  Enter next, t transcript
//   └ ... after the last one: the score and the lessons to read   ┘  r again
//
// The state lives in the practice screen's stack entry (the app passes it in and takes it
// back), so a lesson opened with l and closed with Esc returns to the same place.
import {Box, Text, useInput} from 'ink';
import {useEffect, useMemo, useRef, useState} from 'react';
import {loadLessonTexts, type LessonTexts} from '../../../lessons/index.js';
import {useLanguage} from '../../../i18n/language-context.js';
import type {PracticeKit} from '../../app/services.js';
import type {SettleTracker} from '../../hooks/use-probe-run.js';
import {useLazy} from '../../hooks/use-lazy.js';
import {useScroll} from '../../hooks/use-scroll.js';
import {useSpinnerFrame} from '../../hooks/use-spinner-frame.js';
import {wrapPaneLines} from '../../probe/detail-lines.js';
import {useTheme} from '../../theme.js';
import {ScrollPane} from '../../widgets/scroll-pane.js';
import {
	initialPracticeState,
	practiceReducer,
	type PracticeAction,
	type PracticeState,
} from './practice-state.js';
import {QuestionView} from './question-view.js';

export type PracticeScreenProps = {
	readonly loadPractice: () => Promise<PracticeKit>;
	readonly tracker: SettleTracker;
	/** Undefined: a fresh start. */
	readonly state?: PracticeState;
	readonly onState: (state: PracticeState) => void;
	readonly isActive: boolean;
	readonly width: number;
	readonly height: number;
	readonly onOpenLesson: (lessonId: string) => void;
};

/** The practice (see the diagram above). */
export function PracticeScreen({
	loadPractice,
	tracker,
	state = initialPracticeState,
	onState,
	isActive,
	width,
	height,
	onOpenLesson,
}: PracticeScreenProps) {
	const theme = useTheme();
	const {lang, catalogue} = useLanguage();
	const kit = useLazy(loadPractice, true);
	// The lessons and myths the answers and the score name, in the language shown.
	const [lessonTexts, setLessonTexts] = useState<LessonTexts>();
	useEffect(() => {
		let isCurrent = true;
		void loadLessonTexts(catalogue).then((texts) => {
			if (isCurrent) {
				setLessonTexts(texts);
			}
		});
		return () => {
			isCurrent = false;
		};
	}, [catalogue]);
	const views = useMemo(() => kit?.practiceExercises(lang), [kit, lang]);
	const screen = kit?.practiceScreenText(lang);
	// Keys and the probe's end may come before the next render: act on the latest state.
	const latest = useRef(state);
	latest.current = state;
	const dispatch = (action: PracticeAction) => {
		const next = practiceReducer(latest.current, action);
		if (next !== latest.current) {
			latest.current = next;
			onState(next);
		}
	};

	const dispatchRef = useRef(dispatch);
	dispatchRef.current = dispatch;
	const {phase, index} = state;
	const view = views?.[index];
	const count = views?.length ?? 0;

	// The probe: started when an answer is given, aborted if the screen is left meanwhile.
	const runningChoice = phase.kind === 'running' ? phase.choice : undefined;
	useEffect(() => {
		if (!kit || !view || runningChoice === undefined) {
			return;
		}

		const controller = new AbortController();
		const run = kit
			.runExercise(view.exercise, {signal: controller.signal})
			.then(
				(result) => result,
				(error: unknown) => ({error: error instanceof Error ? error.message : String(error)}),
			)
			.then((outcome) => {
				if (!controller.signal.aborted) {
					dispatchRef.current({type: 'ran', run: outcome});
				}
			});
		tracker.add(run);
		return () => {
			controller.abort();
		};
	}, [kit, view, runningChoice, tracker]);

	const spinner = useSpinnerFrame(phase.kind === 'running');
	const paneHeight = Math.max(3, height - 3);
	const lines =
		kit && view && screen && lessonTexts
			? phase.kind === 'answer'
				? phase.isTranscript && !('error' in phase.run)
					? kit.transcriptView(phase.run, lang)
					: kit.resultLines(view, phase.choice, phase.run, lessonTexts, catalogue.describe)
				: phase.kind === 'score'
					? kit.scoreLines(
							kit.scoreSummary(
								state.score,
								views.map((item) => item.exercise),
							),
							views,
							new Map(state.score.answers.map((answer) => [answer.exerciseId, answer.isRight])),
							lessonTexts,
						)
					: []
			: [];
	const wrapped = wrapPaneLines(lines, width);
	// The pane's last row is its "lines 1-18 of 24" hint when there is more to scroll.
	const visibleRows = wrapped.length > paneHeight ? paneHeight - 1 : paneHeight;
	const offset = useScroll(
		wrapped.length,
		visibleRows,
		isActive && (phase.kind === 'answer' || phase.kind === 'score'),
	);

	useInput(
		(input, key) => {
			const current = latest.current.phase;
			if (!view) {
				return;
			}

			if (input === 'l' && current.kind !== 'running' && current.kind !== 'score') {
				onOpenLesson(view.lesson);
			} else if (current.kind === 'answer' && key.return) {
				dispatch({type: 'next', count});
			} else if (current.kind === 'answer' && input === 't') {
				dispatch({type: 'toggle-transcript'});
			} else if (current.kind === 'score' && input === 'r') {
				dispatch({type: 'restart'});
			}
		},
		{isActive},
	);

	if (!kit || !view || !screen) {
		return <Text color={theme.color('muted')}>{kit ? '' : '…'}</Text>;
	}

	const answered = state.score.answers.length;
	const right = state.score.answers.filter((answer) => answer.isRight).length;
	const header =
		phase.kind === 'score'
			? kit.fill(screen.title, {count})
			: `${kit.fill(screen.progress, {number: index + 1, count, title: view.title})} · ${kit.fill(screen.scoreSoFar, {right, answered})}`;
	const hint =
		phase.kind === 'question' || phase.kind === 'running'
			? kit.fill(screen.questionHint, {count: view.choices.length})
			: phase.kind === 'answer'
				? phase.isTranscript
					? screen.transcriptHint
					: screen.resultHint
				: screen.scoreHint;
	const chosen =
		phase.kind === 'running'
			? {
					label: view.choices.find((choice) => choice.id === phase.choice)?.label ?? '',
					status: `${spinner} ${kit.fill(screen.running, {ports: view.exercise.steps[0]?.ports.join(', ') ?? ''})}`,
				}
			: undefined;
	return (
		<Box flexDirection="column" width={width}>
			<Text bold color={theme.color('accent')} wrap="truncate-end">
				{header}
			</Text>
			<Box marginTop={1} flexDirection="column" height={paneHeight}>
				{phase.kind === 'question' || phase.kind === 'running' ? (
					<QuestionView
						view={view}
						isFocused={isActive && phase.kind === 'question'}
						chosen={chosen}
						onAnswer={(choice) => {
							dispatch({type: 'answer', exercise: view.exercise, choice});
						}}
					/>
				) : (
					<ScrollPane lines={wrapped} offset={offset} height={visibleRows} width={width} />
				)}
			</Box>
			<Text color={theme.color('muted')} wrap="truncate-end">
				{hint}
			</Text>
		</Box>
	);
}
