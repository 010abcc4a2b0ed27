// The two catalogues, loaded synchronously for tests (the program loads one with
// `loadCatalogue`), and small shorthands over them.
import type {Lang} from '../../source/config/lang.js';
import type {Verdict} from '../../source/engine/types.js';
import type {Catalogue} from '../../source/i18n/catalogue.js';
import {catalogueEn} from '../../source/i18n/catalogue-en.js';
import {catalogueId} from '../../source/i18n/catalogue-id.js';
import {lessonsEn} from '../../source/i18n/lessons/en.js';
import {lessonsId} from '../../source/i18n/lessons/id.js';
import {mythsEn} from '../../source/i18n/lessons/myths.en.js';
import {mythsId} from '../../source/i18n/lessons/myths.id.js';
import type {MythCatalogue} from '../../source/i18n/lessons/myths.js';
import type {LessonCatalogue} from '../../source/i18n/lessons/types.js';
import type {LessonTexts} from '../../source/lessons/lessons.js';
import type {Translator} from '../../source/i18n/translate.js';
import type {VerdictDescription} from '../../source/i18n/verdicts/types.js';

export const catalogues: Readonly<Record<Lang, Catalogue>> = {en: catalogueEn, id: catalogueId};

/** Every language's lesson texts. */
export const lessonTexts: Readonly<Record<Lang, LessonCatalogue>> = {en: lessonsEn, id: lessonsId};

/** Every language's myth texts. */
export const mythTexts: Readonly<Record<Lang, MythCatalogue>> = {en: mythsEn, id: mythsId};

/** Every language's lesson and myth texts together (what the handout and practice read). */
export const lessonSources: Readonly<Record<Lang, LessonTexts>> = {
	en: {lang: 'en', lessons: lessonsEn, myths: mythsEn},
	id: {lang: 'id', lessons: lessonsId, myths: mythsId},
};

/** The words of a verdict in `lang`. */
export function describeVerdict(verdict: Verdict, lang: Lang = 'en'): VerdictDescription {
	return catalogues[lang].describe(verdict);
}

/** The translator of `lang`. */
export function translator(lang: Lang = 'en'): Translator {
	return catalogues[lang].t;
}
