// The Indonesian catalogue (see catalogue-base.ts).
import {makeCatalogue} from './catalogue-base.js';
import {messagesId} from './messages.id.js';
import {reportWordsId} from './report-words.id.js';
import {id} from './verdicts/id.js';

export const catalogueId = makeCatalogue({
	lang: 'id',
	messages: messagesId,
	verdicts: id,
	report: reportWordsId,
	loadLessons: async () => (await import('./lessons/id.js')).lessonsId,
	loadMyths: async () => (await import('./lessons/myths.id.js')).mythsId,
});
