import {lessonTexts, catalogues} from '../helpers/catalogue.js';
import {describe, expect, it} from 'vitest';
import {verdictCodes} from '../../source/engine/types.js';
import {languages} from '../../source/config/lang.js';
import {
	getLesson,
	isLessonId,
	lessonCatalogView,
	lessonForVerdict,
	lessonIds,
	lessonLayout,
	lessonSummary,
} from '../../source/lessons/index.js';

describe('lessonLayout', () => {
	it('fits every lesson in each language at 80 and 60 columns without cutting a word', () => {
		for (const width of [80, 60]) {
			for (const lang of languages) {
				for (const id of lessonIds) {
					const lesson = getLesson(id, lessonTexts[lang]);
					const lines = lessonLayout(lesson, width, catalogues[lang].messages.learn.sources);
					for (const line of lines) {
						expect(
							[...line.text].length,
							`${lang}:${id}@${width}: ${line.text}`,
						).toBeLessThanOrEqual(width);
					}

					// Every word of the source text appears whole, in order.
					const words = (text: string): string[] => text.split(/\s+/).filter(Boolean);
					const laidOut = words(lines.map((line) => line.text).join(' '));
					const expected = words(
						[
							lesson.title,
							lesson.answer,
							...lesson.detail,
							catalogues[lang].messages.learn.sources,
							...lesson.sources.map((source) => `${source.label} ${source.title}`),
						].join(' '),
					);
					expect(laidOut, `${lang}:${id}@${width}`).toEqual(expected);
				}
			}
		}
	});

	it('starts with the title and the answer and ends with the sources', () => {
		const lines = lessonLayout(getLesson('port-465', lessonTexts['en']), 80, 'Sources');
		expect(lines[0]).toEqual({kind: 'title', text: 'Port 465: implicit TLS submission'});
		expect(lines[1]?.kind).toBe('answer');
		expect(lines.find((line) => line.kind === 'heading')?.text).toBe('Sources');
		expect(lines.at(-1)?.kind).toBe('source');
		expect(
			lines.some((line) => line.kind === 'source' && line.text.startsWith('RFC 8314 (2018)')),
		).toBe(true);
	});
});

describe('lessonForVerdict with a port', () => {
	it('uses the port lesson where the port explains the verdict best', () => {
		expect(lessonForVerdict('connect-timeout', 25)).toBe('port-25');
		expect(lessonForVerdict('connect-timeout', 587)).toBe('connection-errors');
		expect(lessonForVerdict('connection-refused', 2525)).toBe('port-2525');
		expect(lessonForVerdict('not-offered-by-provider', 2525)).toBe('port-2525');
		expect(lessonForVerdict('not-offered-by-provider', 465)).toBe('choosing-a-port');
		expect(lessonSummary('connect-timeout', lessonTexts['id'], 25)).toBe(
			getLesson('port-25', lessonTexts['id']).answer,
		);
	});

	it('still gives an existing lesson for every code on every common port', () => {
		for (const code of verdictCodes) {
			for (const port of [undefined, 25, 465, 587, 2525, 8025]) {
				expect(isLessonId(lessonForVerdict(code, port)), `${code}@${String(port)}`).toBe(true);
			}
		}
	});
});

describe('lessonCatalogView (drop-in for the TUI draft)', () => {
	it('lists every lesson with the answer first and the sources last', async () => {
		for (const lang of languages) {
			const view = await lessonCatalogView(catalogues[lang]);
			expect(view.lessons.map((lesson) => lesson.id)).toEqual([...lessonIds]);
			for (const lesson of view.lessons) {
				const full = getLesson(lesson.id, lessonTexts[lang]);
				expect(lesson.paragraphs[0]).toBe(full.answer);
				expect(lesson.paragraphs.at(-1)).toContain(full.sources[0]?.label ?? '?');
			}

			expect(view.lessonFor('connect-timeout', 25)).toBe('port-25');
		}

		expect((await lessonCatalogView(catalogues['id'])).lessons[0]?.paragraphs.at(-1)).toMatch(
			/^Sumber: /,
		);
		const layout = (await lessonCatalogView(catalogues['id'])).lessons[0]?.layout(80) ?? [];
		expect(layout[0]).toEqual({kind: 'title', text: 'SSL: nama lama untuk TLS'});
		expect(layout.some((line) => line.kind === 'heading' && line.text === 'Sumber')).toBe(true);
	});
});
