// What reading the user's presets file gives: the presets, and the problems as one-line errors.
import type {Preset} from './schema.js';

/** The result of loading presets.json. `errors` are ready-to-print lines; `notices` are not errors. */
export type UserPresetsResult = {
	readonly path: string;
	readonly presets: readonly Preset[];
	readonly errors: readonly string[];
	/** E.g. a user preset replacing a built-in of the same id. */
	readonly notices: readonly string[];
};

/** A result with no presets and these error lines. */
export function failed(file: string, ...errors: string[]): UserPresetsResult {
	return {path: file, presets: [], errors, notices: []};
}
