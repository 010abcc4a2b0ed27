// The one safe writer: new files, earlier exports, and everything it must refuse, on a real
// file system in a temporary folder.
import {execFileSync} from 'node:child_process';
import {
	lstatSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {SafeWriteError, writeFileSafely} from '../../source/config/safe-write.js';

let folder: string;
const ours = (head: string) => head.startsWith('<!-- ours -->');

beforeEach(() => {
	folder = mkdtempSync(path.join(tmpdir(), 'smtp-doctor-safe-write-'));
});

afterEach(() => {
	rmSync(folder, {recursive: true, force: true});
});

async function refusal(promise: Promise<unknown>): Promise<SafeWriteError> {
	const error: unknown = await promise.then(
		() => undefined,
		(error_: unknown) => error_,
	);
	expect(error).toBeInstanceOf(SafeWriteError);
	return error as SafeWriteError;
}

/** Nothing but the named files: no temporary file is ever left behind. */
function entries(): string[] {
	return readdirSync(folder).sort();
}

describe('writeFileSafely', () => {
	it('creates a new file with mode 0600, whatever the umask', async () => {
		const previous = process.umask(0o000);
		try {
			const file = path.join(folder, 'handout.md');
			const result = await writeFileSafely(file, '<!-- ours -->\nhello\n', {isOurs: ours});
			expect(result).toEqual({path: file, isReplaced: false, bytes: 20});
			expect(readFileSync(file, 'utf8')).toBe('<!-- ours -->\nhello\n');
			expect(statSync(file).mode & 0o777).toBe(0o600);
			expect(entries()).toEqual(['handout.md']);
		} finally {
			process.umask(previous);
		}
	});

	it('replaces an earlier file it recognises, and gives it mode 0600', async () => {
		const file = path.join(folder, 'handout.md');
		writeFileSync(file, '<!-- ours -->\nold\n', {mode: 0o644});
		const result = await writeFileSafely(file, '<!-- ours -->\nnew\n', {isOurs: ours});
		expect(result.isReplaced).toBe(true);
		expect(readFileSync(file, 'utf8')).toBe('<!-- ours -->\nnew\n');
		expect(statSync(file).mode & 0o777).toBe(0o600);
		expect(entries()).toEqual(['handout.md']);
	});

	it('refuses a file it did not write, and leaves it as it was', async () => {
		const file = path.join(folder, 'notes.md');
		writeFileSync(file, 'my own notes\n');
		const error = await refusal(writeFileSafely(file, 'x', {isOurs: ours}));
		expect(error.reason).toBe('exists-not-ours');
		expect(readFileSync(file, 'utf8')).toBe('my own notes\n');
		// Without a recogniser nothing existing is ours.
		expect((await refusal(writeFileSafely(file, 'x'))).reason).toBe('exists-not-ours');
		expect(entries()).toEqual(['notes.md']);
	});

	it('replaces any regular file with force', async () => {
		const file = path.join(folder, 'notes.md');
		writeFileSync(file, 'my own notes\n');
		expect((await writeFileSafely(file, 'new', {force: true})).isReplaced).toBe(true);
		expect(readFileSync(file, 'utf8')).toBe('new');
	});

	it('never writes through a symbolic link, not even with force or to a file of ours', async () => {
		const target = path.join(folder, 'target.md');
		writeFileSync(target, '<!-- ours -->\nkeep\n');
		const link = path.join(folder, 'link.md');
		symlinkSync(target, link);
		for (const options of [{isOurs: ours}, {force: true}]) {
			expect((await refusal(writeFileSafely(link, 'x', options))).reason).toBe('is-symlink');
		}

		expect(readFileSync(target, 'utf8')).toBe('<!-- ours -->\nkeep\n');
		expect(lstatSync(link).isSymbolicLink()).toBe(true);
		// A dangling link too: writing through it would create its target.
		const dangling = path.join(folder, 'dangling.md');
		symlinkSync(path.join(folder, 'elsewhere.md'), dangling);
		expect((await refusal(writeFileSafely(dangling, 'x', {force: true}))).reason).toBe(
			'is-symlink',
		);
		expect(entries()).toEqual(['dangling.md', 'link.md', 'target.md']);
	});

	it('refuses folders, devices and FIFOs, with force too', async () => {
		const sub = path.join(folder, 'sub');
		mkdirSync(sub);
		expect((await refusal(writeFileSafely(sub, 'x', {force: true}))).reason).toBe('is-directory');
		if (process.getuid?.() === 0) {
			// A character device of our own (the null device's numbers), never the system's.
			const device = path.join(folder, 'device');
			execFileSync('mknod', [device, 'c', '1', '3']);
			expect((await refusal(writeFileSafely(device, 'x', {force: true}))).reason).toBe(
				'not-regular-file',
			);
			rmSync(device);
		}

		const fifo = path.join(folder, 'pipe');
		execFileSync('mkfifo', [fifo]);
		// Refused without opening it (opening a FIFO with no reader would block).
		expect((await refusal(writeFileSafely(fifo, 'x', {isOurs: ours}))).reason).toBe(
			'not-regular-file',
		);
		expect((await refusal(writeFileSafely(fifo, 'x', {force: true}))).reason).toBe(
			'not-regular-file',
		);
		expect(entries()).toEqual(['pipe', 'sub']);
	});

	it('refuses a path whose folder does not exist (or is a file)', async () => {
		expect((await refusal(writeFileSafely(path.join(folder, 'no', 'x.md'), 'x'))).reason).toBe(
			'no-folder',
		);
		writeFileSync(path.join(folder, 'file'), '');
		expect((await refusal(writeFileSafely(path.join(folder, 'file', 'x.md'), 'x'))).reason).toBe(
			'no-folder',
		);
	});

	it('reports an OS refusal as io-error with its code, and leaves no temporary file', async () => {
		// A name too long for the file system: the temporary file (short name) is written, then
		// naming it fails. Root ignores permissions, so this is the refusal every user gets.
		const error = await refusal(writeFileSafely(path.join(folder, 'x'.repeat(300)), 'x'));
		expect(error.reason).toBe('io-error');
		expect(error.code).toBe('ENAMETOOLONG');
		expect(entries()).toEqual([]);
		if (process.getuid?.() !== 0) {
			const locked = path.join(folder, 'locked');
			mkdirSync(locked, {mode: 0o500});
			const denied = await refusal(writeFileSafely(path.join(locked, 'x.md'), 'x'));
			expect(denied.code).toBe('EACCES');
			expect(readdirSync(locked)).toEqual([]);
		}
	});
});
