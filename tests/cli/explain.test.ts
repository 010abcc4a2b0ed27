// smtp-doctor explain: a pasted error from the arguments or stdin, plain and JSON, and with
// --probe checked against a real server: the TLS-at-once error of nodemailer against a port
// that speaks STARTTLS is proved by the probe.
import {spawn} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {afterAll, beforeAll, expect, test} from 'vitest';
import {startSmtpServer, type TestServer} from '../helpers/servers.js';
import {createLeafCertificate, createTestCa} from '../helpers/certificates.js';
import {cliEnv, cliPath, runCli} from './cli-helpers.js';

const nodemailerErrors = JSON.parse(
	readFileSync(new URL('../fixtures/client-errors/nodemailer.json', import.meta.url), 'utf8'),
) as Array<{expectedCause: string; text: string}>;
const tlsOnStarttls = nodemailerErrors.find(
	(entry) => entry.expectedCause === 'tls-on-starttls-port',
)!;

let server: TestServer;
beforeAll(async () => {
	const ca = await createTestCa();
	const leaf = await createLeafCertificate({ca});
	// STARTTLS on a plain port: what a client that starts TLS at once meets on 587.
	server = await startSmtpServer({key: leaf.key, cert: leaf.cert, authOptional: true});
});

afterAll(async () => {
	await server.close();
});

test('from the arguments: the client, the causes with why and fix, exit 0', async () => {
	const run = await runCli(['explain', tlsOnStarttls.text]);
	expect(run.code).toBe(0);
	expect(run.stdout).toMatch(/^Client: nodemailer \(Node\.js\)\n/);
	expect(run.stdout).toContain('1. TLS at once (SSL) on a port that starts in plain text (high)');
	expect(run.stdout).toContain('Fix: In nodemailer: secure: false + requireTLS: true');
});

test('--lang id: the frame words and the causes in Indonesian, the same lines the app shows', async () => {
	const run = await runCli(['explain', '--lang', 'id', tlsOnStarttls.text]);
	expect(run.code).toBe(0);
	expect(run.stdout).toMatch(/^Klien: nodemailer \(Node\.js\)\n/);
	expect(run.stdout).toContain(
		'1. TLS langsung (SSL) pada port yang mulai dengan teks biasa (tinggi)',
	);
	expect(run.stdout).toContain('   Sebab: ');
	expect(run.stdout).toContain('   Perbaikan: Di nodemailer: secure: false + requireTLS: true');
	expect(run.stdout).not.toMatch(/^\s*(Why|Fix|Client):/m);
});

test('from stdin with -, as JSON with stable cause codes', async () => {
	const child = spawn(process.execPath, [cliPath, 'explain', '-', '--json'], {
		env: cliEnv(),
		stdio: ['pipe', 'pipe', 'pipe'],
	});
	child.stdin.end(tlsOnStarttls.text);
	let stdout = '';
	child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
		stdout += chunk;
	});
	const code = await new Promise((resolve) => child.once('close', resolve));
	expect(code).toBe(0);
	const json = JSON.parse(stdout) as {client: string; causes: Array<{code: string}>};
	expect(json.client).toBe('nodemailer');
	expect(json.causes[0]?.code).toBe('tls-on-starttls-port');
});

test('--probe: the cause is checked against the real server', async () => {
	const run = await runCli([
		'explain',
		tlsOnStarttls.text,
		'--probe',
		'127.0.0.1',
		'--ports',
		String(server.port),
		'--json',
	]);
	expect(run.code, run.stderr).toBe(0);
	const json = JSON.parse(run.stdout) as {
		probe: {host: string; ports: number[]};
		causes: Array<{code: string; confirmed: boolean | null; proof?: string}>;
	};
	expect(json.probe).toEqual({host: '127.0.0.1', ports: [server.port]});
	const cause = json.causes.find((entry) => entry.code === 'tls-on-starttls-port');
	expect(cause?.confirmed).toBe(true);
	expect(cause?.proof).toContain(String(server.port));
});

test('bad input: one line, exit 2', async () => {
	const empty = await runCli(['explain', '   ']);
	expect(empty).toMatchObject({
		code: 2,
		stdout: '',
		stderr: 'smtp-doctor: explain: the text is empty\n',
	});
	const client = await runCli(['explain', 'x', '--client', 'nope']);
	expect(client.code).toBe(2);
	expect(client.stderr).toMatch(/^smtp-doctor: --client: unknown client "nope"[^\n]*\n$/);
	const host = await runCli(['explain', 'x', '--probe', 'bad host']);
	expect(host.code).toBe(2);
	expect(host.stderr.split('\n')).toHaveLength(2);
});
