// Lesson lookup by id, and the grouped list for the Learn screen, over one language's lesson
// texts (a catalogue's `loadLessons()`).

import {sources, sourceUrl} from '../i18n/lessons/sources.js';
import {
	lessonGroups,
	lessonIdsByGroup,
	type Lesson,
	type LessonCatalogue,
	type LessonGroup,
	type LessonId,
} from '../i18n/lessons/types.js';

const groupOf = new Map<LessonId, LessonGroup>(
	lessonGroups.flatMap((group) => lessonIdsByGroup[group].map((id) => [id, group] as const)),
);

/** One lesson, ready to render, from one language's texts. */
export function getLesson(id: LessonId, texts: LessonCatalogue): Lesson {
	const text = texts[id];
	return {
		id,
		group: groupOf.get(id) ?? 'ideas',
		title: text.title,
		answer: text.answer,
		detail: text.detail,
		sources: text.sources.map((source) => ({
			id: source,
			...sources[source],
			url: sourceUrl(source),
		})),
	};
}

/** One shelf of the Learn screen. */
export type LessonShelf = {
	readonly group: LessonGroup;
	readonly lessons: readonly Lesson[];
};

/** Every lesson in display order, grouped: encryption, ports, ideas. */
export function listLessons(texts: LessonCatalogue): readonly LessonShelf[] {
	return lessonGroups.map((group) => ({
		group,
		lessons: lessonIdsByGroup[group].map((id) => getLesson(id, texts)),
	}));
}

/** True when `value` is a lesson id (for keys read from outside, such as a CLI argument). */
export function isLessonId(value: unknown): value is LessonId {
	return typeof value === 'string' && groupOf.has(value as LessonId);
}
