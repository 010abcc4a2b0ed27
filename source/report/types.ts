// Shared shapes of the formatters. The verdict words come from a language's catalogue
// (source/i18n/catalogue.ts), so the formatters stay pure and testable in any language.
import type {Verdict} from '../engine/types.js';

/** The words for one verdict: a short title, what happened, what to do. */
export type VerdictText = {
	readonly title: string;
	readonly summary: string;
	readonly advice: string;
};

/** Turns a verdict into words (a catalogue's `describe`). */
export type DescribeVerdict = (verdict: Verdict) => VerdictText;

/** Calls `describe`, falling back to the bare code so a missing text never breaks a report. */
export function describeSafely(describe: DescribeVerdict, verdict: Verdict): VerdictText {
	try {
		return describe(verdict);
	} catch {
		return {title: verdict.code, summary: verdict.code, advice: ''};
	}
}
