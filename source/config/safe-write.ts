// Writes a file the user named without ever destroying one the tool did not write: a new file
// is created (never over one that appears meanwhile), an existing one is replaced only when it
// is recognisably ours (or with force), and never through a symlink or onto a folder, device,
// FIFO or socket. The text goes to a temporary file in the same folder (mode 0600), is flushed,
// then takes the name in one step: a reader sees the old file or the new one, never half.
// Shared by `lessons --export` and meant for `--report` too (one writer for every file we write).
import {randomBytes} from 'node:crypto';
import {constants} from 'node:fs';
import {link, lstat, open, rename, unlink, type FileHandle} from 'node:fs/promises';
import path from 'node:path';

/** Why a file was not written. The caller words it (it knows the flag and the language). */
export type SafeWriteRefusal =
	/** The folder the file would go in does not exist (or is not a folder). */
	| 'no-folder'
	/** The name is a folder. */
	| 'is-directory'
	/** The name is a symbolic link: written through, it could land anywhere. */
	| 'is-symlink'
	/** A device, FIFO or socket: writing there is never what a report or handout means. */
	| 'not-regular-file'
	/** A file the tool did not write (its header is not ours); `force` would replace it. */
	| 'exists-not-ours'
	/** The operating system refused (permissions, read-only, disk full). */
	| 'io-error';

/** A refused or failed write, with the reason as a code and the system's words. */
export class SafeWriteError extends Error {
	readonly reason: SafeWriteRefusal;
	readonly path: string;
	/** The system error code (EACCES, EROFS, ENOSPC...) for `io-error`. */
	readonly code?: string;

	constructor(reason: SafeWriteRefusal, file: string, detail?: string, code?: string) {
		super(`${file}: ${detail ?? reason}`);
		this.name = 'SafeWriteError';
		this.reason = reason;
		this.path = file;
		if (code !== undefined) {
			this.code = code;
		}
	}
}

/** How `writeFileSafely` may treat an existing file. */
export type SafeWriteOptions = {
	/**
	 * Recognises a file this tool wrote before from its first bytes (up to `headBytes`, as
	 * UTF-8): only such a file is replaced without `force`.
	 */
	readonly isOurs?: (head: string) => boolean;
	/** Replace any existing regular file (still never a symlink, folder, device or FIFO). */
	readonly force?: boolean;
	/** Permission bits of the written file (default 0600: reports may name hosts and users). */
	readonly mode?: number;
};

/** What was written. */
export type SafeWriteResult = {
	/** The absolute path written. */
	readonly path: string;
	/** True when an earlier file of that name was replaced. */
	readonly isReplaced: boolean;
	readonly bytes: number;
};

/** How much of an existing file `isOurs` sees. */
export const headBytes = 4096;

function errorCode(error: unknown): string | undefined {
	return typeof error === 'object' && error !== null && 'code' in error
		? String(error.code)
		: undefined;
}

function ioError(file: string, error: unknown): SafeWriteError {
	const code = errorCode(error);
	const message = error instanceof Error ? error.message : String(error);
	return new SafeWriteError('io-error', file, message.split('\n')[0], code);
}

/** lstat that answers undefined for "nothing there". */
async function lstatOrNothing(file: string) {
	try {
		return await lstat(file);
	} catch (error) {
		if (errorCode(error) === 'ENOENT') {
			return undefined;
		}

		throw ioError(file, error);
	}
}

