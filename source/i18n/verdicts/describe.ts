// Turns a verdict (code + params) into a title, a sentence of what happened and a sentence of
// what to do, from one language's table. The table comes with the language's catalogue
// (i18n/catalogue.ts); nothing here falls back to another language.
import type {Verdict} from '../../engine/types.js';
import type {ParamReader, VerdictDescription, VerdictTexts} from './types.js';

/** Title, summary and advice for a verdict, from `texts`. */
export function describeWith(texts: VerdictTexts, verdict: Verdict): VerdictDescription {
	const text = texts[verdict.code];
	const read: ParamReader = (name) => {
		const value = verdict.params[name];
		return value === undefined ? '' : String(value);
	};

	return {title: text.title, summary: text.summary(read), advice: text.advice(read)};
}
