// `smtp-doctor check` runs from the one-file build (distribution/check.cjs, scripts/build.mjs):
// proof by removal, as in headless-no-ui.test.ts. The copy below has no split build at all
// (no app.js, no chunks/), only check.cjs, the lazy/ files and the launchers, and a check still
// takes every path it has: STARTTLS with --ca, a login and a test message (the message
// composer is a lazy file), Indonesian (another), a Markdown report (another), --client,
// --help. A route the build left out would throw "... is not in the check build" here.
import {spawn} from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, expect, test} from 'vitest';
import {testCertificates} from '../helpers/certificates.js';
import {startAuthServer, type RunningServer} from '../helpers/servers.js';
import {assertBuilt, cliEnv, cliPath} from './cli-helpers.js';

let copy: string;
let folder: string;
let caFile: string;
let server: RunningServer;

beforeAll(async () => {
	assertBuilt();
	folder = mkdtempSync(path.join(tmpdir(), 'smtp-doctor-check-build-'));
	copy = path.join(folder, 'distribution');
	cpSync(path.dirname(cliPath), copy, {recursive: true});
	rmSync(path.join(copy, 'chunks'), {recursive: true});
	rmSync(path.join(copy, 'app.js'));
	caFile = path.join(folder, 'ca.pem');
	writeFileSync(caFile, (await testCertificates()).ca);
	server = await startAuthServer('doctor', 'Secret-Canary-9');
});

afterAll(async () => {
	await server.close();
	rmSync(folder, {recursive: true, force: true});
});

async function run(
	launcher: 'cli.js' | 'cli.cjs',
	args: readonly string[],
	env: NodeJS.ProcessEnv = {},
): Promise<{code: number | null; stdout: string; stderr: string}> {
	const child = spawn(process.execPath, [path.join(copy, launcher), ...args], {
		env: cliEnv({SMTP_DOCTOR_PASSWORD: 'Secret-Canary-9', ...env}),
		cwd: folder,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let stdout = '';
	let stderr = '';
	child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
		stdout += chunk;
	});
	child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
		stderr += chunk;
	});
	const code = await new Promise<number | null>((resolve) => {
		child.once('close', resolve);
	});
	return {code, stdout, stderr};
}

const target = () => ['localhost', '-4', '--ports', String(server.port), '--ca', caFile];

test('a check with a login and a test message needs no file of the split build', async () => {
	const result = await run('cli.js', [
		'check',
		...target(),
		'--user',
		'doctor',
		'--send-to',
		'postmaster@example.test',
		'--from',
		'doctor@example.test',
		'--yes',
		'--json',
	]);
	expect(result.stderr).toBe('');
	expect(result.code).toBe(0);
	const report = JSON.parse(result.stdout) as {ports: Array<{verdict: {code: string}}>};
	expect(report.ports[0]?.verdict.code).toBe('starttls-ok');
	expect(server.auths).toContainEqual({method: 'PLAIN', username: 'doctor'});
	expect(server.messages).toHaveLength(1);
	expect(result.stdout).not.toContain('Secret-Canary');
});

test('Indonesian, a Markdown report, --client and --help from the one file', async () => {
	const report = path.join(folder, 'report.md');
	const result = await run('cli.cjs', [
		'check',
		...target(),
		'--lang',
		'id',
		'--report',
		report,
		'--client',
		'nodemailer',
	]);
	expect(result.code).toBe(0);
	expect(result.stdout).toContain('Artinya');
	expect(result.stdout).toContain('nodemailer');
	expect(existsSync(report)).toBe(true);
	expect(readFileSync(report, 'utf8')).toMatch(/^# smtp-doctor: localhost/);

	const help = await run('cli.cjs', ['check', '--help']);
	expect(help.code).toBe(0);
	expect(help.stdout).toContain('smtp-doctor check HOST');
});

test("a user's own preset (its file is checked by a lazy file) from the one file", async () => {
	const config = path.join(folder, 'config');
	mkdirSync(path.join(config, 'smtp-doctor'), {recursive: true});
	writeFileSync(
		path.join(config, 'smtp-doctor', 'presets.json'),
		JSON.stringify({
			presets: [
				{
					id: 'mine',
					name: 'My relay',
					host: 'localhost',
					ports: [{port: server.port, encryption: 'starttls'}],
					recommendedPort: server.port,
				},
			],
		}),
	);
	const result = await run(
		'cli.js',
		['check', '--preset', 'mine', '-4', '--ca', caFile, '--json'],
		{
			XDG_CONFIG_HOME: config,
		},
	);
	expect(result.stderr).toBe('');
	expect(result.code).toBe(0);
	expect(JSON.parse(result.stdout)).toMatchObject({
		recommendation: {port: server.port, encryption: 'starttls'},
	});
});

test('the launchers send every other command line to the split build', async () => {
	// The copy has no app.js: a command line routed there fails to load it, which is the proof.
	for (const args of [['presets'], ['check', '--lab'], ['check', '--targets', '-'], []]) {
		const result = await run('cli.js', args);
		expect(result.code, args.join(' ')).not.toBe(0);
		expect(result.stderr, args.join(' ')).toMatch(/app\.js/);
	}
});
