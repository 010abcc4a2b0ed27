// Logins through the credentials path against Postfix + Dovecot SASL: the right password (from
// SMTP_DOCTOR_PASSWORD and from --password-stdin) logs in, a wrong one fails with auth-failed,
// and no form of either password appears in stdout, stderr, the Markdown report or the MTA logs.
import {mkdtemp, readFile, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {
	assertNoSecret,
	checkArgs,
	dovecotLog,
	linesAfter,
	mta,
	parseJson,
	password,
	port,
	postfixLog,
	runCli,
} from './mta-helpers.js';

// Not the real password; 24 characters so its prefixes/suffixes are searched like the real one's.
const wrongPassword = 'Wr0ngPassw0rdForTheMtaT1';

let directory = '';
beforeAll(async () => {
	directory = await mkdtemp(path.join(tmpdir(), 'smtp-doctor-mta-'));
});
afterAll(async () => {
	await rm(directory, {recursive: true, force: true});
});

describe('real Dovecot SASL: login', () => {
	it('logs in on 465, 587 and 2525 with SMTP_DOCTOR_PASSWORD; 25 offers no AUTH; Thunderbird settings from it; no secret in any output', async () => {
		const report = path.join(directory, 'login.md');
		const run = await runCli(
			checkArgs('--user', mta().user, '--client', 'thunderbird', '--json', '--report', report),
			{env: {SMTP_DOCTOR_PASSWORD: password()}},
		);
		expect(run.code).toBe(0);
		const json = parseJson(run);
		expect(json.outcome).toBe('works');
		expect(json.conclusion).toEqual({port: null, code: null, nextStep: null});
		for (const number of [465, 587, 2525]) {
			expect(port(json, number).auth).toMatchObject({
				mechanism: 'PLAIN',
				verdict: {code: 'auth-ok', params: {code: 235, enhancedCode: '2.7.0'}},
			});
		}

		expect(port(json, 25).auth?.verdict.code).toBe('auth-not-offered');
		expect(json.recommendation?.line).toBe(
			`Host ${mta().address} - Port 465 - Encryption SSL/TLS - Authentication: logged in as ${mta().user} ✓`,
		);
		expect(json.recommendation?.isLoggedIn).toBe(true);
		expect(json.runnerUp).toMatchObject({port: 587, encryption: 'starttls', isLoggedIn: true});
		// What to type into Thunderbird: the recommendation and the runner-up, with the name the
		// certificate is for (not the IP address the run used) and the user that logged in.
		expect(json.clientSettings?.map(({client, port, choice}) => ({client, port, choice}))).toEqual([
			{client: 'thunderbird', port: 465, choice: 'recommended'},
			{client: 'thunderbird', port: 587, choice: 'runner-up'},
		]);
		expect(json.clientSettings?.[0]?.text).toBe(
			`Server Name: mta.test\nPort: 465\nConnection security: SSL/TLS\nAuthentication method: Normal password\nUser Name: ${mta().user}`,
		);
		expect(json.clientSettings?.[1]?.text).toContain('Connection security: STARTTLS');
		assertNoSecret(
			{stdout: run.stdout, stderr: run.stderr, report: await readFile(report, 'utf8')},
			mta().user,
			[password()],
		);
	});

	it('reads the password from --password-stdin; the -v transcript shows AUTH PLAIN redacted and 235', async () => {
		const run = await runCli(
			checkArgs('--user', mta().user, '--password-stdin', '--ports', '465,587', '-v'),
			{
				stdin: `${password()}\n`,
			},
		);
		expect(run.code).toBe(0);
		expect(run.stdout).toMatch(
			/~> AUTH PLAIN \[redacted\]\n.*<~ 235 2\.7\.0 Authentication successful/,
		);
		expect(run.stdout).toContain(`Authentication: logged in as ${mta().user} ✓`);
		assertNoSecret({stdout: run.stdout, stderr: run.stderr}, mta().user, [password()]);
	});

	it('a wrong password fails with auth-failed (535 5.7.8) on every AUTH port, exit 1, and leaks neither password', async () => {
		const postfixBefore = postfixLog().length;
		const dovecotBefore = dovecotLog().length;
		const report = path.join(directory, 'wrong.md');
		// Dovecot answers a failed login only after auth_failure_delay (2 s), plus a per-IP penalty
		// after earlier failures: a longer command timeout keeps a slow refusal a refusal.
		const run = await runCli(
			checkArgs(
				'--user',
				mta().user,
				'--password-stdin',
				'--command-timeout',
				'30s',
				'--json',
				'--report',
				report,
			),
			{stdin: `${wrongPassword}\n`},
		);
		expect(run.code).toBe(1);
		const json = parseJson(run);
		expect(json.outcome).toBe('fails');
		expect(json.outcomeReason).toBe('login');
		expect(json.outcomeSummary).toBe('Port 465 works, but the login failed: Login refused.');
		expect(json.conclusion).toMatchObject({port: 465, code: 'auth-failed'});
		expect(json.conclusion.nextStep).toMatch(/^Check the user name .* and password/);
		// The encryption is still right, so it is still recommended, but not as "logged in".
		expect(json.recommendation).toMatchObject({port: 465, isLoggedIn: false});
		for (const number of [465, 587, 2525]) {
			expect(port(json, number).auth?.verdict).toMatchObject({
				code: 'auth-failed',
				severity: 'fail',
				params: {code: 535, enhancedCode: '5.7.8'},
			});
			// The port itself still works: only the login failed.
			expect(port(json, number).status).toBe('ok');
		}

		// The refusal came from the real server: Postfix logs the failed SASL login per port, and
		// Dovecot the mismatch.
		const postfix = linesAfter(postfixLog(), postfixBefore);
		for (const number of [465, 587, 2525]) {
			expect(
				postfix.some(
					(line) =>
						line.includes(`postfix/port${number}/smtpd`) &&
						line.includes(`SASL PLAIN authentication failed`) &&
						line.includes(`sasl_username=${mta().user}`),
				),
			).toBe(true);
		}

		expect(
			linesAfter(dovecotLog(), dovecotBefore).filter((line) => line.includes('Password mismatch')),
		).toHaveLength(3);

		assertNoSecret(
			{
				stdout: run.stdout,
				stderr: run.stderr,
				report: await readFile(report, 'utf8'),
			},
			mta().user,
			[wrongPassword, password()],
		);
	});

	it('the MTA logs hold no form of the password either', () => {
		assertNoSecret({postfixLog: postfixLog(), dovecotLog: dovecotLog()}, mta().user, [
			password(),
			wrongPassword,
		]);
	});
});
