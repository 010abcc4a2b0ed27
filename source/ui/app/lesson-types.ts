// What the Learn screens read: the lessons work (source/lessons/, `lessonCatalogView`) supplies
// it in the user's language.
import type {VerdictCode} from '../../engine/types.js';

/** One lesson: a title and short paragraphs. */
export type LessonView = {
	readonly id: string;
	readonly title: string;
	readonly paragraphs: readonly string[];
};

/** The lessons and which one explains each verdict. */
export type LessonCatalog = {
	readonly lessons: readonly LessonView[];
	/** The lesson that explains a verdict seen on `port`. */
	lessonFor(code: VerdictCode, port?: number): string | undefined;
	/** The myths a verdict corrects, one line each (the "Myths and facts" lesson has them all). */
	readonly mythsFor?: (code: VerdictCode, port?: number) => readonly string[];
};
