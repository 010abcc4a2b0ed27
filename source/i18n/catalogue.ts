// The one way to get a language's words: `await loadCatalogue(lang)` gives messages, verdict
// texts, report words and lessons of that language only (each language is its own chunk, so
// an English check never parses the Indonesian tables), and every consumer takes it as an
// argument. A missing word is a type error in the tables, never a silent English fallback.
import type {Lang} from '../config/lang.js';
import type {Catalogue} from './catalogue-base.js';

export type {Catalogue} from './catalogue-base.js';

/** The catalogue of `lang`. */
export async function loadCatalogue(lang: Lang): Promise<Catalogue> {
	return lang === 'id'
		? (await import('./catalogue-id.js')).catalogueId
		: (await import('./catalogue-en.js')).catalogueEn;
}
