// The myths people meet in popular tutorials, as data: the claim as it is usually written, and
// the fact with its source. The "Myths and facts" lesson (en.ts, id.ts) is made from these, the
// verdicts that touch a myth link to it (verdict-lessons.ts), and the handout prints them.

import type {SourceId} from './sources.js';

/** Every myth, in the order the lesson lists them. Never rename an id: verdicts map to them. */
export const mythIds = [
	'port-465-deprecated',
	'port-587-most-secure',
	'port-587-slower',
	'port-2525-tls',
	'port-25-test',
	'ssl-tls-levels',
] as const;

/** A stable myth id. */
export type MythId = (typeof mythIds)[number];

/** One myth in one language. */
export type MythText = {
	/** The claim as tutorials word it, without quotes ("465 is deprecated"). */
	readonly claim: string;
	/** What is true instead, citing its source inline ("RFC 8314 (2018) ..."). */
	readonly fact: string;
};

/** The myths of one language: exactly one entry per myth id. */
export type MythCatalogue = Readonly<Record<MythId, MythText>>;

/** Where each fact is written; shared by every language. */
export const mythSources = {
	'port-465-deprecated': ['rfc8314', 'ianaPorts'],
	'port-587-most-secure': ['rfc8314', 'cve20110411'],
	'port-587-slower': ['rfc3207'],
	'port-2525-tls': ['ianaPorts', 'rfc3207'],
	'port-25-test': ['rfc5321'],
	'ssl-tls-levels': ['rfc7568', 'rfc8314'],
} as const satisfies Record<MythId, readonly SourceId[]>;

/** The word that introduces a myth next to a verdict ("Myth: ..."), per language. */
export const mythLabel = {en: 'Myth', id: 'Mitos'} as const;

/** A myth as a lesson detail entry: a bullet with the claim in quotes, then the fact. */
export function mythEntry(myth: MythText): string {
	return `- "${myth.claim}": ${myth.fact}`;
}

/** The myths lesson's detail: one bullet per myth, in `mythIds` order. */
export function mythDetail(myths: MythCatalogue): readonly string[] {
	return mythIds.map((id) => mythEntry(myths[id]));
}

/** Every source the myths cite, once each, in the order they first appear. */
export const allMythSources: readonly SourceId[] = [
	...new Set(mythIds.flatMap((id): readonly SourceId[] => mythSources[id])),
];
