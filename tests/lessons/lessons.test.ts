import {lessonTexts, mythTexts} from '../helpers/catalogue.js';
import {describe, expect, it} from 'vitest';
import {verdictCodes} from '../../source/engine/types.js';
import {languages, type Lang} from '../../source/config/lang.js';
import {
	getLesson,
	isLessonId,
	lessonDetailLines,
	lessonForVerdict,
	lessonGroups,
	lessonIds,
	lessonIdsByGroup,
	lessonSummary,
	listLessons,
	listMyths,
	sources,
	wrapText,
	type Lesson,
	type LessonId,
	type SourceId,
} from '../../source/lessons/index.js';

const allText = (lesson: Lesson): string =>
	[lesson.title, lesson.answer, ...lesson.detail].join('\n');

const each = (fn: (lesson: Lesson, lang: Lang) => void): void => {
	for (const lang of languages) {
		for (const id of lessonIds) {
			fn(getLesson(id, lessonTexts[lang]), lang);
		}
	}
};

describe('lesson catalogues', () => {
	it('have exactly the same lesson ids in every language, and only known ids', () => {
		const expected = [...lessonIds].sort();
		for (const lang of languages) {
			expect(Object.keys(lessonTexts[lang]).sort()).toEqual(expected);
		}
	});

	it('cite the same sources in every language', () => {
		for (const id of lessonIds) {
			expect(lessonTexts['id'][id].sources).toEqual(lessonTexts['en'][id].sources);
		}
	});

	it('translate every title, answer and paragraph (nothing left in English)', () => {
		const untranslated: string[] = [];
		for (const id of lessonIds) {
			const en = lessonTexts['en'][id];
			const indonesian = lessonTexts['id'][id];
			expect(indonesian.detail).toHaveLength(en.detail.length);
			const pairs: Array<[string, string, string]> = [
				['title', en.title, indonesian.title],
				['answer', en.answer, indonesian.answer],
				...en.detail.map((text, index): [string, string, string] => [
					`detail[${index}]`,
					text,
					indonesian.detail[index] ?? '',
				]),
			];
			for (const [field, english, translated] of pairs) {
				if (english === translated) {
					untranslated.push(`${id}.${field}`);
				}
			}
		}

		expect(untranslated).toEqual([]);
	});
});

