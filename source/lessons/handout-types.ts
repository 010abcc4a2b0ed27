// What a handout text table holds for one language (handout.en.ts, handout.id.ts).
import type {SourceId} from '../i18n/lessons/sources.js';
import type {LessonGroup, LessonId} from '../i18n/lessons/types.js';

/** One row of the port table: the port and what a team needs to know about it. */
export type HandoutPortRow = {
	readonly port: number;
	/** The IANA service name, or why there is none. */
	readonly ianaName: string;
	readonly starts: string;
	/** What to pick in a mail client's settings. */
	readonly setting: string;
	readonly useFor: string;
	readonly sources: readonly SourceId[];
};

/** One row of the "what you see" table. */
export type HandoutSymptomRow = {
	/** What the user sees, as the client prints it. */
	readonly seen: string;
	readonly meaning: string;
	readonly lesson: LessonId;
};

/** Every sentence of the handout in one language. */
export type HandoutText = {
	readonly title: string;
	readonly intro: string;
	/** `{version}` and `{date}` are filled in. */
	readonly madeWith: string;
	readonly contents: string;
	readonly portsHeading: string;
	readonly portColumns: readonly [string, string, string, string, string, string];
	readonly ports: readonly HandoutPortRow[];
	readonly choose: string;
	readonly words: string;
	readonly symptomsHeading: string;
	readonly symptomColumns: readonly [string, string, string];
	readonly symptoms: readonly HandoutSymptomRow[];
	readonly shelves: Readonly<Record<LessonGroup, string>>;
	readonly sources: string;
	readonly practice: string;
	/** Under `smtp-doctor lessons`. */
	readonly listHint: string;
	/** After an export: `{file}`, `{lessons}`, `{myths}`, `{kib}` and `{replaced}` are filled in. */
	readonly written: string;
	readonly replaced: string;
};
