// `--transcript` / `-v` prints each port's transcript swaks-style after the table; `--servername`
// checks the certificate against a name while connecting by IP (like openssl -servername).
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, expect, test} from 'vitest';
import {createLeafCertificate, createTestCa} from '../helpers/certificates.js';
import {startSmtpServer, type TestServer} from '../helpers/servers.js';
import {jsonReportSchema} from '../report/json-schema.js';
import {runCli, startPlainSmtp, type LoopbackServer} from './cli-helpers.js';

let plain: LoopbackServer;
let tlsServer: TestServer;
let caFile: string;

beforeAll(async () => {
	plain = await startPlainSmtp({banner: 'localhost ESMTP \u001B[31mred'});
	const ca = await createTestCa();
	// Named for mail.example.test only (no IP SAN): by IP alone the name cannot match.
	const leaf = await createLeafCertificate({ca, names: ['mail.example.test'], ips: []});
	caFile = path.join(mkdtempSync(path.join(tmpdir(), 'smtp-doctor-sni-')), 'ca.pem');
	writeFileSync(caFile, ca.cert);
	tlsServer = await startSmtpServer({key: leaf.key, cert: leaf.cert, authOptional: true});
});

afterAll(async () => {
	await plain.close();
	await tlsServer.close();
});

test.each([['-v'], ['--transcript']])(
	'%s: transcript with arrows and ms, escaped',
	async (flag) => {
		const run = await runCli([
			'check',
			'127.0.0.1',
			'--ports',
			String(plain.port),
			'--mode',
			'none',
			flag,
		]);
		const lines = run.stdout.split('\n');
		const table = lines.findIndex((line) => /^Port\s+Encryption/.test(line));
		const heading = lines.indexOf(`Port ${plain.port}`);
		expect(heading).toBeGreaterThan(table);
		expect(run.stdout).toMatch(/^\s+\d+ ms <- {2}220 localhost ESMTP \\+x1b\[31mred$/m);
		expect(run.stdout).toMatch(/^\s+\d+ ms {2}-> EHLO /m);
		expect(run.stdout).toMatch(/^\s+\d+ ms {2}-> QUIT$/m);
		expect(run.stdout).not.toContain('\u001B');
	},
);

test('without --transcript no transcript is printed', async () => {
	const run = await runCli(['check', '127.0.0.1', '--ports', String(plain.port), '--mode', 'none']);
	expect(run.stdout).not.toMatch(/ -> EHLO/);
});

test('TLS lines use ~> and <~', async () => {
	const run = await runCli([
		'check',
		'127.0.0.1',
		'--servername',
		'mail.example.test',
		'--ports',
		String(tlsServer.port),
		'--ca',
		caFile,
		'-v',
	]);
	expect(run.stdout).toMatch(/^\s+\d+ ms {2}-> STARTTLS$/m);
	expect(run.stdout).toMatch(/^\s+\d+ ms {2}~> EHLO /m);
	expect(run.stdout).toMatch(/^\s+\d+ ms {2}<~ 250[- ]/m);
});

test('--servername: connect by IP, check the certificate against the name', async () => {
	const args = ['check', '127.0.0.1', '--ports', String(tlsServer.port), '--ca', caFile, '--json'];
	const byIp = jsonReportSchema.parse(JSON.parse((await runCli(args)).stdout));
	expect(byIp.ports[0]?.tls?.isHostnameMatch).toBe(false);
	const run = await runCli([...args, '--servername', 'mail.example.test']);
	expect(run.code).toBe(0);
	const report = jsonReportSchema.parse(JSON.parse(run.stdout));
	expect(report.ports[0]?.tls).toMatchObject({
		servername: 'mail.example.test',
		isHostnameMatch: true,
		isTrusted: true,
	});
});

test.each([
	['127.0.0.1', /--servername: "127\.0\.0\.1" is an address/],
	['bad_name', /--servername: "bad_name" is not a valid host name/],
])('--servername %s: usage error', async (value, message) => {
	const run = await runCli(['check', '127.0.0.1', '--servername', value]);
	expect(run.code).toBe(2);
	expect(run.stderr).toMatch(message);
});
