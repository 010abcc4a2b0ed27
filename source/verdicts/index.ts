// Verdict words per language. `describeVerdict` turns a verdict (code + params) into a title,
// a sentence of what happened and a sentence of what to do.
import type {Verdict} from '../engine/types.js';
import type {Lang} from '../i18n/lang.js';
import {en} from './en.js';
import {id} from './id.js';
import type {ParamReader, VerdictDescription, VerdictTexts} from './types.js';

export {severityOf} from '../engine/verdict.js';
export type {ParamReader, VerdictDescription, VerdictText, VerdictTexts} from './types.js';
export {en as englishVerdictTexts} from './en.js';
export {id as indonesianVerdictTexts} from './id.js';

/** Registered tables; languages without one (yet) fall back to English. */
const tables: Partial<Record<Lang, Partial<VerdictTexts>>> = {en, id};

/** Adds or replaces the table for a language (the lessons/translation work registers `id` here). */
export function registerVerdictTexts(lang: Lang, texts: Partial<VerdictTexts>): void {
	tables[lang] = texts;
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
