// `smtp-doctor completion bash|zsh|fish` from the built CLI: bash's own completion machinery
// (complete, compgen) runs the generated function on typed command lines; zsh and fish parse
// their scripts. Every flag --help shows is offered, and only where its command takes it.
import {execFileSync, spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {flagDefinitions} from '../../source/cli/flags.js';
import {assertBuilt, runCli} from './cli-helpers.js';

let folder: string;
let bashScript: string;

beforeAll(async () => {
	assertBuilt();
	folder = mkdtempSync(path.join(tmpdir(), 'smtp-doctor-completion-'));
	const run = await runCli(['completion', 'bash']);
	expect(run.code).toBe(0);
	bashScript = path.join(folder, 'smtp-doctor.bash');
	writeFileSync(bashScript, run.stdout);
	writeFileSync(path.join(folder, 'ca-bundle.pem'), '');
	writeFileSync(path.join(folder, 'report.md'), '');
});

afterAll(() => {
	if (folder) rmSync(folder, {recursive: true, force: true});
});

/** What bash offers for the typed words (the last one is being completed), sorted. */
function complete(...words: string[]): string[] {
	const array = words.map((word) => `'${word}'`).join(' ');
	const output = execFileSync(
		'bash',
		[
			'--norc',
			'-c',
			`source "$0"; COMP_WORDS=(smtp-doctor ${array}); COMP_CWORD=${words.length}; _smtp_doctor; printf '%s\\n' "\${COMPREPLY[@]}"`,
			bashScript,
		],
		{cwd: folder, encoding: 'utf8'},
	);
	return output.split('\n').filter(Boolean).sort();
}

describe('bash completion', () => {
	it('registers _smtp_doctor for smtp-doctor with complete', () => {
		const output = execFileSync(
			'bash',
			['--norc', '-c', 'source "$0"; complete -p smtp-doctor', bashScript],
			{
				encoding: 'utf8',
			},
		);
		expect(output.trim()).toBe('complete -F _smtp_doctor smtp-doctor');
	});

	it('completes commands in first place', () => {
		expect(complete('')).toEqual([
			'check',
			'clients',
			'completion',
			'discover',
			'explain',
			'lessons',
			'practice',
			'presets',
		]);
		expect(complete('ch')).toEqual(['check']);
		expect(complete('co')).toEqual(['completion']);
	});

	it('offers the flags a command takes, and no others', () => {
		expect(complete('check', '--p')).toEqual([
			'--password',
			'--password-stdin',
			'--plain',
			'--ports',
			'--preset',
		]);
		expect(complete('presets', '--')).toEqual([
			'--help',
			'--json',
			'--lang',
			'--no-color',
			'--plain',
			'--version',
		]);
		expect(complete('discover', 'example.com', '--p')).toEqual(['--plain']);
		expect(complete('completion', '--j')).toEqual([]);
		expect(complete('lessons', '--')).toEqual([
			'--export',
			'--force',
			'--help',
			'--lang',
			'--no-color',
			'--version',
		]);
		expect(complete('check', 'h', '--ex')).toEqual([]);
	});

	it('offers every flag spelling --help shows (for `smtp-doctor HOST`)', () => {
		const offered = new Set(complete('-'));
		for (const definition of Object.values(flagDefinitions)) {
			for (const spelling of (definition.help ?? '')
				.split(/[\s,]+/)
				.filter((token) => token.startsWith('-'))) {
				expect(offered, spelling).toContain(spelling);
			}
		}
	});

	it("completes a flag's value from the table that checks it", () => {
		expect(complete('check', 'mail.example.com', '--mode', 's')).toEqual(['starttls']);
		expect(complete('-m', '')).toEqual(['auto', 'implicit-tls', 'none', 'starttls']);
		expect(complete('--lang', '')).toEqual(['en', 'id']);
		expect(complete('check', 'h', '--auth-mech', 'X')).toEqual(['XOAUTH2']);
		expect(complete('check', '--preset', 'gma')).toEqual(['gmail']);
		// A free value (a port list, a host) gets no suggestions, not the flag list.
		expect(complete('check', 'h', '--ports', '')).toEqual([]);
		// Files where a file is wanted.
		expect(complete('check', 'h', '--ca', 'ca')).toEqual(['ca-bundle.pem']);
		expect(complete('check', 'h', '--report', 'rep')).toEqual(['report.md']);
		expect(complete('lessons', '--export', 'rep')).toEqual(['report.md']);
	});

	it('completes the words after a command or --lab', () => {
		expect(complete('completion', '')).toEqual(['bash', 'fish', 'zsh']);
		expect(complete('presets', 'gm')).toEqual(['gmail', 'gmx']);
		expect(complete('lessons', 'port-4')).toEqual(['port-465']);
		expect(complete('--lab', 'c')).toEqual(['classic']);
		// A host is not a command: nothing fixed follows it.
		expect(complete('mail.example.com', '')).toEqual([]);
		// A flag's value is not the command: `-p 25 ch` still completes the command.
		expect(complete('-p', '25', 'ch')).toEqual(['check']);
	});
});

describe('zsh and fish completion', () => {
	const hasShell = (shell: string) => spawnSync(shell, ['-c', 'exit 0']).status === 0;

	it('zsh parses the script and registers it with compdef', async () => {
		expect(hasShell('zsh'), 'zsh is installed (.ci/run installs it)').toBe(true);
		const run = await runCli(['completion', 'zsh']);
		const file = path.join(folder, '_smtp-doctor');
		writeFileSync(file, run.stdout);
		const parsed = spawnSync('zsh', ['-n', file], {encoding: 'utf8'});
		expect(parsed.stderr).toBe('');
		expect(parsed.status).toBe(0);
		const loaded = spawnSync(
			'zsh',
			[
				'-f',
				'-c',
				'autoload -Uz compinit && compinit -u -D && source "$1" && print -r -- ${_comps[smtp-doctor]}',
				'zsh',
				file,
			],
			{encoding: 'utf8', env: {...process.env, HOME: folder}},
		);
		expect(loaded.stderr).toBe('');
		expect(loaded.stdout.trim()).toBe('_smtp_doctor');
	});

	it('fish parses the script and lists the completions it defines', async () => {
		expect(hasShell('fish'), 'fish is installed (.ci/run installs it)').toBe(true);
		const run = await runCli(['completion', 'fish']);
		const file = path.join(folder, 'smtp-doctor.fish');
		writeFileSync(file, run.stdout);
		const parsed = spawnSync('fish', ['--no-execute', file], {encoding: 'utf8'});
		expect(parsed.stderr).toBe('');
		expect(parsed.status).toBe(0);
		const offered = spawnSync(
			'fish',
			['--no-config', '-c', `source ${file}; complete --do-complete 'smtp-doctor check --po'`],
			{encoding: 'utf8', env: {...process.env, HOME: folder, XDG_CONFIG_HOME: folder}},
		);
		expect(offered.stderr).toBe('');
		expect(offered.stdout).toMatch(/^--ports\t/m);
		const presets = spawnSync(
			'fish',
			['--no-config', '-c', `source ${file}; complete --do-complete 'smtp-doctor presets --po'`],
			{encoding: 'utf8', env: {...process.env, HOME: folder, XDG_CONFIG_HOME: folder}},
		);
		expect(presets.stdout).toBe('');
	});
});

it('refuses an unknown shell with one line and exit 2', async () => {
	const run = await runCli(['completion', 'tcsh']);
	expect(run.code).toBe(2);
	expect(run.stdout).toBe('');
	expect(run.stderr).toBe(
		'smtp-doctor: Unknown shell "tcsh": use smtp-doctor completion bash|zsh|fish\n',
	);
});
