// The practice as the screen shows it, in one language: the exercises with their words, and
// the answer, the probes and the score as lines. Pure: the screen renders these lines, tests
// read them, and nothing here touches a socket.
import type {Lang} from '../config/lang.js';
import type {EncryptionMode, Verdict} from '../engine/types.js';
import {mythEntry, mythLabel} from '../i18n/lessons/myths.js';
import {getLesson, getMyth, type LessonId, type LessonTexts} from '../lessons/index.js';
import {rankSettings} from '../report/ranking.js';
import {transcriptLines} from '../report/transcript.js';
import {defaultPortRole} from '../engine/probe-port.js';
import {exercises, type Exercise, type ProbeStep} from './exercises.js';
import type {ExerciseRun, StepRun} from './run-exercise.js';
import type {ScoreSummary} from './score.js';
import {practiceEn} from './texts.en.js';
import {practiceId} from './texts.id.js';
import type {ChoiceText, PracticeScreenText, PracticeTexts} from './texts-types.js';

const texts: Readonly<Record<Lang, PracticeTexts>> = {en: practiceEn, id: practiceId};

/** A line of the practice screen; the shape of the app's scroll panes. */
export type PracticeLine = {
	readonly text: string;
	readonly tone?: 'ok' | 'warn' | 'fail' | 'info' | 'muted' | 'accent';
	readonly isHeading?: boolean;
};

/** Turns a verdict into words (the app's `describeVerdict` for the language). */
export type DescribeVerdict = (verdict: Verdict) => {
	readonly title: string;
	readonly summary: string;
};

/** One choice, ready to show. */
export type ChoiceView = ChoiceText & {readonly id: string; readonly isAnswer: boolean};

/** One exercise, ready to show. */
export type ExerciseView = {
	readonly exercise: Exercise;
	readonly number: number;
	readonly title: string;
	readonly situation: string;
	readonly question: string;
	readonly choices: readonly ChoiceView[];
	readonly answer: ChoiceView;
	readonly lesson: LessonId;
	readonly standIn?: string;
};

/** Fills `{name}` placeholders. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
	return template.replaceAll(/\{(\w+)\}/g, (whole, key: string) =>
		key in values ? String(values[key]) : whole,
	);
}

/** The screen's own words in `lang`. */
export function practiceScreenText(lang: Lang): PracticeScreenText {
	return texts[lang].screen;
}

/** Every exercise in `lang`, in order. */
export function practiceExercises(lang: Lang): readonly ExerciseView[] {
	return exercises.map((exercise, index) => {
		const text = texts[lang].exercises[exercise.id];
		const words = text.choices as Readonly<Record<string, ChoiceText>>;
		const choices = exercise.choices.map((id): ChoiceView => ({
			id,
			...words[id]!,
			isAnswer: id === exercise.answer,
		}));
		return {
			exercise,
			number: index + 1,
			title: text.title,
			situation: text.situation,
			question: text.question,
			choices,
			answer: choices.find((choice) => choice.isAnswer)!,
			lesson: exercise.lesson,
			...('standIn' in text ? {standIn: text.standIn} : {}),
		};
	});
}

const severityTone = {ok: 'ok', warn: 'warn', fail: 'fail', info: 'info'} as const;

function settingLine(step: ProbeStep, screen: PracticeScreenText): string {
	const mode: EncryptionMode = step.mode;
	const extras = [
		step.servername ? fill(screen.servername, {name: step.servername}) : '',
		step.isLogin ? screen.login : '',
		step.trustsServerCertificate ? screen.trusted : '',
	].filter(Boolean);
	return [
		fill(step.role === 'as-set' ? screen.asSet : screen.fix, {
			ports: step.ports.join(', '),
			mode: screen.modes[mode],
		}),
		...extras,
	].join(', ');
}

function stepLines(run: StepRun, screen: PracticeScreenText, describe: DescribeVerdict) {
	const lines: PracticeLine[] = [{text: settingLine(run.step, screen), isHeading: true}];
	for (const port of run.step.ports) {
		const result = run.result.ports.find((item) => item.port === port);
		const realPort = run.stationPorts.find((item) => item.displayPort === port)?.realPort ?? 0;
		const checks = run.checks.filter((check) => check.expectation.port === port);
		const shown: Verdict[] = [
			// The port's verdict first, then what the exercise looks for beyond it.
			...(result ? [result.verdict] : []),
			...checks.flatMap((check) =>
				check.found && check.found !== result?.verdict ? [check.found] : [],
			),
		];
		for (const [index, verdict] of shown.entries()) {
			const words = describe(verdict);
			lines.push(
				index === 0
					? {
							text: fill(screen.portLine, {
								port,
								realPort,
								ms: result?.totalMs ?? 0,
								title: words.title,
							}),
							tone: severityTone[verdict.severity],
						}
					: {text: `  ${words.title}`, tone: severityTone[verdict.severity]},
				{text: `  ${words.summary}`},
			);
		}

		for (const check of checks) {
			if (!check.isMet) {
				lines.push({
					text: fill(screen.unexpected, {
						found: check.found?.code ?? '-',
						port,
						expected: check.expectation.code,
					}),
					tone: 'warn',
				});
			}
		}
	}

	// The same ranking every report uses (report/ranking.ts), with the engine's default roles.
	const [recommendation] = rankSettings(run.result.ports, {
		hasLogin: false,
		isRelayPort: (port) => defaultPortRole(port) === 'relay',
	});
	if (run.step.ports.length > 1 && recommendation) {
		lines.push({
			text: fill(screen.recommended, {
				port: recommendation.port,
				encryption: screen.modes[recommendation.encryption],
			}),
			tone: 'ok',
		});
	}

	return lines;
}

