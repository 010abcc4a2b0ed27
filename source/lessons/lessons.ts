// Lesson lookup by id and language, and the grouped list for the Learn screen.

import type {Lang} from '../config/lang.js';
import {lessonsEn} from './en.js';
import {lessonsId} from './id.js';
import {mythIds, mythSources, type MythCatalogue, type MythId, type MythText} from './myths.js';
import {mythsEn} from './myths.en.js';
import {mythsId} from './myths.id.js';
import {sources, sourceUrl} from './sources.js';
import {
	lessonGroups,
	lessonIdsByGroup,
	type Lesson,
	type LessonCatalogue,
	type LessonGroup,
	type LessonId,
	type LessonSource,
} from './types.js';

const catalogues: Readonly<Record<Lang, LessonCatalogue>> = {en: lessonsEn, id: lessonsId};

const groupOf = new Map<LessonId, LessonGroup>(
	lessonGroups.flatMap((group) => lessonIdsByGroup[group].map((id) => [id, group] as const)),
);

/** The lesson catalogue of one language, as stored (for tests and tools). */
export function lessonCatalogue(lang: Lang): LessonCatalogue {
	return catalogues[lang];
}

/** One lesson, ready to render, in the given language. */
export function getLesson(id: LessonId, lang: Lang): Lesson {
	const text = catalogues[lang][id];
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
export function listLessons(lang: Lang): readonly LessonShelf[] {
	return lessonGroups.map((group) => ({
		group,
		lessons: lessonIdsByGroup[group].map((id) => getLesson(id, lang)),
	}));
}

/** True when `value` is a lesson id (for keys read from outside, such as a CLI argument). */
export function isLessonId(value: unknown): value is LessonId {
	return typeof value === 'string' && groupOf.has(value as LessonId);
}

const mythCatalogues: Readonly<Record<Lang, MythCatalogue>> = {en: mythsEn, id: mythsId};

/** A myth ready to render: the claim, the fact, and the sources the fact stands on. */
export type Myth = MythText & {
	readonly id: MythId;
	readonly sources: readonly LessonSource[];
};

/** One myth in the given language. */
export function getMyth(id: MythId, lang: Lang): Myth {
	return {
		id,
		...mythCatalogues[lang][id],
		sources: mythSources[id].map((source) => ({
			id: source,
			...sources[source],
			url: sourceUrl(source),
		})),
	};
}

/** Every myth, in the order of the myths lesson. */
export function listMyths(lang: Lang): readonly Myth[] {
	return mythIds.map((id) => getMyth(id, lang));
}
