// End-to-end tests of the built CLI (distribution/cli.js) as a child process without a TTY,
// against real loopback servers.
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {generate} from 'selfsigned';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {createLeafCertificate, createTestCa} from '../helpers/certificates.js';
import {startScriptedSmtpTls, type TestServer} from '../helpers/servers.js';
import {jsonReportSchema} from '../report/json-schema.js';
import {
	closedPort,
	runCli,
	startCli,
	startPlainSmtp,
	startTarpit,
	waitUntil,
	type LoopbackServer,
} from './cli-helpers.js';

const packageVersion = (
	JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
		version: string;
	}
).version;
// Any escape or control byte other than newline (a report must be clean in a pipe).

const controlBytes = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/;
const stackTrace = /^\s+at .+\(?.*:\d+:\d+\)?$/m;

let plain: LoopbackServer;
// Plain text is never a submission recommendation: a working port needs TLS (implicit TLS here,
// with a throwaway CA passed as --ca).
let secure: TestServer;
let caFile: string;
let refusedPort: number;
const temporary = mkdtempSync(path.join(tmpdir(), 'smtp-doctor-cli-'));
const secureArgs = () => ['--ports', String(secure.port), '--mode', 'implicit-tls', '--ca', caFile];

beforeAll(async () => {
	plain = await startPlainSmtp();
	const ca = await createTestCa();
	const leaf = await createLeafCertificate({ca});
	caFile = path.join(temporary, 'test-ca.pem');
	writeFileSync(caFile, ca.cert);
	secure = await startScriptedSmtpTls(
		{key: leaf.key, cert: leaf.cert},
		{banner: '220 localhost ESMTP test'},
	);
	refusedPort = await closedPort();
});

afterAll(async () => {
	await plain.close();
	await secure.close();
});

describe('--help and --version', () => {
	test('--version prints the package version', async () => {
		const run = await runCli(['--version']);
		expect(run).toMatchObject({code: 0, stdout: `${packageVersion}\n`, stderr: ''});
	});

	test('--help lists the check command, the flags and the exit codes', async () => {
		const run = await runCli(['--help']);
		expect(run.code).toBe(0);
		for (const text of [
			'check HOST',
			'--ports',
			'--json',
			'--ca FILE',
			'--no-color',
			'Exit codes',
		]) {
			expect(run.stdout).toContain(text);
		}

		expect((await runCli(['check', '--help'])).stdout).toBe(run.stdout);
	});
});

describe.concurrent('usage errors: one line on stderr, exit 2, no stack trace', () => {
	test.each([
		[[], /No host given/],
		[['check'], /No host given/],
		[['check', ''], /No host given/],
		[['check', 'bad_host.example'], /invalid label "bad_host"/],
		[['check', 'a..example'], /empty label/],
		[['check', '999.1.1.1'], /not a valid IPv4/],
		[['check', '[::1'], /IPv6/],
		[['check', 'smtp.example.com:587'], /--ports 587/],
		[['check', 'h.test', '--ports', '0'], /--ports: 0 is out of range/],
		[['check', 'h.test', '--ports', '70000'], /--ports: 70000 is out of range/],
		[['check', 'h.test', '--ports', 'smtp'], /--ports: "smtp" is not a port number/],
		[['check', 'h.test', '--ports'], /--ports needs a value/],
		[['check', 'h.test', '--ports', '25', '--ports', '465'], /--ports can only be set once/],
		[['check', 'h.test', '--mode', 'ssl'], /--mode: unknown mode "ssl"/],
		[['check', 'h.test', '--timeout', 'soon'], /--timeout: "soon" is not a duration/],
		[['check', 'h.test', '--ca', '/nonexistent/ca.pem'], /--ca: cannot read .* no such file/],
		[['check', 'h.test', '-4', '-6'], /-4 and -6 cannot be used together/],
		[['check', 'h.test', '--lang', 'fr'], /--lang: unknown language "fr"/],
		[['check', 'h.test', '--dns-server', 'dns.example'], /--dns-server/],
		[['check', 'h.test', '--bogus'], /Unknown flag --bogus/],
		[['check', 'a.test', 'b.test'], /Unexpected argument "b.test"/],
		[['chek', 'smtp.example.com'], /Unknown command "chek"; commands: check/],
		[['check', 'evil\u001B[2J.test'], /invalid label "evil\\x1b\[2J"/],
	])('%j', async (args, pattern) => {
		const run = await runCli(args);
		expect(run.code).toBe(2);
		expect(run.stdout).toBe('');
		expect(run.stderr).toMatch(/^smtp-doctor: [^\n]+\n$/);
		expect(run.stderr).toMatch(pattern);
		expect(run.stderr).not.toMatch(stackTrace);
		expect(run.stderr).not.toMatch(controlBytes);
	});

	test('an unreadable --ca (not PEM) is a usage error too', async () => {
		const file = path.join(temporary, 'not-a-cert.pem');
		writeFileSync(file, 'hello\n');
		const run = await runCli(['check', 'h.test', '--ca', file]);
		expect(run.code).toBe(2);
		expect(run.stderr).toMatch(/no PEM certificate/);
	});
});

