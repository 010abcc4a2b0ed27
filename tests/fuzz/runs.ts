// The fuzz tier's shared run count, and the tally it prints at the end (vitest.fuzz.config.ts).
import {appendFileSync} from 'node:fs';
import fc from 'fast-check';

/** Cases per property: the properties together generate well over 100,000 cases. */
export const runsPerProperty = 12_000;

/** Where each property appends its count (set by the global setup). */
const tally = process.env['SMTP_DOCTOR_FUZZ_TALLY'];

/** fc.assert with the shared run count; counts the generated cases into the tally. */
export function check<T>(
	property: fc.IPropertyWithHooks<T> | fc.IProperty<T>,
	numRuns = runsPerProperty,
): void {
	fc.assert(property, {numRuns});
	if (tally) {
		appendFileSync(tally, `${numRuns}\n`);
	}
}