/** What the answer screen shows: right or not, why, what the probes found, the myth and the lesson. */
export function resultLines(
	view: ExerciseView,
	choiceId: string,
	run: ExerciseRun | {readonly error: string} | undefined,
	source: LessonTexts,
	describe: DescribeVerdict,
): PracticeLine[] {
	const {lang} = source;
	const screen = texts[lang].screen;
	const chosen = view.choices.find((choice) => choice.id === choiceId) ?? view.answer;
	const lines: PracticeLine[] = chosen.isAnswer
		? [
				{text: fill(screen.right, {label: chosen.label}), tone: 'ok', isHeading: true},
				{text: chosen.why},
			]
		: [
				{text: fill(screen.wrong, {label: chosen.label}), tone: 'fail', isHeading: true},
				{text: fill(screen.youChose, {why: chosen.why})},
				{
					text: fill(screen.theAnswer, {label: view.answer.label, why: view.answer.why}),
					tone: 'ok',
				},
			];
	if (view.standIn) {
		lines.push({text: ''}, {text: view.standIn, tone: 'warn'});
	}

	if (run && 'error' in run) {
		lines.push({text: ''}, {text: fill(screen.failed, {reason: run.error}), tone: 'fail'});
	} else if (run) {
		for (const step of run.steps) {
			lines.push({text: ''}, ...stepLines(step, screen, describe));
		}
	}

	if (view.exercise.myth) {
		const myth = getMyth(view.exercise.myth, source.myths);
		lines.push({text: ''}, {text: `${mythLabel[lang]}: ${mythEntry(myth).slice(2)}`, tone: 'info'});
	}

	const lesson = getLesson(view.lesson, source.lessons);
	lines.push({text: ''}, {text: `l: ${lesson.title}. ${lesson.answer}`, tone: 'muted'});
	return lines;
}

/** Every probe's transcript, swaks-style, under the setting it played. */
export function transcriptView(run: ExerciseRun, lang: Lang): PracticeLine[] {
	const screen = texts[lang].screen;
	const lines: PracticeLine[] = [{text: screen.transcriptTitle, isHeading: true}];
	for (const step of run.steps) {
		lines.push({text: ''}, {text: settingLine(step.step, screen), tone: 'accent'});
		for (const port of step.result.ports) {
			lines.push(...transcriptLines(port).map((text): PracticeLine => ({text})));
		}
	}

	return lines;
}

/** The last screen: the score, each exercise right or wrong, and what to read next. */
export function scoreLines(
	summary: ScoreSummary,
	views: readonly ExerciseView[],
	answers: ReadonlyMap<string, boolean>,
	source: LessonTexts,
): PracticeLine[] {
	const screen = texts[source.lang].screen;
	// What to read next comes first, so it is on screen at 80x24 whatever the list's length.
	const next: PracticeLine =
		summary.lessonsToRead.length === 0 && summary.answered === summary.count
			? {text: screen.allRight, tone: 'ok'}
			: {
					text: fill(screen.toRead, {
						lessons: (summary.lessonsToRead.length > 0
							? summary.lessonsToRead
							: views.filter((view) => !answers.has(view.exercise.id)).map((view) => view.lesson)
						)
							.map((id) => getLesson(id, source.lessons).title)
							.filter((title, index, all) => all.indexOf(title) === index)
							.join('; '),
					}),
				};
	const lines: PracticeLine[] = [
		{
			text: fill(screen.scoreTitle, {right: summary.right, count: summary.count}),
			tone: summary.right === summary.count ? 'ok' : 'accent',
			isHeading: true,
		},
		next,
		{text: ''},
	];
	for (const view of views) {
		const isRight = answers.get(view.exercise.id);
		lines.push(
			isRight === true
				? {text: fill(screen.scoreRight, {title: view.title}), tone: 'ok'}
				: {
						text: fill(screen.scoreWrong, {
							title: view.title,
							lesson: getLesson(view.lesson, source.lessons).title,
						}),
						tone: isRight === false ? 'fail' : 'muted',
					},
		);
	}

	return lines;
}
