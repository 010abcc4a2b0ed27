// A lesson laid out as terminal lines at a given width: what the Learn screen renders and what
// the tests measure. Kinds let the UI pick colours without parsing text.

import {lessonDetailLines, wrapText} from './wrap.js';
import type {Lesson} from '../i18n/lessons/types.js';

/** How a lesson line should look. */
export type LessonLineKind = 'title' | 'answer' | 'text' | 'blank' | 'heading' | 'source';

/** One rendered line, never wider than the width it was laid out for. */
export type LessonLine = {
	readonly kind: LessonLineKind;
	readonly text: string;
};

/**
 * Title, the one-line answer, the detail, then the sources under `sourcesHeading`
 * ("Sources" / "Sumber"). Each source is "RFC 8314 (2018) Title", wrapped with a hanging indent.
 */
export function lessonLayout(lesson: Lesson, width: number, sourcesHeading: string): LessonLine[] {
	const lines: LessonLine[] = [
		...wrapText(lesson.title, width).map((text): LessonLine => ({kind: 'title', text})),
		...wrapText(lesson.answer, width).map((text): LessonLine => ({kind: 'answer', text})),
		{kind: 'blank', text: ''},
		...lessonDetailLines(lesson.detail, width).map((text): LessonLine =>
			text === '' ? {kind: 'blank', text} : {kind: 'text', text},
		),
		{kind: 'blank', text: ''},
		{kind: 'heading', text: sourcesHeading},
	];
	for (const source of lesson.sources) {
		lines.push(
			...wrapText(`${source.label} ${source.title}`, width, '  ').map((text): LessonLine => ({
				kind: 'source',
				text,
			})),
		);
	}

	return lines;
}
