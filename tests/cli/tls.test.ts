// The built CLI against real TLS servers (nodemailer's smtp-server) with a throwaway CA:
// `--ca` makes the chain trusted (exit 0, STARTTLS recommended); without it the same server's
// certificate is untrusted and nothing is recommended (exit 1).
import {writeFileSync, mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, expect, test} from 'vitest';
import {createLeafCertificate, createTestCa} from '../helpers/certificates.js';
import {startSmtpServer, type TestServer} from '../helpers/servers.js';
import {jsonReportSchema} from '../report/json-schema.js';
import {runCli} from './cli-helpers.js';

let server: TestServer;
let caFile: string;

beforeAll(async () => {
	const ca = await createTestCa();
	const leaf = await createLeafCertificate({ca});
	caFile = path.join(mkdtempSync(path.join(tmpdir(), 'smtp-doctor-tls-')), 'ca.pem');
	writeFileSync(caFile, ca.cert);
	server = await startSmtpServer({
		key: leaf.key,
		cert: leaf.cert,
		authOptional: true,
		hideSTARTTLS: false,
	});
});

afterAll(async () => {
	await server.close();
});

test('STARTTLS with --ca: trusted, recommended, exit 0', async () => {
	const run = await runCli([
		'check',
		'localhost',
		'-4',
		'--ports',
		String(server.port),
		'--ca',
		caFile,
		'--json',
	]);
	expect(run.stderr).toBe('');
	expect(run.code).toBe(0);
	const report = jsonReportSchema.parse(JSON.parse(run.stdout));
	const port = report.ports[0]!;
	expect(port.verdict.code).toBe('starttls-ok');
	expect(port.encryptionLabel).toBe('STARTTLS');
	expect(port.tls).toMatchObject({isTrusted: true, isHostnameMatch: true});
	expect(report.recommendation).toMatchObject({port: server.port, encryption: 'starttls'});
	expect(report.recommendation?.line).toBe(
		`Host localhost - Port ${server.port} - Encryption STARTTLS - Authentication: the user name and password your provider gave you`,
	);

	const plain = await runCli([
		'check',
		'localhost',
		'-4',
		'--ports',
		String(server.port),
		'--ca',
		caFile,
	]);
	expect(plain.code).toBe(0);
	expect(plain.stdout).toMatch(new RegExp(`^${server.port}\\s+STARTTLS\\s+▲ WARN`, 'm'));
	expect(plain.stdout).toContain('TLSv1.3');
});

test('the same server without --ca: untrusted certificate, nothing recommended, exit 1', async () => {
	const run = await runCli(['check', 'localhost', '-4', '--ports', String(server.port), '--json']);
	expect(run.code).toBe(1);
	const report = jsonReportSchema.parse(JSON.parse(run.stdout));
	expect(report.ports[0]?.verdict.code).toMatch(/^cert-/);
	expect(report.ports[0]?.tls?.isTrusted).toBe(false);
	expect(report.recommendation).toBeNull();
});