/** The first bytes of a regular file, opened without following a link or blocking on a FIFO. */
async function readHead(file: string): Promise<string> {
	let handle: FileHandle | undefined;
	try {
		handle = await open(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
		// Checked again on the open file: the name may have changed since the lstat.
		if (!(await handle.stat()).isFile()) {
			throw new SafeWriteError('not-regular-file', file, 'not a regular file');
		}

		const buffer = Buffer.alloc(headBytes);
		const {bytesRead} = await handle.read(buffer, 0, headBytes, 0);
		return buffer.subarray(0, bytesRead).toString('utf8');
	} catch (error) {
		if (error instanceof SafeWriteError) {
			throw error;
		}

		throw errorCode(error) === 'ELOOP'
			? new SafeWriteError('is-symlink', file, 'a symbolic link')
			: ioError(file, error);
	} finally {
		await handle?.close();
	}
}

/** Refuses what must never be written to, and says whether an existing file may be replaced. */
async function checkTarget(file: string, options: SafeWriteOptions): Promise<boolean> {
	const folder = await lstatOrNothing(path.dirname(file));
	if (!folder?.isDirectory()) {
		throw new SafeWriteError('no-folder', file, 'its folder does not exist');
	}

	const existing = await lstatOrNothing(file);
	if (!existing) {
		return false;
	}

	if (existing.isSymbolicLink()) {
		throw new SafeWriteError('is-symlink', file, 'a symbolic link');
	}

	if (existing.isDirectory()) {
		throw new SafeWriteError('is-directory', file, 'a folder');
	}

	if (!existing.isFile()) {
		throw new SafeWriteError('not-regular-file', file, 'not a regular file');
	}

	if (options.force) {
		return true;
	}

	const head = await readHead(file);
	if (!options.isOurs?.(head)) {
		throw new SafeWriteError('exists-not-ours', file, 'exists and was not written by smtp-doctor');
	}

	return true;
}

/** File systems without hard links (some FUSE and FAT mounts) answer these to link(). */
const noHardLinks = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS']);

/**
 * Gives the written temporary file its name, only if that name is still free: link() fails
 * when a file appeared there since the check, so nothing is clobbered. Without hard links, the
 * name is checked once more and the file renamed (a race of microseconds instead of none).
 */
async function placeWithoutReplacing(temporary: string, target: string): Promise<void> {
	try {
		await link(temporary, target);
	} catch (error) {
		if (!noHardLinks.has(errorCode(error) ?? '')) {
			throw error;
		}

		if (await lstatOrNothing(target)) {
			throw Object.assign(new Error('exists'), {code: 'EEXIST'});
		}

		await rename(temporary, target);
	}
}

/**
 * Checks, before any work, that `writeFileSafely(file, ..., options)` would not refuse: a typo
 * or a system file named by mistake is refused before a whole run, not after. Throws
 * `SafeWriteError`; resolves to true when an existing file would be replaced.
 */
export async function checkWriteTarget(
	file: string,
	options: SafeWriteOptions = {},
): Promise<boolean> {
	return checkTarget(path.resolve(file), options);
}

/**
 * Writes `text` to `file` (see the top of this module): a new file, or a replacement for one
 * that `isOurs` recognises (or any regular file with `force`). Throws `SafeWriteError`.
 */
export async function writeFileSafely(
	file: string,
	text: string,
	options: SafeWriteOptions = {},
): Promise<SafeWriteResult> {
	const target = path.resolve(file);
	const mayReplace = await checkTarget(target, options);
	const data = Buffer.from(text, 'utf8');
	const mode = options.mode ?? 0o600;
	const temporary = path.join(
		path.dirname(target),
		`.${path.basename(target).slice(0, 80)}.${randomBytes(6).toString('hex')}.tmp`,
	);
	let handle: FileHandle | undefined;
	let isTemporaryLeft = false;
	try {
		// O_EXCL: never open something that was already there under the temporary name.
		handle = await open(
			temporary,
			constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW,
			mode,
		);
		isTemporaryLeft = true;
		// The umask may have taken bits away; never added any. Set exactly what was asked.
		await handle.chmod(mode);
		await handle.writeFile(data);
		await handle.sync();
		await handle.close();
		handle = undefined;
		if (mayReplace) {
			// rename replaces the name itself: a symlink put there meanwhile is replaced, not followed.
			await rename(temporary, target);
			isTemporaryLeft = false;
		} else {
			await placeWithoutReplacing(temporary, target);
			// The temporary name is still linked; `finally` removes it.
		}

		return {path: target, isReplaced: mayReplace, bytes: data.length};
	} catch (error) {
		if (errorCode(error) === 'EEXIST' && !mayReplace) {
			throw new SafeWriteError('exists-not-ours', target, 'appeared while writing; left alone');
		}

		throw error instanceof SafeWriteError ? error : ioError(target, error);
	} finally {
		await handle?.close();
		if (isTemporaryLeft) {
			await unlink(temporary).catch(() => undefined);
		}
	}
}
