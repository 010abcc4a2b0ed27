// The decoder's texts in both languages, and the one function that fills their placeholders.
import type {Lang} from '../config/lang.js';
import {explainTextsEn, type ExplainTextKey} from './texts.en.js';
import {explainTextsId} from './texts.id.js';

export type {ExplainTextKey} from './texts.en.js';

const tables: Readonly<Record<Lang, Readonly<Record<ExplainTextKey, string>>>> = {
	en: explainTextsEn,
	id: explainTextsId,
};

/** Values for a text's {placeholders}; a missing one stays as written. */
export type TextParams = Readonly<Record<string, string | number>>;

/** The text `key` in `lang`, its {placeholders} filled from `params`. */
export function say(lang: Lang, key: ExplainTextKey, params: TextParams = {}): string {
	return tables[lang][key].replaceAll(/\{(\w+)\}/g, (whole, name: string) => {
		const value = params[name];
		return value === undefined ? whole : String(value);
	});
}
