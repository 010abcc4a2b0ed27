// Shape of a verdict text table. One table per language (en.ts, id.ts, ...), keyed by every
// verdict code, so a translator copies en.ts and translates the strings.
import type {VerdictCode} from '../../engine/types.js';

/** Reads a verdict parameter as text ('' when absent). Values are already escaped by the engine. */
export type ParamReader = (name: string) => string;

/** The words for one verdict code. */
export type VerdictText = {
	/** Short title for a table cell or heading, e.g. "Implicit TLS works". */
	readonly title: string;
	/** One plain-language sentence: what happened. */
	readonly summary: (v: ParamReader) => string;
	/** One plain-language sentence: what to do. */
	readonly advice: (v: ParamReader) => string;
};

/** A full table of verdict texts for one language. */
export type VerdictTexts = Readonly<Record<VerdictCode, VerdictText>>;

/** The words describing one verdict. */
export type VerdictDescription = {
	readonly title: string;
	readonly summary: string;
	readonly advice: string;
};
