// Users' own presets: $XDG_CONFIG_HOME/smtp-doctor/presets.json (default ~/.config/...).
// A broken file never takes the built-ins down: every problem becomes one line naming the
// file, the entry and the field, and every valid entry still loads.
import {open} from 'node:fs/promises';
import {homedir} from 'node:os';
import path from 'node:path';
import {failed, type UserPresetsResult} from './user-presets-result.js';

export {failed, type UserPresetsResult} from './user-presets-result.js';

/** Where the user presets file lives for this environment. */
export function userPresetsPath(env: NodeJS.ProcessEnv = process.env): string {
	const xdg = env['XDG_CONFIG_HOME'];
	// The XDG spec says a relative value is invalid and must be ignored.
	const base = xdg && path.isAbsolute(xdg) ? xdg : path.join(env['HOME'] ?? homedir(), '.config');
	return path.join(base, 'smtp-doctor', 'presets.json');
}

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
		const read = await readBounded(file);
		if ('problem' in read) {
			return failed(file, `${file}: ${read.problem}`);
		}

		text = read.text;
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ENOENT') {
			return {path: file, presets: [], errors: [], notices: []};
		}

		return failed(file, `${file}: cannot read (${describeReadError(code)})`);
	}

	// zod is loaded only when there is a file to check.
	const {parseUserPresets} = await import('./user-presets-parse.js');
	return parseUserPresets(text, file, options.builtinIds ?? []);
}

/** Reads a regular file of at most `maxFileBytes`; never reads a device or a huge file. */
async function readBounded(
	file: string,
): Promise<{readonly text: string} | {readonly problem: string}> {
	const handle = await open(file, 'r');
	try {
		const stats = await handle.stat();
		if (stats.isDirectory()) {
			return {problem: 'cannot read (it is a directory, not a file)'};
		}

		if (!stats.isFile()) {
			return {problem: 'cannot read (not a regular file)'};
		}

		if (stats.size > maxFileBytes) {
			return {problem: 'file is larger than 1 MiB; is it the right file?'};
		}

		const buffer = Buffer.alloc(maxFileBytes + 1);
		const {bytesRead} = await handle.read(buffer, 0, buffer.length, 0);
		if (bytesRead > maxFileBytes) {
			return {problem: 'file is larger than 1 MiB; is it the right file?'};
		}

		return {text: buffer.subarray(0, bytesRead).toString('utf8')};
	} finally {
		await handle.close();
	}
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
