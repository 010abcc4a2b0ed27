// The report's own Indonesian words are inlined (start-up time); they must not drift from the
// interface catalogue the TUI uses.
import {expect, test} from 'vitest';
import {messagesEn} from '../../source/i18n/messages.en.js';
import {messagesId} from '../../source/i18n/messages.id.js';
import {reportWords} from '../../source/report/words.js';

test('status words in reports match the interface catalogue in both languages', () => {
	expect(reportWords('en').statusWords).toEqual(messagesEn.status);
	expect(reportWords('id').statusWords).toEqual(messagesId.status);
});
