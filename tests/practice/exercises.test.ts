// The exercises as data: enough of them, every classic mistake covered, every answer among
// the choices, every word in both languages and short enough for an 80x24 terminal.
import {describe, expect, it} from 'vitest';
import {languages} from '../../source/config/lang.js';
import {stationIds} from '../../source/lab/stations.js';
import {isLessonId, mythIds} from '../../source/lessons/index.js';
import {exercises, practiceExercises, practiceScreenText} from '../../source/practice/index.js';
import {practiceEn} from '../../source/practice/texts.en.js';
import {practiceId} from '../../source/practice/texts.id.js';

describe('the exercises', () => {
	it('are at least 12, with unique ids', () => {
		expect(exercises.length).toBeGreaterThanOrEqual(12);
		expect(new Set(exercises.map((exercise) => exercise.id)).size).toBe(exercises.length);
	});

	it('cover the classic mistakes the issue lists, each by the verdict its probe must find', () => {
		const teaches = (code: string) =>
			exercises.filter((exercise) =>
				exercise.steps.some((step) => step.expect.some((item) => item.code === code)),
			);
		// implicit TLS on a STARTTLS port, and the reverse
		expect(teaches('tls-on-plaintext-port').length).toBeGreaterThan(0);
		expect(teaches('plaintext-on-tls-port').length).toBeGreaterThan(0);
		// STARTTLS not required, AUTH before TLS
		expect(teaches('starttls-not-offered').length).toBeGreaterThan(0);
		expect(teaches('auth-before-tls').length).toBeGreaterThan(0);
		// self-signed, wrong name, expired, a missing intermediate
		expect(teaches('cert-self-signed').length).toBeGreaterThan(0);
		expect(teaches('cert-hostname-mismatch').length).toBeGreaterThan(0);
		expect(teaches('cert-expired').length).toBeGreaterThan(0);
		expect(teaches('cert-chain-incomplete').map((exercise) => exercise.id)).toEqual([
			'missing-intermediate',
		]);
		// 421 rate limiting, an app password
		expect(teaches('rate-limited').length).toBeGreaterThan(0);
		expect(teaches('auth-app-password-required').length).toBeGreaterThan(0);
		// port 25 blocked outbound (a stand-in), 2525 as a fallback
		const blocked = exercises.find((exercise) => exercise.id === 'port-25-blocked')!;
		expect(blocked.steps[0]?.ports).toEqual([25]);
		expect('isStandIn' in blocked && blocked.isStandIn).toBe(true);
		const fallback = exercises.find((exercise) => exercise.id === 'fallback-2525')!;
		expect(fallback.steps.at(-1)?.expect).toEqual([{port: 2525, code: 'starttls-ok'}]);
	});

	it('offer the answer among 3 or 4 choices, and point at a real lesson, station and myth', () => {
		for (const exercise of exercises) {
			const choices: readonly string[] = exercise.choices;
			expect(choices, exercise.id).toContain(exercise.answer);
			expect(new Set(choices).size).toBe(choices.length);
			expect(choices.length).toBeGreaterThanOrEqual(3);
			expect(choices.length).toBeLessThanOrEqual(4);
			expect(isLessonId(exercise.lesson), exercise.id).toBe(true);
			if ('myth' in exercise) {
				expect(mythIds).toContain(exercise.myth);
			}

			for (const step of exercise.steps) {
				expect(stationIds, exercise.id).toContain(step.station);
				for (const expectation of step.expect) {
					expect(step.ports, exercise.id).toContain(expectation.port);
				}
			}

			// The first probe plays the situation; a fix, if any, comes after it.
			expect(exercise.steps[0]?.role).toBe('as-set');
		}
	});

	it('do not always put the right answer in the same place', () => {
		const places = new Set(
			exercises.map((exercise) => (exercise.choices as readonly string[]).indexOf(exercise.answer)),
		);
		expect(places.size).toBeGreaterThanOrEqual(3);
	});
});

describe('the practice words', () => {
	it('exist for every exercise and choice in both languages, translated', () => {
		for (const exercise of exercises) {
			const en = practiceEn.exercises[exercise.id];
			const indonesian = practiceId.exercises[exercise.id];
			for (const field of ['title', 'situation', 'question'] as const) {
				expect(indonesian[field], `${exercise.id}.${field}`).not.toBe(en[field]);
				expect(en[field].trim()).not.toBe('');
			}

			for (const choice of exercise.choices) {
				const pair = [
					(en.choices as Record<string, {label: string; why: string}>)[choice],
					(indonesian.choices as Record<string, {label: string; why: string}>)[choice],
				];
				expect(pair[0], `${exercise.id}.${choice}`).toBeDefined();
				expect(pair[1], `${exercise.id}.${choice}`).toBeDefined();
				// A bare technical label ("Port 25", "STARTTLS") reads the same in both.
				if (!/^(?:Port \d+|STARTTLS)$/.test(pair[0]!.label)) {
					expect(pair[1]!.label, `${exercise.id}.${choice}`).not.toBe(pair[0]!.label);
				}

				expect(pair[1]!.why).not.toBe(pair[0]!.why);
			}

			expect('standIn' in indonesian, exercise.id).toBe('standIn' in en);
			expect('standIn' in en, exercise.id).toBe('isStandIn' in exercise);
		}
	});

	it('fit an 80-column screen: one-line choices and a short situation', () => {
		for (const lang of languages) {
			for (const view of practiceExercises(lang)) {
				const where = `${lang}:${view.exercise.id}`;
				expect(view.title.length, where).toBeLessThanOrEqual(50);
				expect(view.question.length, where).toBeLessThanOrEqual(76);
				// Three lines of 78 at most.
				expect(view.situation.length, where).toBeLessThanOrEqual(3 * 78);
				for (const choice of view.choices) {
					// The list's indicator takes two columns, the number ("1) ") three.
					expect(choice.label.length, `${where}.${choice.id}: ${choice.label}`).toBeLessThanOrEqual(
						72,
					);
					expect(choice.why.length, `${where}.${choice.id}`).toBeLessThanOrEqual(2 * 78);
				}
			}

			const screen = practiceScreenText(lang);
			for (const hint of [
				screen.questionHint,
				screen.resultHint,
				screen.transcriptHint,
				screen.scoreHint,
			]) {
				expect(hint.replace('{count}', '4').length, `${lang}: ${hint}`).toBeLessThanOrEqual(80);
			}
		}
	});

	it('use the same placeholders in both languages', () => {
		const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
		for (const [key, english] of Object.entries(practiceEn.screen)) {
			const translated = (practiceId.screen as Record<string, unknown>)[key];
			if (typeof english === 'string') {
				expect(placeholders(translated as string), key).toEqual(placeholders(english));
				// A line of numbers and names only reads the same in both.
				if (key !== 'portLine' && key !== 'scoreRight') {
					expect(translated, key).not.toBe(english);
				}
			}
		}
	});
});
