// --client NAME: what to type into the user's own client, from this run's diagnosis, in plain
// text and as `clientSettings` in the JSON; never a port that failed. The built-in lab (real
// servers on loopback) and a closed port.
import {expect, test} from 'vitest';
import {closedPort} from '../helpers/servers.js';
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
