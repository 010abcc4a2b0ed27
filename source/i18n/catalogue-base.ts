// What one language's catalogue holds, and how it is put together from its tables.
import type {Lang} from '../config/lang.js';
import type {Verdict} from '../engine/types.js';
import type {MythCatalogue} from './lessons/myths.js';
import type {LessonCatalogue} from './lessons/types.js';
import type {Messages} from './messages-type.js';
import type {ReportWords} from './report-words.js';
import {createTranslator, type Translator} from './translate.js';
import {describeWith} from './verdicts/describe.js';
import type {VerdictDescription, VerdictTexts} from './verdicts/types.js';

/**
 * Every word of one language: interface messages (with their translator), verdict texts, the
 * report's frame words, and the lessons (loaded on demand: only the Learn screen and the
 * handout need them). Passed explicitly; no module keeps a current language.
 */
export type Catalogue = {
	readonly lang: Lang;
	readonly messages: Messages;
	readonly t: Translator;
	readonly verdicts: VerdictTexts;
	/** The words of a verdict in this language. */
	readonly describe: (verdict: Verdict) => VerdictDescription;
	readonly report: ReportWords;
	readonly loadLessons: () => Promise<LessonCatalogue>;
	/** The claims and facts of the myths lesson (the handout and the port detail quote them). */
	readonly loadMyths: () => Promise<MythCatalogue>;
};

/** Puts a catalogue together from its tables. */
export function makeCatalogue(parts: Omit<Catalogue, 't' | 'describe'>): Catalogue {
	return {
		...parts,
		t: createTranslator(parts.messages),
		describe: (verdict) => describeWith(parts.verdicts, verdict),
	};
}
