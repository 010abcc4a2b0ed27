// The verdict-words registry without the non-English tables: the headless check imports this
// and loads a language's table only when asked for (`loadVerdictTexts`), so an English run
// never parses the Indonesian table. `index.ts` registers every table up front for the TUI.
import type {Verdict} from '../../engine/types.js';
import type {Lang} from '../../config/lang.js';
import {en} from './en.js';
import type {ParamReader, VerdictDescription, VerdictTexts} from './types.js';

/** Registered tables; languages without one (yet) fall back to English. */
const tables: Partial<Record<Lang, Partial<VerdictTexts>>> = {en};

/** Adds or replaces the table for a language (the lessons/translation work registers `id` here). */
export function registerVerdictTexts(lang: Lang, texts: Partial<VerdictTexts>): void {
	tables[lang] = texts;
}

/** Loads and registers the table of `lang` if it is not there yet (dynamic import). */
export async function loadVerdictTexts(lang: Lang): Promise<void> {
	if (lang === 'id' && !tables.id) {
		const {id} = await import('./id.js');
		tables.id ??= id;
	}
}

/** Title, summary and advice for a verdict in `lang` (English when a text is missing). */
export function describeVerdict(verdict: Verdict, lang: Lang = 'en'): VerdictDescription {
	const text = tables[lang]?.[verdict.code] ?? en[verdict.code];
	const read: ParamReader = (name) => {
		const value = verdict.params[name];
		return value === undefined ? '' : String(value);
	};

	return {title: text.title, summary: text.summary(read), advice: text.advice(read)};
}
