// `smtp-doctor lessons` on the built CLI: the list, one lesson, and the handout export with
// every refusal the safe writer makes (one line on stderr, exit 2, the file left alone).
import {
	lstatSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	rmSync,
	statSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {handoutMarker} from '../../source/lessons/handout.js';
import {lessonIds} from '../../source/lessons/index.js';
import {assertBuilt, runCli} from './cli-helpers.js';

let folder: string;

beforeAll(() => {
	assertBuilt();
	folder = mkdtempSync(path.join(tmpdir(), 'smtp-doctor-lessons-'));
});

afterAll(() => {
	if (folder) rmSync(folder, {recursive: true, force: true});
});

describe('smtp-doctor lessons', () => {
	it('lists every lesson by shelf, with its id', async () => {
		const run = await runCli(['lessons']);
		expect(run.code).toBe(0);
		expect(run.stderr).toBe('');
		for (const id of lessonIds) {
			expect(run.stdout).toMatch(new RegExp(`^  ${id} +\\S`, 'm'));
		}

		expect(run.stdout).toMatch(/^Myths and facts:$/m);
		expect(run.stdout).toContain('--export FILE.md');
	});

	it('prints one lesson within 80 columns, in the language asked for', async () => {
		const run = await runCli(['lessons', 'myths', '--lang', 'id']);
		expect(run.code).toBe(0);
		expect(run.stdout.split('\n')[0]).toBe('Mitos dan fakta');
		expect(run.stdout).toContain('"465 sudah usang"');
		for (const line of run.stdout.split('\n')) {
			expect([...line].length).toBeLessThanOrEqual(80);
		}
	});

	it('refuses an unknown lesson and stray flags with one line and exit 2', async () => {
		for (const [args, message] of [
			[['lessons', 'port-9999'], /Unknown lesson "port-9999"/],
			[['lessons', '--force'], /--force only applies with --export FILE/],
			[['lessons', 'ssl', 'tls'], /Unexpected argument "tls"/],
			[['lessons', '--json'], /--json does not apply to the lessons command/],
			[
				['check', 'localhost', '--export', 'x.md'],
				/--export .*does not apply to the check command/,
			],
		] as const) {
			const run = await runCli(args);
			expect(run.code, args.join(' ')).toBe(2);
			expect(run.stderr).toMatch(message);
			expect(run.stderr.trim().split('\n')).toHaveLength(1);
			expect(run.stdout).toBe('');
		}
	});
});

describe('smtp-doctor lessons --export', () => {
	it('writes the handout as a new file with mode 0600 and says what it wrote', async () => {
		const file = path.join(folder, 'handout.md');
		const run = await runCli(['lessons', '--export', file]);
		expect(run.code).toBe(0);
		expect(run.stdout).toMatch(
			/^Wrote the handout to ".*handout\.md": 21 lessons, 6 myths, the port table \(\d+ KiB\)\.\n$/,
		);
		const text = readFileSync(file, 'utf8');
		expect(text.split('\n')[0]).toBe(handoutMarker);
		expect(text).toContain('### Myths and facts');
		expect(statSync(file).mode & 0o777).toBe(0o600);
	});

	it('replaces an earlier handout, in another language too', async () => {
		const file = path.join(folder, 'again.md');
		expect((await runCli(['lessons', '--export', file])).code).toBe(0);
		const run = await runCli(['lessons', '--export', file, '--lang', 'id']);
		expect(run.code).toBe(0);
		expect(run.stdout).toContain('menggantikan yang lama');
		expect(readFileSync(file, 'utf8')).toContain('### Mitos dan fakta');
	});

	it('leaves a file it did not write alone unless --force is given', async () => {
		const file = path.join(folder, 'notes.md');
		writeFileSync(file, '# My notes\n');
		const refused = await runCli(['lessons', '--export', file]);
		expect(refused.code).toBe(2);
		expect(refused.stderr).toMatch(
			/^smtp-doctor: --export: ".*notes\.md" exists and is not an earlier handout; choose another name, or add --force to replace it\n$/,
		);
		expect(readFileSync(file, 'utf8')).toBe('# My notes\n');
		const forced = await runCli(['lessons', '--export', file, '--force']);
		expect(forced.code).toBe(0);
		expect(readFileSync(file, 'utf8').startsWith(handoutMarker)).toBe(true);
	});

	it('never writes through a symlink, into a folder or to a missing folder', async () => {
		const target = path.join(folder, 'target.md');
		writeFileSync(target, `${handoutMarker}\nkeep\n`);
		const link = path.join(folder, 'link.md');
		symlinkSync(target, link);
		const cases = [
			[link, /is a symbolic link; not writing through it/],
			[folder, /is a folder; give a file name such as lessons\.md/],
			[path.join(folder, 'missing', 'x.md'), /the folder of ".*x\.md" does not exist/],
		] as const;
		for (const [file, message] of cases) {
			const run = await runCli(['lessons', '--export', file, '--force']);
			expect(run.code, file).toBe(2);
			expect(run.stderr).toMatch(message);
		}

		expect(readFileSync(target, 'utf8')).toBe(`${handoutMarker}\nkeep\n`);
		expect(lstatSync(link).isSymbolicLink()).toBe(true);
		// Nothing else appeared: no temporary file, no file behind the link.
		expect(readdirSync(folder).filter((name) => name.startsWith('.'))).toEqual([]);
	});

	it('escapes a hostile file name in its messages', async () => {
		const run = await runCli(['lessons', '--export', path.join(folder, 'no\u001B[31m', 'x.md')]);
		expect(run.code).toBe(2);
		expect(run.stderr).not.toContain('\u001B');
		expect(run.stderr).toContain('\\x1b');
	});
});

describe('smtp-doctor practice without a terminal', () => {
	it('says it needs one and points at the handout, exit 2', async () => {
		const run = await runCli(['practice']);
		expect(run.code).toBe(2);
		expect(run.stderr).toMatch(/^smtp-doctor: practice is interactive and needs a terminal/);
		expect(run.stdout).toBe('');
		const extra = await runCli(['practice', 'now']);
		expect(extra.stderr).toMatch(/Unexpected argument "now": practice takes no arguments/);
		const flag = await runCli(['practice', '--json']);
		expect(flag.stderr).toMatch(/--json does not apply to the practice command/);
	});
});
