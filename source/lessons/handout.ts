// The handout: every lesson, the myths and a one-page port table as one Markdown file a team
// lead can share or print (`smtp-doctor lessons --export FILE.md`, or `e` on the Learn screen).
// Pure: text in, text out; the file is written by config/safe-write.ts.
import type {Lang} from '../config/lang.js';
import {handoutEn} from './handout.en.js';
import {handoutId} from './handout.id.js';
import type {HandoutText} from './handout-types.js';
import {getLesson, listLessons, listMyths, type LessonTexts} from './lessons.js';
import {mythEntry} from '../i18n/lessons/myths.js';
import {sources, type SourceId} from '../i18n/lessons/sources.js';
import type {Lesson, LessonSource} from '../i18n/lessons/types.js';

const texts: Readonly<Record<Lang, HandoutText>> = {en: handoutEn, id: handoutId};

/**
 * The first line of every handout. An existing file that starts with it is an earlier export,
 * which a new export may replace; any other file is left alone.
 */
export const handoutMarker =
	'<!-- smtp-doctor lessons handout: written by "smtp-doctor lessons --export"; a later export may replace this file. -->';

/** True when `head` (the first bytes of a file) is the start of an earlier handout. */
export function isHandout(head: string): boolean {
	return head.replace(/^\uFEFF/, '').startsWith(handoutMarker);
}

/** The handout's sentences in one language (for the screens and tests). */
export function handoutText(lang: Lang): HandoutText {
	return texts[lang];
}

/** Escapes what Markdown would read as markup, so lesson text prints as written. */
export function markdownText(text: string): string {
	return text.replaceAll(/[\\`*_[\]<>|#]/g, (character) => `\\${character}`);
}

/** Inline text with `code` spans kept (the handout's own sentences use them). */
function markdownWithCode(text: string): string {
	return text
		.split(/(`[^`]*`)/)
		.map((part) => (part.startsWith('`') && part.endsWith('`') ? part : markdownText(part)))
		.join('');
}

/** A heading's anchor as GitHub makes it: lower case, spaces to hyphens, punctuation dropped. */
function anchor(heading: string): string {
	return heading
		.toLowerCase()
		.replaceAll(/[^\p{L}\p{N}\s-]/gu, '')
		.trim()
		.replaceAll(/\s/g, '-');
}

function sourceLine(source: LessonSource): string {
	return `- ${markdownText(source.label)}: ${markdownText(source.title)}, <${source.url}>`;
}

function sourceLabels(ids: readonly SourceId[]): string {
	return ids.map((id) => markdownText(sources[id].label)).join(', ');
}

/** A lesson's detail as Markdown: paragraphs, and lists with a blank line before them. */
function detailMarkdown(detail: readonly string[]): string[] {
	const lines: string[] = [];
	let wasItem = false;
	for (const entry of detail) {
		const item = /^(- |\d+\. )(.*)$/.exec(entry);
		if (item) {
			if (!wasItem) {
				lines.push('');
			}

			// A numbered item keeps its number; escaping "1." would turn the list into text.
			lines.push(`${item[1]}${markdownText(item[2] ?? '')}`);
		} else {
			lines.push('', markdownText(entry));
		}

		wasItem = Boolean(item);
	}

	return lines;
}

/** The myths lesson, each myth with its own sources so a reader can check every fact. */
function mythsMarkdown(lesson: Lesson, source: LessonTexts): string[] {
	const text = texts[source.lang];
	const myths = listMyths(source.myths);
	const entries = new Set(myths.map((myth) => mythEntry(myth)));
	return [
		'',
		...myths.map(
			(myth) =>
				`- **"${markdownText(myth.claim)}"**: ${markdownText(myth.fact)} (${text.sources}: ${sourceLabels(myth.sources.map((source) => source.id))})`,
		),
		...detailMarkdown(lesson.detail.filter((entry) => !entries.has(entry))),
	];
}

function lessonMarkdown(lesson: Lesson, source: LessonTexts): string[] {
	const text = texts[source.lang];
	const body =
		lesson.id === 'myths' ? mythsMarkdown(lesson, source) : detailMarkdown(lesson.detail);
	return [
		`### ${markdownText(lesson.title)}`,
		'',
		`**${markdownText(lesson.answer)}**`,
		...body,
		'',
		`${text.sources}:`,
		'',
		...lesson.sources.map((source) => sourceLine(source)),
		'',
	];
}

function tableRow(cells: readonly string[]): string {
	return `| ${cells.join(' | ')} |`;
}

function portPage(source: LessonTexts): string[] {
	const text = texts[source.lang];
	return [
		`## ${markdownText(text.portsHeading)}`,
		'',
		tableRow(text.portColumns.map((cell) => markdownText(cell))),
		tableRow(text.portColumns.map(() => '---')),
		...text.ports.map((row) =>
			tableRow([
				`**${row.port}**`,
				markdownText(row.ianaName),
				markdownText(row.starts),
				markdownText(row.setting),
				markdownText(row.useFor),
				sourceLabels(row.sources),
			]),
		),
		'',
		markdownText(text.choose),
		'',
		markdownText(text.words),
		'',
		`### ${markdownText(text.symptomsHeading)}`,
		'',
		tableRow(text.symptomColumns.map((cell) => markdownText(cell))),
		tableRow(text.symptomColumns.map(() => '---')),
		...text.symptoms.map((row) => {
			const title = getLesson(row.lesson, source.lessons).title;
			return tableRow([
				`\`${row.seen.replaceAll('`', "'")}\``,
				markdownText(row.meaning),
				`[${markdownText(title)}](#${anchor(title)})`,
			]);
		}),
		'',
	];
}

/** What the handout needs to know about this run. */
export type HandoutOptions = {
	readonly version: string;
	/** When it was made; the handout prints the day (UTC). */
	readonly now?: Date;
};

/**
 * The whole handout in `lang`: the marker line, the title, the port page, then every lesson
 * shelf by shelf in Learn order (the myths shelf last), each lesson with its sources.
 */
export function lessonHandout(source: LessonTexts, options: HandoutOptions): string {
	const text = texts[source.lang];
	const shelves = listLessons(source.lessons);
	const date = (options.now ?? new Date()).toISOString().slice(0, 10);
	const lines = [
		handoutMarker,
		'',
		`# ${markdownText(text.title)}`,
		'',
		markdownText(text.intro),
		'',
		markdownWithCode(text.madeWith.replace('{version}', options.version).replace('{date}', date)),
		'',
		`## ${markdownText(text.contents)}`,
		'',
		`- [${markdownText(text.portsHeading)}](#${anchor(text.portsHeading)})`,
		...shelves.map(
			(shelf) =>
				`- [${markdownText(text.shelves[shelf.group])}](#${anchor(text.shelves[shelf.group])}): ${shelf.lessons.map((lesson) => markdownText(lesson.title)).join('; ')}`,
		),
		'',
		...portPage(source),
	];
	for (const shelf of shelves) {
		lines.push(`## ${markdownText(text.shelves[shelf.group])}`, '');
		for (const lesson of shelf.lessons) {
			lines.push(...lessonMarkdown(lesson, source));
		}
	}

	lines.push('---', '', markdownWithCode(text.practice), '');
	return lines.join('\n');
}
