// Users' own presets: $XDG_CONFIG_HOME/smtp-doctor/presets.json (default ~/.config/...).
// A broken file never takes the built-ins down: every problem becomes one line naming the
// file, the entry and the field, and every valid entry still loads.
import {readFile} from 'node:fs/promises';
import {homedir} from 'node:os';
import path from 'node:path';
import {z} from 'zod';
import {presetSchema, type Preset} from './schema.js';

/** Where the user presets file lives for this environment. */
export function userPresetsPath(env: NodeJS.ProcessEnv = process.env): string {
	const xdg = env['XDG_CONFIG_HOME'];
	// The XDG spec says a relative value is invalid and must be ignored.
	const base = xdg && path.isAbsolute(xdg) ? xdg : path.join(env['HOME'] ?? homedir(), '.config');
	return path.join(base, 'smtp-doctor', 'presets.json');
}

/** The result of loading presets.json. `errors` are ready-to-print lines; `notices` are not errors. */
export type UserPresetsResult = {
	readonly path: string;
	readonly presets: readonly Preset[];
	readonly errors: readonly string[];
	/** E.g. a user preset replacing a built-in of the same id. */
	readonly notices: readonly string[];
};

const fileSchema = z.strictObject({
	$schema: z.string().optional(),
	presets: z.array(z.unknown(), {error: 'must be a list of presets'}),
});

/** Longest file read: a presets file is a few KiB; anything bigger is a mistake. */
const maxFileBytes = 1024 * 1024;

/**
 * Loads and validates the user presets file. Never throws: a missing file is fine and
 * silent; anything else wrong becomes error lines. `builtinIds` lets it say which entries
 * replace a built-in.
 */
export async function loadUserPresets(
	options: {
		readonly path?: string;
		readonly env?: NodeJS.ProcessEnv;
		readonly builtinIds?: readonly string[];
	} = {},
): Promise<UserPresetsResult> {
	const file = options.path ?? userPresetsPath(options.env);
	let text: string;
	try {
		const buffer = await readFile(file);
		if (buffer.length > maxFileBytes) {
			return failed(file, `${file}: file is larger than 1 MiB; is it the right file?`);
		}

		text = buffer.toString('utf8');
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ENOENT') {
			return {path: file, presets: [], errors: [], notices: []};
		}

		return failed(file, `${file}: cannot read (${describeReadError(code)})`);
	}

	return parseUserPresets(text, file, options.builtinIds ?? []);
}

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

function failed(file: string, ...errors: string[]): UserPresetsResult {
	return {path: file, presets: [], errors, notices: []};
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
	const cleaned = text.replaceAll(/[\u0000-\u001F\u007F-\u009F]/g, '?');
	return cleaned.length > 60 ? `${cleaned.slice(0, 60)}…` : cleaned;
}

function describeReadError(code: string | undefined): string {
	switch (code) {
		case 'EACCES':
		case 'EPERM': {
			return 'permission denied';
		}

		case 'EISDIR': {
			return 'it is a directory, not a file';
		}

		case 'ELOOP': {
			return 'too many symbolic links';
		}

		case 'ENOTDIR': {
			return 'a parent path is not a directory';
		}

		default: {
			return code ?? 'unknown error';
		}
	}
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
