// Lesson lookup by id, and the grouped list for the Learn screen, over one language's lesson
// texts (a catalogue's `loadLessons()`).

import type {Lang} from '../config/lang.js';
import type {Catalogue} from '../i18n/catalogue.js';
import {
	mythIds,
	mythSources,
	type MythCatalogue,
	type MythId,
	type MythText,
} from '../i18n/lessons/myths.js';
import {sources, sourceUrl} from '../i18n/lessons/sources.js';
import {
	lessonGroups,
	lessonIdsByGroup,
	type Lesson,
	type LessonCatalogue,
	type LessonGroup,
	type LessonId,
	type LessonSource,
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

/** A myth ready to render: the claim, the fact, and the sources the fact stands on. */
export type Myth = MythText & {
	readonly id: MythId;
	readonly sources: readonly LessonSource[];
};

/** One myth, from one language's myth texts. */
export function getMyth(id: MythId, myths: MythCatalogue): Myth {
	return {
		id,
		...myths[id],
		sources: mythSources[id].map((source) => ({
			id: source,
			...sources[source],
			url: sourceUrl(source),
		})),
	};
}

/** Every myth, in the order of the myths lesson. */
export function listMyths(myths: MythCatalogue): readonly Myth[] {
	return mythIds.map((id) => getMyth(id, myths));
}

/** One language's lesson and myth texts (a catalogue's `loadLessons()` and `loadMyths()`). */
export type LessonTexts = {
	readonly lang: Lang;
	readonly lessons: LessonCatalogue;
	readonly myths: MythCatalogue;
};

/** Loads a language's lesson and myth texts from its catalogue. */
export async function loadLessonTexts(
	catalogue: Pick<Catalogue, 'lang' | 'loadLessons' | 'loadMyths'>,
): Promise<LessonTexts> {
	const [lessons, myths] = await Promise.all([catalogue.loadLessons(), catalogue.loadMyths()]);
	return {lang: catalogue.lang, lessons, myths};
}