describe('checks against loopback servers', () => {
	test('a working port: plain report with the recommendation, exit 0, no colour in a pipe', async () => {
		const run = await runCli(['check', '127.0.0.1', ...secureArgs()]);
		expect(run.stderr).toBe('');
		expect(run.code).toBe(0);
		expect(run.stdout).toMatch(/^Port\s+Encryption\s+Status\s+Time\s+What it means$/m);
		expect(run.stdout).toMatch(new RegExp(`^${secure.port}\\s+SSL/TLS\\s+(✔ OK|▲ WARN)`, 'm'));
		expect(run.stdout).toContain(
			`Host 127.0.0.1 - Port ${secure.port} - Encryption SSL/TLS - Authentication:`,
		);
		expect(run.stdout).not.toMatch(controlBytes);
	});

	test('plain text only: no recommendation, exit 1, the summary says why', async () => {
		const run = await runCli([
			'check',
			'127.0.0.1',
			'--ports',
			String(plain.port),
			'--mode',
			'none',
		]);
		expect(run.code).toBe(1);
		expect(run.stdout).toMatch(new RegExp(`^${plain.port}\\s+NONE\\s+▲ WARN`, 'm'));
		expect(run.stdout).toContain('only without encryption');
		expect(run.stdout).not.toContain('likely your network');
	});

	test('HOST without `check` and without a TTY prints the same plain report', async () => {
		const run = await runCli(['127.0.0.1', ...secureArgs()]);
		expect(run.code).toBe(0);
		expect(run.stdout).toContain('Recommended settings');
	});

	test('nothing listening: exit 1 and the report says no port worked', async () => {
		const run = await runCli(['check', '127.0.0.1', '--ports', String(refusedPort)]);
		expect(run.code).toBe(1);
		expect(run.stdout).toMatch(new RegExp(`^${refusedPort}\\s+\\?\\s+✖ FAIL`, 'm'));
		expect(run.stdout).toContain('No port worked');
	});

	test('--json matches the documented schema and agrees with the exit code', async () => {
		const good = await runCli([
			'check',
			'127.0.0.1',
			'--ports',
			`${secure.port},${refusedPort}`,
			'--mode',
			'implicit-tls',
			'--ca',
			caFile,
			'--json',
		]);
		expect(good.code).toBe(0);
		const report = jsonReportSchema.parse(JSON.parse(good.stdout));
		expect(report).toMatchObject({
			schemaVersion: 1,
			tool: {version: packageVersion},
			isWorking: true,
			outcome: 'works',
			recommendation: {port: secure.port, encryption: 'implicit-tls'},
		});
		expect(report.ports.map((port) => port.port)).toEqual([secure.port, refusedPort]);
		expect(report.ports[1]!.status).toBe('fail');
		expect(report.ports[1]!.verdict).toMatchObject({code: 'connection-refused'});
		expect(report.ports[1]!.verdict.summary.length).toBeGreaterThan(10);

		const bad = await runCli(['check', '127.0.0.1', '--ports', String(refusedPort), '--json']);
		expect(bad.code).toBe(1);
		expect(jsonReportSchema.parse(JSON.parse(bad.stdout)).isWorking).toBe(false);
	});

	test('colour: none in a pipe, FORCE_COLOR turns it on, NO_COLOR and --no-color win', async () => {
		const args = ['check', '127.0.0.1', ...secureArgs()];
		const forced = await runCli(args, {FORCE_COLOR: '1'});
		expect(forced.stdout).toContain('\u001B[');
		const noColor = await runCli(args, {FORCE_COLOR: '1', NO_COLOR: '1'});
		expect(noColor.stdout).not.toContain('\u001B');
		const flag = await runCli([...args, '--no-color'], {FORCE_COLOR: '1'});
		expect(flag.stdout).not.toContain('\u001B');
		expect(noColor.code).toBe(0);
	});

	test('a hostile banner is escaped in the plain report and in JSON', async () => {
		const hostile = await startPlainSmtp({
			banner: 'evil \u001B[31mred\u001B]0;title\u0007 \u009B2J',
		});
		try {
			const args = ['check', '127.0.0.1', '--ports', String(hostile.port), '--mode', 'none'];
			const run = await runCli(args);
			expect(run.code).toBe(1);
			expect(run.stdout).not.toMatch(controlBytes);
			const json = await runCli([...args, '--json']);
			expect(json.stdout).not.toMatch(controlBytes);
			expect(JSON.stringify(JSON.parse(json.stdout))).toContain('evil');
		} finally {
			await hostile.close();
		}
	});

	test('--report FILE writes the Markdown report; a valid --ca is accepted', async () => {
		const pems = await generate([{name: 'commonName', value: 'Test CA'}], {keySize: 2048});
		const ca = path.join(temporary, 'ca.pem');
		writeFileSync(ca, pems.cert);
		const report = path.join(temporary, 'report.md');
		const run = await runCli([
			'check',
			'127.0.0.1',
			'--ports',
			String(secure.port),
			'--mode',
			'implicit-tls',
			'--ca',
			ca,
			'--report',
			report,
		]);
		// A valid but unrelated CA: accepted, yet it does not make the test certificate trusted.
		expect(run.code).toBe(1);
		const markdown = readFileSync(report, 'utf8');
		expect(markdown).toMatch(/^# smtp-doctor: 127\.0\.0\.1$/m);
		expect(markdown).toContain('## Recommended settings');
		expect(markdown).toContain('certificate or TLS problem');
	});

	test('a name that cannot resolve (DNS server dead) says so and exits 1', async () => {
		const deadDns = await closedPort();
		const run = await runCli([
			'check',
			'smtp.example.invalid',
			'--ports',
			'587',
			'--dns-server',
			`127.0.0.1:${deadDns}`,
			'--json',
		]);
		expect(run.code).toBe(1);
		const report = jsonReportSchema.parse(JSON.parse(run.stdout));
		expect(report.resolveVerdict?.code).toMatch(/^dns-/);
		expect(report.addresses).toEqual([]);
		const text = await runCli([
			'check',
			'smtp.example.invalid',
			'--ports',
			'587',
			'--dns-server',
			`127.0.0.1:${deadDns}`,
		]);
		expect(text.code).toBe(1);
		expect(text.stdout).toMatch(/^DNS: DNS not reachable$/m);
		// Said once: no per-port rows repeating "DNS not reachable 0 ms".
		expect(text.stdout.match(/DNS not reachable/g)).toHaveLength(1);
		expect(text.stdout).not.toMatch(/^Port\s+Encryption/m);
		expect(report.ports).toHaveLength(1);
		expect(text.stdout).toContain('No port was tried');
		expect(text.stdout).toContain('smtp.example.invalid');
	});
});

test('a public name with the system resolver: .invalid never resolves, and the report says DNS', async () => {
	// Whatever this machine's DNS does (answers NXDOMAIN, or is unreachable offline), the
	// outcome is a DNS verdict and exit 1, never a hang or a crash.
	const run = await runCli([
		'check',
		'smtp.example.invalid',
		'--ports',
		'465',
		'--timeout',
		'3s',
		'--json',
	]);
	expect(run.code).toBe(1);
	const report = jsonReportSchema.parse(JSON.parse(run.stdout));
	expect(report.resolveVerdict?.code).toMatch(
		/^dns-(nxdomain|unavailable|no-address)$|^network-unreachable$/,
	);
	expect(report.ports[0]?.status).toBe('fail');
});

describe('interruption', () => {
	test.each([
		['SIGINT', 130],
		['SIGTERM', 143],
		// The SSH session closed: ends like SIGTERM, 128 + 1.
		['SIGHUP', 129],
	] as const)(
		'%s mid-probe against a tarpit exits %i promptly and closes the socket',
		async (signal, exitCode) => {
			const tarpit = await startTarpit();
			try {
				const cli = startCli([
					'check',
					'127.0.0.1',
					'--ports',
					String(tarpit.port),
					'--mode',
					'none',
					'--greeting-timeout',
					'60s',
				]);
				// Wait until the probe really sits in the greeting phase.
				await waitUntil(() => tarpit.openSockets() > 0);
				cli.child.kill(signal);
				// Well under the 60 s greeting timeout: the abort, not a timeout, ended it.
				const run = await Promise.race([
					cli.done,
					new Promise<never>((_resolve, reject) => {
						setTimeout(() => {
							reject(new Error(`CLI did not exit within 5 s of ${signal}`));
						}, 5000).unref();
					}),
				]);
				expect(run.code).toBe(exitCode);
				expect(run.stderr).not.toMatch(stackTrace);
				// What was learned so far is still printed: the port shows as skipped.
				expect(run.stdout).toMatch(new RegExp(`^${tarpit.port}\\s+\\?\\s+○ SKIP`, 'm'));
				// --json and --report get the same partial result on either signal.
				const reportFile = path.join(temporary, `partial-${signal}.md`);
				const json = startCli([
					'check',
					'127.0.0.1',
					'--ports',
					String(tarpit.port),
					'--mode',
					'none',
					'--greeting-timeout',
					'60s',
					'--json',
					'--report',
					reportFile,
				]);
				await waitUntil(() => tarpit.openSockets() > 0);
				json.child.kill(signal);
				const jsonRun = await json.done;
				expect(jsonRun.code).toBe(exitCode);
				const partial = jsonReportSchema.parse(JSON.parse(jsonRun.stdout));
				expect(partial).toMatchObject({isCancelled: true, outcome: 'inconclusive'});
				expect(partial.outcomeReason).toBe('cancelled');
				expect(readFileSync(reportFile, 'utf8')).toContain('○ SKIP');
				await waitUntil(() => tarpit.openSockets() === 0);
			} finally {
				await tarpit.close();
			}
		},
	);
});
