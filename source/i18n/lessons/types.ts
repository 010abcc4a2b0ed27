// Lesson contract. Lessons are data (one file per language, same keys), rendered by the TUI
// and quoted inline next to verdicts. Sources are shared across languages (see sources.ts).

import type {SourceId} from './sources.js';

/** The shelves of the Learn screen, in display order. */
export const lessonGroups = ['encryption', 'ports', 'ideas', 'myths'] as const;

/** One shelf of the Learn screen. */
export type LessonGroup = (typeof lessonGroups)[number];

/** Every lesson, grouped and in display order. Never rename an id: verdicts map to them. */
export const lessonIdsByGroup = {
	encryption: ['ssl', 'tls', 'starttls', 'none'],
	ports: ['port-25', 'port-465', 'port-587', 'port-2525'],
	ideas: [
		'submission-vs-relay',
		'choosing-a-port',
		'authentication',
		'login-errors',
		'connection-errors',
		'dns',
		'smtp-conversation',
		'encryption-mixups',
		'certificates',
		'rate-limiting',
		'test-message',
		'how-the-probe-works',
	],
	myths: ['myths'],
} as const satisfies Record<LessonGroup, readonly string[]>;

/** A stable lesson id. */
export type LessonId = (typeof lessonIdsByGroup)[LessonGroup][number];

/** All lesson ids in display order. */
export const lessonIds: readonly LessonId[] = lessonGroups.flatMap(
	(group): readonly LessonId[] => lessonIdsByGroup[group],
);

/** What a lesson file holds for one lesson, in one language. */
export type LessonText = {
	readonly title: string;
	/** The one-line answer, shown first and inline next to verdicts. */
	readonly answer: string;
	/**
	 * At most one 80-column screen of detail: short paragraphs; an entry starting with "- " is a
	 * bullet. The renderer wraps them (see `lessonDetailLines`).
	 */
	readonly detail: readonly string[];
	/** References, shared across languages. At least one. */
	readonly sources: readonly SourceId[];
};

/** A lesson catalogue for one language: exactly one entry per lesson id. */
export type LessonCatalogue = Readonly<Record<LessonId, LessonText>>;

/** A source as shown under a lesson. */
export type LessonSource = {
	readonly id: SourceId;
	/** Short reference such as "RFC 8314 (2018)". */
	readonly label: string;
	/** Official title. */
	readonly title: string;
	readonly url: string;
};

/** A lesson ready to render. */
export type Lesson = {
	readonly id: LessonId;
	readonly group: LessonGroup;
	readonly title: string;
	readonly answer: string;
	readonly detail: readonly string[];
	readonly sources: readonly LessonSource[];
};
