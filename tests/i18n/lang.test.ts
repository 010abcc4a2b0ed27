import {describe, expect, it} from 'vitest';
import {detectLang, isLang, languages} from '../../source/config/lang.js';

describe('detectLang', () => {
	it('prefers a valid --lang flag over the environment', () => {
		expect(detectLang('id', {LANG: 'en_US.UTF-8'})).toBe('id');
		expect(detectLang('en', {LC_ALL: 'id_ID.UTF-8'})).toBe('en');
	});

	it('ignores an unknown flag value and falls back to the locale', () => {
		expect(detectLang('fr', {LANG: 'id_ID.UTF-8'})).toBe('id');
		expect(detectLang(undefined, {LANG: 'id_ID.UTF-8'})).toBe('id');
	});

	it('reads LC_ALL before LC_MESSAGES before LANG', () => {
		expect(
			detectLang(undefined, {LC_ALL: 'id_ID.UTF-8', LC_MESSAGES: 'en_US', LANG: 'en_US'}),
		).toBe('id');
		expect(detectLang(undefined, {LC_ALL: 'en_GB.UTF-8', LANG: 'id_ID.UTF-8'})).toBe('en');
		expect(detectLang(undefined, {LC_MESSAGES: 'id_ID', LANG: 'en_US.UTF-8'})).toBe('id');
		expect(detectLang(undefined, {LC_MESSAGES: 'C', LANG: 'id_ID.UTF-8'})).toBe('en');
	});

	it('treats empty variables as unset', () => {
		expect(detectLang(undefined, {LC_ALL: '', LC_MESSAGES: '', LANG: 'id_ID.UTF-8'})).toBe('id');
	});

	it('recognises the usual spellings of Indonesian locales', () => {
		for (const value of ['id_ID.UTF-8', 'id_ID', 'id', 'ID_id.utf8', 'id_ID@euro', 'id-ID']) {
			expect(detectLang(undefined, {LANG: value}), value).toBe('id');
		}
	});

	it('uses English for C, POSIX, other languages and no locale at all', () => {
		for (const value of ['C', 'POSIX', 'C.UTF-8', 'en_US.UTF-8', 'de_DE.UTF-8', 'ido', 'idx_XX']) {
			expect(detectLang(undefined, {LANG: value}), value).toBe('en');
		}

		expect(detectLang(undefined, {})).toBe('en');
	});

	it('knows exactly the languages en and id', () => {
		expect([...languages]).toEqual(['en', 'id']);
		expect(isLang('id')).toBe(true);
		expect(isLang('ID')).toBe(false);
		expect(isLang(undefined)).toBe(false);
	});
});
