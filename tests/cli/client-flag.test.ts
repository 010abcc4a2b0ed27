// --client NAME: what to type into the user's own client, from this run's diagnosis, in plain
// text and as `clientSettings` in the JSON; never a port that failed. The built-in lab (real
// servers on loopback) and a closed port.
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {expect, test} from 'vitest';
import {testCertificates} from '../helpers/certificates.js';
import {closedPort, startSmtpServer} from '../helpers/servers.js';
import {jsonReportSchema} from '../report/json-schema.js';
import {runCli} from './cli-helpers.js';

test('plain: the recommended and the runner-up snippet in the client words, after the report', async () => {
	const run = await runCli(['check', '--lab', '--client', 'nodemailer,thunderbird']);
	expect(run.code).toBe(0);
	const tail = run.stdout.slice(run.stdout.indexOf('Recommended settings'));
	expect(tail).toContain(
		'In nodemailer (Node.js) (JavaScript (ES module)): port 465, secure: true (recommended)',
	);
	expect(tail).toContain('      secure: true,');
	expect(tail).toMatch(/In Thunderbird .*: port 465, SSL\/TLS \(recommended\)/);
	expect(tail).toMatch(/In Thunderbird .*: port 587, STARTTLS \(runner-up\)/);
	expect(tail).not.toContain('\\t');
});

test('JSON: clientSettings follow the recommendation; every port in them worked in this run', async () => {
	const run = await runCli(['check', '--lab', '--client', 'all', '--json']);
	const report = jsonReportSchema.parse(JSON.parse(run.stdout));
	const settings = report.clientSettings ?? [];
	expect(settings.length).toBeGreaterThan(10);
	const working = new Set(
		report.ports.filter((port) => port.verdict.severity === 'ok').map((port) => port.port),
	);
	for (const entry of settings) {
		expect(working.has(entry.port), `${entry.client} ${entry.port}`).toBe(true);
		if (entry.choice === 'recommended') {
			expect(entry.port).toBe(report.recommendation?.port);
		}
	}

	// Without --client the field is there and null (one schema for scripts).
	const plain = jsonReportSchema.parse(
		JSON.parse((await runCli(['check', '--lab', '--json'])).stdout),
	);
	expect(plain.clientSettings).toBeNull();
});

test('nothing works: no snippet is shown (none would be true), JSON has an empty list', async () => {
	const port = String(await closedPort());
	const args = ['check', '127.0.0.1', '--ports', port, '--client', 'msmtp'];
	const plain = await runCli(args);
	expect(plain.code).toBe(1);
	expect(plain.stdout).toContain(
		'No encrypted setting worked in this run: no client settings would be true to show.',
	);
	expect(plain.stdout).not.toContain('msmtprc');
	const json = jsonReportSchema.parse(JSON.parse((await runCli([...args, '--json'])).stdout));
	expect(json.clientSettings).toEqual([]);
});

test('an unknown client is one line, exit 2, before any probe', async () => {
	const run = await runCli(['check', '--lab', '--client', 'nodemailr']);
	expect(run.code).toBe(2);
	expect(run.stdout).toBe('');
	expect(run.stderr).toBe(
		'smtp-doctor: --client: unknown client "nodemailr"; smtp-doctor clients lists them (for example nodemailer, thunderbird)\n',
	);
});

test('smtp-doctor clients lists the ids, also as JSON', async () => {
	const run = await runCli(['clients']);
	expect(run.code).toBe(0);
	expect(run.stdout).toMatch(/^nodemailer +nodemailer \(Node\.js\)/m);
	expect(run.stdout).toMatch(/^thunderbird +/m);
	const json = JSON.parse((await runCli(['clients', '--json'])).stdout) as Array<{id: string}>;
	expect(json.map((entry) => entry.id)).toContain('phpmailer');
});

test('STARTTLS offered but login offered before it: starttls-optional, and the client snippet says how to require it', async () => {
	const certs = await testCertificates();
	// smtp-server lists AUTH before STARTTLS too (allowInsecureAuth only decides whether it accepts it).
	const server = await startSmtpServer({key: certs.key, cert: certs.cert, authOptional: true});
	const folder = mkdtempSync(path.join(tmpdir(), 'smtp-doctor-optional-'));
	try {
		const caFile = path.join(folder, 'ca.pem');
		writeFileSync(caFile, certs.ca);
		const args = ['check', 'localhost', '--ports', String(server.port), '--ca', caFile];
		const json = jsonReportSchema.parse(JSON.parse((await runCli([...args, '--json'])).stdout));
		const [port] = json.ports;
		expect(port?.verdict.code).toBe('starttls-ok');
		expect(port?.findings.map((finding) => finding.code)).toEqual(
			expect.arrayContaining(['auth-before-tls', 'starttls-optional']),
		);
		const plain = await runCli([...args, '--client', 'nodemailer']);
		expect(plain.stdout).toContain('STARTTLS offered but not required');
		expect(plain.stdout).toContain(
			'This server offers STARTTLS but does not insist on it (it offers login before TLS); requireTLS: true makes',
		);
	} finally {
		rmSync(folder, {recursive: true, force: true});
		await server.close();
	}
});
