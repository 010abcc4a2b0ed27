// Loads the words of a language other than English on demand: the headless check calls it
// once for `--lang id`, so an English run never parses the Indonesian tables (start-up time).
import type {Lang} from '../config/lang.js';
import {registerReasonTexts} from './words.js';

/** Registers `lang`'s catalogue parts the formatters use. English is always there. */
export async function loadLanguage(lang: Lang): Promise<void> {
	if (lang === 'id') {
		const {messagesId} = await import('../i18n/messages.id.js');
		registerReasonTexts('id', messagesId.recommendation.reason);
	}
}
