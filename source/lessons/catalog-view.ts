// The lessons in the shape the TUI's first draft reads (source/ui/lessons-draft.ts on branch
// `tui`: `{lessons: {id, title, paragraphs}[], lessonFor(code, port)}`), so the Learn screen can
// switch to the complete bilingual lessons by swapping one object.

import type {VerdictCode} from '../engine/types.js';
import type {Catalogue} from '../i18n/catalogue.js';
import {lessonLayout, type LessonLine} from './layout.js';
import {listLessons} from './lessons.js';
import {mythEntry, mythLabel} from '../i18n/lessons/myths.js';
import type {LessonId} from '../i18n/lessons/types.js';
import {lessonForVerdict, mythsOfVerdict} from './verdict-lessons.js';

/** One lesson as title plus paragraphs: the answer first, the detail, then the sources. */
export type LessonParagraphs = {
	readonly id: LessonId;
	readonly title: string;
	readonly paragraphs: readonly string[];
	/**
	 * The same lesson laid out for a terminal `width` columns wide: list items kept tight,
	 * citations unbroken, sources with a hanging indent. Prefer it to wrapping `paragraphs`.
	 */
	readonly layout: (width: number) => readonly LessonLine[];
};

/** Every lesson in one language, and the lesson for a verdict seen on a port. */
export type LessonCatalogView = {
	readonly lessons: readonly LessonParagraphs[];
	lessonFor(code: VerdictCode, port?: number): LessonId;
	/** The myths a verdict seen on `port` corrects, one line each: 'Myth: "claim": fact'. */
	readonly mythsFor: (code: VerdictCode, port?: number) => readonly string[];
};

/** The complete lessons of one language as a drop-in for the TUI draft catalogue. */
export async function lessonCatalogView(
	catalogue: Pick<Catalogue, 'lang' | 'messages' | 'loadLessons' | 'loadMyths'>,
): Promise<LessonCatalogView> {
	const sourcesHeading = catalogue.messages.learn.sources;
	const [texts, myths] = await Promise.all([catalogue.loadLessons(), catalogue.loadMyths()]);
	return {
		lessons: listLessons(texts).flatMap((shelf) =>
			shelf.lessons.map((lesson) => ({
				id: lesson.id,
				title: lesson.title,
				paragraphs: [
					lesson.answer,
					...lesson.detail,
					`${sourcesHeading}: ${lesson.sources.map((source) => source.label).join(', ')}`,
				],
				layout: (width: number) => lessonLayout(lesson, width, sourcesHeading),
			})),
		),
		lessonFor: (code, port) => lessonForVerdict(code, port),
		mythsFor: (code, port) =>
			mythsOfVerdict(code, myths, port).map(
				(myth) => `${mythLabel[catalogue.lang]}: ${mythEntry(myth).slice(2)}`,
			),
	};
}
