// The answer screen's lines from a real run: right or wrong, why, what the probe found on the
// lab server (with its real port), the stand-in said plainly, the myth and the lesson.
import {beforeAll, describe, expect, it} from 'vitest';
import {describeVerdict, lessonSources} from '../helpers/catalogue.js';
import type {Lang} from '../../source/config/lang.js';
import {
	emptyScore,
	practiceExercises,
	recordAnswer,
	resultLines,
	runExercise,
	scoreLines,
	scoreSummary,
	transcriptView,
	type ExerciseRun,
	type ExerciseView,
} from '../../source/practice/index.js';

const describe_ = (lang: Lang) => (verdict: Parameters<typeof describeVerdict>[0]) =>
	describeVerdict(verdict, lang);
const view = (id: string, lang: Lang = 'en'): ExerciseView =>
	practiceExercises(lang).find((item) => item.exercise.id === id)!;
const texts = (lines: ReadonlyArray<{text: string}>) => lines.map((line) => line.text);

let sslRun: ExerciseRun;

beforeAll(async () => {
	sslRun = await runExercise(view('ssl-on-587').exercise);
});

describe('the answer screen', () => {
	it('says right, why, and shows both real probes with the lab port they used', () => {
		const exercise = view('ssl-on-587');
		const lines = resultLines(
			exercise,
			exercise.answer.id,
			sslRun,
			lessonSources.en,
			describe_('en'),
		);
		const all = texts(lines);
		expect(all[0]).toBe(`✔ Right: ${exercise.answer.label}`);
		expect(lines[0]?.tone).toBe('ok');
		expect(all).toContain(exercise.answer.why);
		expect(all).toContain('The setting as described: port 587, SSL/TLS');
		expect(all).toContain('The right setting: port 587, STARTTLS (required)');
		const realPort = sslRun.steps[0]!.stationPorts[0]!.realPort;
		expect(all.some((text) => text.startsWith(`587 (lab 127.0.0.1:${realPort}, `))).toBe(true);
		expect(all.some((text) => text.endsWith('SSL/TLS on a STARTTLS port'))).toBe(true);
		expect(all.some((text) => /wrong version number/.test(text))).toBe(true);
		expect(all.some((text) => text.startsWith('Myth: "SSL and TLS are different'))).toBe(true);
		expect(all.at(-1)).toMatch(/^l: SSL vs STARTTLS mix-ups\. /);
		expect(all.some((text) => text.startsWith('Note: the probe found'))).toBe(false);
	});

	it('says what was chosen, why not, and the answer with its reason', () => {
		const exercise = view('ssl-on-587', 'id');
		const wrong = exercise.choices.find((choice) => !choice.isAnswer)!;
		const lines = resultLines(exercise, wrong.id, sslRun, lessonSources.id, describe_('id'));
		expect(lines[0]).toMatchObject({
			text: `✖ Belum tepat: Anda memilih ${wrong.label}`,
			tone: 'fail',
		});
		expect(texts(lines)).toContain(`Kenapa tidak: ${wrong.why}`);
		expect(texts(lines)).toContain(`Jawabannya: ${exercise.answer.label}. ${exercise.answer.why}`);
		expect(texts(lines).some((text) => text.startsWith('Mitos: '))).toBe(true);
	});

	it('says plainly when a stand-in plays the situation, and when a probe found something else', () => {
		const exercise = view('port-25-blocked');
		const fake: ExerciseRun = {
			...sslRun,
			steps: [
				{
					...sslRun.steps[1]!,
					step: exercise.exercise.steps[0]!,
					checks: [
						{
							expectation: {port: 25, code: 'no-greeting'},
							isMet: false,
							found: {code: 'connection-refused', severity: 'fail', params: {port: 25}},
						},
					],
				},
			],
		};
		const all = texts(
			resultLines(exercise, exercise.answer.id, fake, lessonSources.en, describe_('en')),
		);
		expect(all.some((text) => text.startsWith('Stand-in: loopback cannot drop packets'))).toBe(
			true,
		);
		expect(all).toContain(
			'Note: the probe found "connection-refused" on 25 where this exercise expects "no-greeting": this run did not play the situation as planned.',
		);
		const failed = resultLines(
			exercise,
			exercise.answer.id,
			{error: 'EADDRINUSE'},
			lessonSources.en,
			describe_('en'),
		);
		expect(texts(failed)).toContain('The lab could not run this probe: EADDRINUSE');
	});

	it('shows the transcript of every probe, swaks-style, under the setting it played', () => {
		const lines = texts(transcriptView(sslRun, 'en'));
		expect(lines[0]).toMatch(/^What the probe sent/);
		expect(lines).toContain('The setting as described: port 587, SSL/TLS');
		expect(lines.some((text) => /<- {2}220 /.test(text))).toBe(true);
		expect(lines.some((text) => / ~> EHLO /.test(text))).toBe(true);
	});
});

describe('the score screen', () => {
	it('counts the right answers, marks each exercise and names the lessons to read', () => {
		const views = practiceExercises('en');
		let score = recordAnswer(emptyScore, views[0]!.exercise, views[0]!.answer.id);
		const wrong = views[1]!.choices.find((choice) => !choice.isAnswer)!;
		score = recordAnswer(score, views[1]!.exercise, wrong.id);
		const answers = new Map(score.answers.map((answer) => [answer.exerciseId, answer.isRight]));
		const lines = scoreLines(
			scoreSummary(
				score,
				views.map((item) => item.exercise),
			),
			views,
			answers,
			lessonSources.en,
		);
		expect(lines[0]?.text).toBe(`Score: 1 of ${views.length}`);
		expect(texts(lines)).toContain(`✔ ${views[0]!.title}`);
		expect(texts(lines).some((text) => text.startsWith(`✖ ${views[1]!.title} (lesson: `))).toBe(
			true,
		);
		// What to read next comes right under the score, before the list.
		expect(lines[1]?.text).toMatch(/^Read next: SSL vs STARTTLS mix-ups/);
	});
});
