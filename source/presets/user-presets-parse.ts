// Validation of presets.json text with the zod schema, loaded only when the file exists.
import * as z from 'zod';
import {sanitizeText} from '../engine/sanitize.js';
import {presetSchema, type Preset} from './schema.js';
import {failed, type UserPresetsResult} from './user-presets-result.js';

const fileSchema = z.strictObject({
	$schema: z.string().optional(),
	presets: z.array(z.unknown(), {error: 'must be a list of presets'}),
});

/** Validates the text of a presets file; `file` is only used in messages. */
export function parseUserPresets(
	text: string,
	file: string,
	builtinIds: readonly string[] = [],
): UserPresetsResult {
	let json: unknown;
	try {
		json = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch (error) {
		return failed(file, `${file}: invalid JSON: ${describeJsonError(text, error)}`);
	}

	const shape = fileSchema.safeParse(json, {reportInput: true});
	if (!shape.success) {
		if (Array.isArray(json)) {
			return failed(
				file,
				`${file}: expected an object like {"presets": [ ... ]}, got a list (put the list under "presets")`,
			);
		}

		return failed(file, ...shape.error.issues.map((issue) => `${file}: ${formatIssue(issue)}`));
	}

	const presets: Preset[] = [];
	const errors: string[] = [];
	const notices: string[] = [];
	const seen = new Set<string>();
	for (const [index, entry] of shape.data.presets.entries()) {
		const label = entryLabel(index, entry);
		const result = presetSchema.safeParse(entry, {reportInput: true});
		if (!result.success) {
			errors.push(
				...result.error.issues.map((issue) => `${file}: ${label}: ${formatIssue(issue)}`),
			);
			continue;
		}

		const preset = result.data;
		if (seen.has(preset.id)) {
			errors.push(`${file}: ${label}: id: "${preset.id}" is used by an earlier entry; ignored`);
			continue;
		}

		seen.add(preset.id);
		if (builtinIds.includes(preset.id)) {
			notices.push(`${file}: ${label}: replaces the built-in preset "${preset.id}"`);
		}

		presets.push(preset);
	}

	return {path: file, presets, errors, notices};
}

/** `entry 2 ("acme")`: 1-based, with the id when the entry has a readable one. */
function entryLabel(index: number, entry: unknown): string {
	const id =
		typeof entry === 'object' && entry !== null && 'id' in entry && typeof entry.id === 'string'
			? printable(entry.id)
			: undefined;
	return id ? `entry ${index + 1} ("${id}")` : `entry ${index + 1}`;
}

/** `ports[0].port` from ['ports', 0, 'port']. */
function formatPath(pathParts: readonly PropertyKey[]): string {
	let out = '';
	for (const part of pathParts) {
		out +=
			typeof part === 'number' ? `[${part}]` : `${out === '' ? '' : '.'}${printable(String(part))}`;
	}

	return out;
}

function formatIssue(issue: z.core.$ZodIssue): string {
	const where = formatPath(issue.path);
	let message: string;
	switch (issue.code) {
		case 'unrecognized_keys': {
			const keys = issue.keys.map((key) => `"${printable(key)}"`).join(', ');
			message = `unknown field${issue.keys.length > 1 ? 's' : ''} ${keys}`;
			break;
		}

		case 'invalid_type': {
			message = issue.input === undefined ? 'is required' : `must be ${article(issue.expected)}`;
			break;
		}

		case 'invalid_value': {
			message = `must be one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
			break;
		}

		default: {
			message = issue.message;
		}
	}

	return where === '' ? message : `${where}: ${message}`;
}

function article(expected: string): string {
	return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

/** User text in an error line: no control characters, bounded length. */
function printable(text: string): string {
	return sanitizeText(text, {maxLength: 60});
}

/** "line 3, column 5: ..." from V8's "at position N" when it gives one. */
function describeJsonError(text: string, error: unknown): string {
	const raw = error instanceof Error ? error.message : String(error);
	const clean = raw
		.replace(/, ".*" is not valid JSON$/s, '')
		.replace(/ in JSON at position \d+.*$/s, '');
	const match = /at position (\d+)/.exec(raw);
	let position: number | undefined = match ? Number(match[1]) : undefined;
	if (position === undefined && /Unexpected end of JSON input/.test(raw)) {
		position = text.length;
	}

	if (position === undefined) {
		return printable(clean);
	}

	const before = text.slice(0, position);
	const line = before.split('\n').length;
	const column = position - before.lastIndexOf('\n');
	return `line ${line}, column ${column}: ${printable(clean)}`;
}
