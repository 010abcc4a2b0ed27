// The handout as Markdown: every lesson once, in Learn order, with its sources; the myths with
// theirs; the port page; the marker line that lets a later export replace it.
import {lessonSources, lessonTexts, mythTexts} from '../helpers/catalogue.js';
import {describe, expect, it} from 'vitest';
import {languages, type Lang} from '../../source/config/lang.js';
import {
	handoutMarker,
	handoutText,
	isHandout,
	lessonHandout,
	markdownText,
} from '../../source/lessons/handout.js';
import {getLesson, lessonIds, listLessons, listMyths} from '../../source/lessons/index.js';

const now = new Date('2026-12-03T10:00:00Z');
const handout = (lang: Lang) => lessonHandout(lessonSources[lang], {version: '9.8.7', now});

/** The handout cut at its lesson headings ("### "): [title, section text]. */
function sections(markdown: string): Array<[string, string]> {
	return markdown
		.split(/^### /m)
		.slice(1)
		.map((part): [string, string] => [part.slice(0, part.indexOf('\n')), part]);
}

describe('the lessons handout', () => {
	it('starts with the marker line, the title and what made it', () => {
		for (const lang of languages) {
			const text = handout(lang);
			expect(text.split('\n')[0]).toBe(handoutMarker);
			expect(isHandout(text)).toBe(true);
			expect(text).toContain(`# ${markdownText(handoutText(lang).title)}`);
			expect(text).toContain('smtp-doctor 9.8.7');
			expect(text).toContain('2026-12-03');
		}

		expect(isHandout('# My own notes\n')).toBe(false);
		expect(isHandout(`\uFEFF${handoutMarker}\n`)).toBe(true);
	});

	it('holds every lesson exactly once, in Learn order, with its answer and every source', () => {
		for (const lang of languages) {
			const found = sections(handout(lang)).filter(
				([title]) => title !== markdownText(handoutText(lang).symptomsHeading),
			);
			const expected = lessonIds.map((id) => getLesson(id, lessonTexts[lang]));
			expect(found.map(([title]) => title)).toEqual(
				expected.map((lesson) => markdownText(lesson.title)),
			);
			for (const [index, lesson] of expected.entries()) {
				const section = found[index]![1];
				expect(section, lesson.id).toContain(`**${markdownText(lesson.answer)}**`);
				for (const source of lesson.sources) {
					expect(section, `${lang}:${lesson.id}`).toContain(
						`- ${markdownText(source.label)}: ${markdownText(source.title)}, <${source.url}>`,
					);
				}
			}
		}
	});

	it('keeps each shelf under its heading, in order, and lists them in the contents', () => {
		for (const lang of languages) {
			const text = handout(lang);
			const shelves = listLessons(lessonTexts[lang]).map(
				(shelf) => handoutText(lang).shelves[shelf.group],
			);
			const positions = shelves.map((name) => text.indexOf(`\n## ${markdownText(name)}\n`));
			expect(positions.every((position) => position > 0)).toBe(true);
			expect([...positions].sort((a, b) => a - b)).toEqual(positions);
			for (const name of shelves) {
				expect(text).toMatch(new RegExp(`^- \\[${name}\\]\\(#`, 'm'));
			}
		}
	});

	it('prints each myth with its claim, its fact and its own sources', () => {
		for (const lang of languages) {
			const myths = sections(handout(lang)).find(
				([title]) => title === markdownText(getLesson('myths', lessonTexts[lang]).title),
			)![1];
			for (const myth of listMyths(mythTexts[lang])) {
				const line = myths.split('\n').find((entry) => entry.startsWith(`- **"${myth.claim}"**`));
				expect(line, `${lang}:${myth.id}`).toBeDefined();
				expect(line).toContain(markdownText(myth.fact));
				for (const source of myth.sources) {
					expect(line).toContain(markdownText(source.label));
				}
			}

			// The plain bullets of the lesson detail are not printed a second time.
			expect(myths.match(/465 (?:is deprecated|sudah usang)/g)).toHaveLength(1);
		}
	});

	it('has the port page: 465, 587, 2525 and 25 with their sources, and the common errors', () => {
		const text = handout('en');
		const page = text.slice(
			text.indexOf('## The ports on one page'),
			text.indexOf('## Encryption'),
		);
		const rows = page.split('\n').filter((line) => /^\| \*\*\d+\*\*/.test(line));
		expect(rows.map((row) => /\*\*(\d+)\*\*/.exec(row)?.[1])).toEqual(['465', '587', '2525', '25']);
		expect(rows[0]).toContain('submissions');
		expect(rows[0]).toContain('SSL/TLS');
		expect(rows[0]).toContain('RFC 8314 (2018)');
		expect(rows[1]).toContain('RFC 6409 (2011)');
		expect(rows[2]).toContain('not registered');
		expect(rows[3]).toContain('RFC 5321 (2008)');
		expect(page).toContain('`wrong version number`');
		expect(page).toContain('[SSL vs STARTTLS mix-ups](#ssl-vs-starttls-mix-ups)');
		// Every row has as many cells as the header.
		for (const row of page.split('\n').filter((line) => line.startsWith('|'))) {
			expect(row.split(/(?<!\\)\|/).length, row).toBeOneOf([8, 5]);
		}
	});

	it('escapes Markdown in lesson text, so "*.webhostbox.net" prints as written', () => {
		expect(markdownText('*.webhostbox.net <a> [b] `c` _d_ | #')).toBe(
			'\\*.webhostbox.net \\<a\\> \\[b\\] \\`c\\` \\_d\\_ \\| \\#',
		);
		expect(handout('en')).toContain('\\*.webhostbox.net');
		expect(handout('en')).not.toMatch(/[^\\]\*\.webhostbox/);
	});

	it('is the same text for the same day, and fully translated in Indonesian', () => {
		expect(handout('en')).toBe(handout('en'));
		expect(handout('id')).not.toBe(handout('en'));
		expect(handout('id')).toContain('Mitos dan fakta');
		expect(handout('id')).toContain('Semua port dalam satu halaman');
	});
});