describe('every lesson', () => {
	it('starts with a one-line answer that fits an 80-column line', () => {
		each((lesson, lang) => {
			const where = `${lang}:${lesson.id}`;
			expect(lesson.title.trim(), where).not.toBe('');
			expect(lesson.answer.trim(), where).not.toBe('');
			expect(lesson.answer, where).not.toMatch(/\n/);
			expect(lesson.answer.length, where).toBeLessThanOrEqual(78);
		});
	});

	it('has at most one screen of detail at 80 columns (16 lines at 76, 18 at 80)', () => {
		each((lesson, lang) => {
			const where = `${lang}:${lesson.id}`;
			expect(lesson.detail.length, where).toBeGreaterThan(0);
			const at76 = lessonDetailLines(lesson.detail, 76);
			const at80 = lessonDetailLines(lesson.detail, 80);
			expect(at76.length, where).toBeLessThanOrEqual(16);
			expect(at80.length, where).toBeLessThanOrEqual(18);
			for (const line of at76) {
				expect(line.length, `${where}: ${line}`).toBeLessThanOrEqual(76);
			}
		});
	});

	it('has no control characters or tabs that would break a terminal', () => {
		each((lesson, lang) => {
			expect(allText(lesson), `${lang}:${lesson.id}`).not.toMatch(
				/[\u0000-\u0009\u000B-\u001F\u007F]/,
			);
		});
	});

	it('has at least one source, each with a label, title and URL', () => {
		each((lesson, lang) => {
			expect(lesson.sources.length, `${lang}:${lesson.id}`).toBeGreaterThan(0);
			for (const source of lesson.sources) {
				expect(source.label).toMatch(/^(RFC \d+ \(\d{4}\)|IANA|CVE-\d{4}-\d+)$/);
				expect(source.title.length).toBeGreaterThan(5);
				expect(source.url).toMatch(/^https:\/\//);
			}
		});
	});

	it('lists every RFC it mentions among its sources', () => {
		each((lesson, lang) => {
			const cited = new Set(lesson.sources.map((source) => source.id as string));
			for (const match of allText(lesson).matchAll(/RFC (\d{3,4})/g)) {
				expect(cited.has(`rfc${match[1]}`), `${lang}:${lesson.id} mentions RFC ${match[1]}`).toBe(
					true,
				);
			}
		});
	});

	it('gives every RFC the year it was published when it names one', () => {
		const yearOf = (id: string): string | undefined =>
			/\((\d{4})\)/.exec(sources[id as SourceId]?.label ?? '')?.[1];
		let checked = 0;
		each((lesson, lang) => {
			for (const match of allText(lesson).matchAll(
				/RFC (\d{3,4})(?: \(|, )(?:[A-Za-z]+ )?((?:19|20)\d{2})\b/g,
			)) {
				expect(match[2], `${lang}:${lesson.id}: ${match[0]}`).toBe(yearOf(`rfc${match[1]}`));
				checked++;
			}
		});
		expect(checked).toBeGreaterThanOrEqual(10);
	});
});

describe('the facts the lessons must get right', () => {
	const text = (id: LessonId, lang: Lang): string => allText(getLesson(id, lessonTexts[lang]));

	it('teach that 465 is the RFC 8314 (2018) submission port, not deprecated', () => {
		for (const lang of languages) {
			const lesson = text('port-465', lang);
			expect(lesson).toContain('RFC 8314');
			expect(lesson).toContain('2018');
			expect(lesson).toMatch(/submissions/);
		}

		expect(getLesson('port-465', lessonTexts['en']).answer).toMatch(/not deprecated/);
		expect(getLesson('port-465', lessonTexts['id']).answer).toMatch(/tidak usang/);
	});

	it('never claim that 465 is deprecated or should be avoided (quoting a myth is not claiming it)', () => {
		// The myths lesson quotes the claim to correct it: the quoted claim is taken out first.
		const withoutQuotedMyths = (value: string, lang: Lang): string =>
			listMyths(mythTexts[lang]).reduce(
				(rest, myth) => rest.replaceAll(`"${myth.claim}"`, '""'),
				value,
			);
		const myths: Readonly<Record<Lang, readonly RegExp[]>> = {
			en: [
				/\b465 (?:is|was|has been) (?:now )?(?:deprecated|obsolete|legacy)/i,
				/(?:deprecated|obsolete|legacy) (?:port )?465/i,
				/465 should (?:no longer|not) be used/i,
				/(?:avoid|never use) (?:port )?465/i,
			],
			id: [
				/\b465 (?:sudah |telah )?(?:usang|deprecated|ditinggalkan|tidak dipakai lagi)/i,
				/(?:jangan|hindari) (?:pakai |gunakan )?(?:port )?465/i,
				/465 (?:sudah |telah )?tidak (?:dianjurkan|direkomendasikan)/i,
			],
		};
		for (const lang of languages) {
			for (const id of lessonIds) {
				for (const myth of myths[lang]) {
					expect(withoutQuotedMyths(text(id, lang), lang), `${lang}:${id}`).not.toMatch(myth);
				}
			}
		}
	});

	it('recommend ports in the order 465, 587, 2525, then 25 for servers only', () => {
		for (const lang of languages) {
			const steps = getLesson('choosing-a-port', lessonTexts[lang]).detail.filter((entry) =>
				/^\d\. /.test(entry),
			);
			expect(steps.map((step) => /Port (\d+)/.exec(step)?.[1])).toEqual([
				'465',
				'587',
				'2525',
				'25',
			]);
		}
	});

	it('cite the deprecation of TLS 1.0/1.1 (RFC 8996) and its mail update (RFC 8997)', () => {
		for (const lang of languages) {
			expect(text('tls', lang)).toMatch(/RFC 8996/);
			expect(text('tls', lang)).toMatch(/RFC 8997/);
			expect(text('tls', lang)).toMatch(/RFC 7817/);
		}
	});

	it('explain STARTTLS with RFC 3207, stripping and CVE-2011-0411', () => {
		for (const lang of languages) {
			const lesson = getLesson('starttls', lessonTexts[lang]);
			expect(allText(lesson)).toMatch(/RFC 3207/);
			expect(lesson.sources.map((source) => source.label)).toContain('CVE-2011-0411');
			expect(allText(lesson)).toMatch(/requireTLS: true/);
		}
	});

	it('say 2525 is not registered by IANA and 25 is relay (RFC 5321)', () => {
		expect(text('port-2525', 'en')).toMatch(/IANA has not registered 2525/);
		expect(text('port-2525', 'id')).toMatch(/IANA tidak mendaftarkan 2525/);
		for (const lang of languages) {
			expect(text('port-25', lang)).toMatch(/RFC 5321/);
			expect(text('port-25', lang)).toMatch(/relay/);
			expect(text('none', lang)).toMatch(/RFC 3207/);
		}
	});
});

describe('verdict to lesson map', () => {
	it('maps every verdict code to an existing lesson', () => {
		for (const code of verdictCodes) {
			const id = lessonForVerdict(code);
			expect(isLessonId(id), `${code} -> ${String(id)}`).toBe(true);
		}
	});

	it('gives every verdict a one-line summary in each language: the lesson answer', () => {
		for (const code of verdictCodes) {
			for (const lang of languages) {
				const summary = lessonSummary(code, lessonTexts[lang]);
				expect(summary).toBe(getLesson(lessonForVerdict(code), lessonTexts[lang]).answer);
				expect(summary).not.toMatch(/\n/);
			}
		}
	});

	it('sends the classic mix-ups and certificate verdicts to the lessons that explain them', () => {
		expect(lessonForVerdict('tls-on-plaintext-port')).toBe('encryption-mixups');
		expect(lessonForVerdict('plaintext-on-tls-port')).toBe('encryption-mixups');
		expect(lessonForVerdict('implicit-tls-ok')).toBe('port-465');
		expect(lessonForVerdict('tls-old-version')).toBe('tls');
		expect(lessonForVerdict('cert-hostname-mismatch')).toBe('certificates');
		expect(lessonForVerdict('rate-limited')).toBe('rate-limiting');
		expect(lessonForVerdict('auth-before-tls')).toBe('authentication');
	});
});

describe('listLessons', () => {
	it('groups every lesson once, in the order encryption, ports, ideas', () => {
		for (const lang of languages) {
			const shelves = listLessons(lessonTexts[lang]);
			expect(shelves.map((shelf) => shelf.group)).toEqual([...lessonGroups]);
			const ids = shelves.flatMap((shelf) => shelf.lessons.map((lesson) => lesson.id));
			expect(ids).toEqual([...lessonIds]);
			expect(new Set(ids).size).toBe(ids.length);
			for (const shelf of shelves) {
				for (const lesson of shelf.lessons) {
					expect(lesson.group).toBe(shelf.group);
				}
			}
		}

		expect(lessonIdsByGroup.encryption).toEqual(['ssl', 'tls', 'starttls', 'none']);
		expect(lessonIdsByGroup.ports).toEqual(['port-25', 'port-465', 'port-587', 'port-2525']);
	});

	it('returns lessons in the requested language', () => {
		expect(getLesson('port-587', lessonTexts['en']).title).toMatch(/^Port 587/);
		expect(getLesson('ssl', lessonTexts['id']).title).toBe('SSL: nama lama untuk TLS');
		expect(isLessonId('port-9999')).toBe(false);
	});
});

describe('wrapping', () => {
	it('wraps on spaces without cutting words and keeps every word', () => {
		const text = 'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda';
		const lines = wrapText(text, 12);
		expect(lines.every((line) => line.length <= 12)).toBe(true);
		expect(lines.join(' ').split(' ')).toEqual(text.split(' '));
	});

	it('never splits a citation such as "RFC 8314" across two lines', () => {
		expect(wrapText('aaaa bbbb RFC 8314 cccc', 12)).toEqual(['aaaa bbbb', 'RFC 8314', 'cccc']);
		expect(wrapText('aaaa bbbb (RFC 8314) cc', 12)).toEqual(['aaaa bbbb', '(RFC 8314)', 'cc']);
		expect(wrapText('aaaa bbbbbb (--ca FILE) cc', 12)).toEqual([
			'aaaa bbbbbb',
			'(--ca FILE)',
			'cc',
		]);
		for (const lang of languages) {
			for (const id of lessonIds) {
				for (const line of lessonDetailLines(getLesson(id, lessonTexts[lang]).detail, 76)) {
					expect(line, `${lang}:${id}`).not.toMatch(/RFC$/);
				}
			}
		}
	});

	it('indents list items under their text and separates paragraphs with one blank line', () => {
		const lines = lessonDetailLines(
			['First paragraph.', '- a bullet that is long enough to wrap', '2. numbered', 'Last.'],
			20,
		);
		expect(lines).toEqual([
			'First paragraph.',
			'- a bullet that is',
			'  long enough to',
			'  wrap',
			'2. numbered',
			'',
			'Last.',
		]);
	});
});
