// man/smtp-doctor.1 (and man/id/smtp-doctor.1) are the --help text as a manual page: current
// with the sources (scripts/make-man.mjs regenerates them), listing every command and every
// flag --help lists, and clean for groff (no warnings) and man.
import {execFileSync, spawnSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {commands} from '../../source/cli/commands.js';
import {flagDefinitions} from '../../source/cli/flags.js';
import {helpText} from '../../source/cli/help.js';
import {manPage} from '../../source/cli/man-page.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {version: string};
const pages = {en: 'man/smtp-doctor.1', id: 'man/id/smtp-doctor.1'} as const;

/** What man shows: the page rendered to plain text at 100 columns. */
function rendered(file: string): string {
	return execFileSync('man', ['-l', path.join(root, file)], {
		encoding: 'utf8',
		env: {...process.env, MANWIDTH: '100', MAN_KEEP_FORMATTING: '', LANG: 'C.UTF-8'},
	});
}

describe('the man page', () => {
	it.each(Object.entries(pages))(
		'%s: the committed page is the one the sources make',
		async (lang, file) => {
			const current = readFileSync(path.join(root, file), 'utf8');
			expect(current, 'run node scripts/make-man.mjs').toBe(
				await manPage(pkg.version, lang as 'en' | 'id'),
			);
		},
	);

	it('lists every command and every flag of --help, with the same descriptions', async () => {
		const text = rendered(pages.en);
		const help = await helpText(pkg.version, 'en');
		for (const command of commands) {
			expect(text).toContain(command.usage);
		}

		for (const definition of Object.values(flagDefinitions)) {
			if (definition.help) expect(text).toContain(definition.help);
		}

		// Each description line of --help appears in the page (man wraps long ones).
		const flat = text.replaceAll(/\s+/g, ' ');
		for (const line of help.split('\n').filter((item) => /^ {4}\S.* {2,}\S/.test(item))) {
			const description = line.trim().split(/ {2,}/)[1]!;
			expect(flat).toContain(description.replaceAll(/\s+/g, ' '));
		}
	});

	it.each(Object.values(pages))('%s renders without a groff warning', (file) => {
		const result = spawnSync('groff', ['-man', '-Tutf8', '-ww', '-z', path.join(root, file)], {
			encoding: 'utf8',
		});
		expect(result.status).toBe(0);
		expect(result.stderr).toBe('');
	});
});
