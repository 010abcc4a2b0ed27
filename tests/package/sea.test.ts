// The single executable (`npm run package` -> release/smtp-doctor) on a machine without Node:
// every run here has a PATH that holds no `node` at all (checked), so whatever works came out
// of the file itself: --version, check against a real loopback smtp-server (STARTTLS with a
// throwaway CA, plain and JSON), the lab headless, and the interactive app in a pty.
import {execFileSync, spawn, spawnSync} from 'node:child_process';
import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {startScreen, type Screen} from '../../scripts/pty-screen.mjs';
import {createLeafCertificate, createTestCa} from '../helpers/certificates.js';
import {startSmtpServer, type TestServer} from '../helpers/servers.js';
import {jsonReportSchema} from '../report/json-schema.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const sea = path.join(root, 'release', 'smtp-doctor');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {version: string};

let folder: string;
/** A PATH with no node on it: one empty folder. */
let noNodePath: string;
let server: TestServer;
let caFile: string;

type Run = {readonly code: number | null; readonly stdout: string; readonly stderr: string};

/** Runs the single file with pipes and a minimal environment (no node, no NODE_OPTIONS). */
async function runSea(args: readonly string[]): Promise<Run> {
	const child = spawn(sea, [...args], {
		env: {PATH: noNodePath, HOME: folder, LANG: 'C'},
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let stdout = '';
	let stderr = '';
	child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
	child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
	return new Promise((resolve, reject) => {
		child.once('error', reject);
		child.once('close', (code) => {
			resolve({code, stdout, stderr});
		});
	});
}

beforeAll(async () => {
	if (!existsSync(sea)) {
		// `.ci/run` builds it first (`npm run package`); a developer's `npm test` builds it here.
		execFileSync(process.execPath, [path.join(root, 'scripts', 'package-sea.mjs')], {
			cwd: root,
			stdio: 'inherit',
		});
	}

	folder = mkdtempSync(path.join(tmpdir(), 'smtp-doctor-sea-'));
	noNodePath = path.join(folder, 'bin');
	mkdirSync(noNodePath);
	const ca = await createTestCa();
	const leaf = await createLeafCertificate({ca});
	caFile = path.join(folder, 'ca.pem');
	writeFileSync(caFile, ca.cert);
	server = await startSmtpServer({
		key: leaf.key,
		cert: leaf.cert,
		authOptional: true,
		hideSTARTTLS: false,
	});
}, 240_000);

afterAll(async () => {
	await server?.close();
	if (folder) rmSync(folder, {recursive: true, force: true});
});

describe('release/smtp-doctor, the single executable', () => {
	it('is one ELF file; the PATH of these runs has no node', () => {
		const size = statSync(sea).size;
		console.log(`single executable: ${sea} ${(size / 1024 / 1024).toFixed(1)} MiB`);
		expect(readFileSync(sea).subarray(0, 4).toString('latin1')).toBe('\u007FELF');
		const lookup = spawnSync('/bin/sh', ['-c', 'command -v node'], {env: {PATH: noNodePath}});
		expect(lookup.status).not.toBe(0);
	});

	it('--version prints the package version', async () => {
		const run = await runSea(['--version']);
		expect(run).toEqual({code: 0, stdout: `${pkg.version}\n`, stderr: ''});
	});

	it('check against a loopback smtp-server: STARTTLS recommended, plain and --json', async () => {
		const args = ['check', '127.0.0.1', '--ports', String(server.port), '--ca', caFile];
		const plain = await runSea([...args, '--no-color']);
		expect(plain.stderr).toBe('');
		expect(plain.code).toBe(0);
		expect(plain.stdout).toContain(
			`Host 127.0.0.1 - Port ${server.port} - Encryption STARTTLS - Authentication:`,
		);

		const json = await runSea([...args, '--json']);
		expect(json.stderr).toBe('');
		expect(json.code).toBe(0);
		const report = jsonReportSchema.parse(JSON.parse(json.stdout));
		expect(report.tool.version).toBe(pkg.version);
		expect(report.ports[0]?.verdict.code).toBe('starttls-ok');
		expect(report.ports[0]?.tls).toMatchObject({isTrusted: true});
		expect(report.recommendation).toMatchObject({port: server.port, encryption: 'starttls'});
	});

	it('--lab off a terminal prints the lab report (its servers run inside the file)', async () => {
		const run = await runSea(['--lab', '--no-color']);
		expect(run.stderr).toBe('');
		expect(run.code).toBe(0);
		expect(run.stdout).toContain('Lab: a provider like Hostinger');
		expect(run.stdout).toMatch(/465\s+SSL\/TLS\s+✔ OK/);
		expect(run.stdout).toContain('Host smtp.lab.test - Port 465 - Encryption SSL/TLS');
	});

	it('opens the interactive app (Ink, React, Yoga in the file) in a pty and quits with q', async () => {
		let screen: Screen | undefined;
		try {
			screen = startScreen(sea, [], {
				cols: 80,
				rows: 24,
				cwd: folder,
				env: {PATH: noNodePath, HOME: folder, LANG: 'C'},
			});
			const home = await screen.waitFor('Pick your mail provider', 30_000);
			expect(home).toContain('smtp-doctor: which SMTP port and encryption work from here?');
			expect(home).toMatch(/q quit/);
			screen.press('q');
			expect((await screen.exited).exitCode).toBe(0);
		} finally {
			screen?.dispose();
		}
	});
});
