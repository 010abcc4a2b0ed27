// Shared shapes of the formatters. The verdict words come from `source/i18n/verdicts/` through an
// injected `describe` function, so the formatters stay pure and testable in any language.
import type {Verdict} from '../engine/types.js';
import type {Lang} from '../config/lang.js';

/** The words for one verdict: a short title, what happened, what to do. */
export type VerdictText = {
	readonly title: string;
	readonly summary: string;
	readonly advice: string;
};

/** Turns a verdict into words (the engine helper's `describeVerdict`). */
export type DescribeVerdict = (verdict: Verdict, lang: Lang) => VerdictText;

/** Calls `describe`, falling back to the bare code so a missing text never breaks a report. */
export function describeSafely(
	describe: DescribeVerdict,
	verdict: Verdict,
	lang: Lang,
): VerdictText {
	try {
		return describe(verdict, lang);
	} catch {
		return {title: verdict.code, summary: verdict.code, advice: ''};
	}
}
