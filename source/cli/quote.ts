// Quoting user input in one-line error messages (kept tiny: every run loads it).
import {escapeAndClip} from '../report/escape.js';

/** Quotes user input for an error message: escaped, clipped, in double quotes. */
export function quote(value: string): string {
	return `"${escapeAndClip(value, 80)}"`;
}
