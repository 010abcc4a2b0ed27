// The English catalogue (see catalogue-base.ts).
import {makeCatalogue} from './catalogue-base.js';
import {messagesEn} from './messages.en.js';
import {reportWordsEn} from './report-words.en.js';
import {en} from './verdicts/en.js';

export const catalogueEn = makeCatalogue({
	lang: 'en',
	messages: messagesEn,
	verdicts: en,
	report: reportWordsEn,
	loadLessons: async () => (await import('./lessons/en.js')).lessonsEn,
	loadMyths: async () => (await import('./lessons/myths.en.js')).mythsEn,
});
