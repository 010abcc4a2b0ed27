// The built CLI against a real Postfix (scripts/ci/mta.sh): per-port verdicts, the
// recommendation, and the certificate trusted with --ca and untrusted without it.
import net from 'node:net';
import {describe, expect, it} from 'vitest';
import {waitFor} from '../helpers/wait-for.js';
import {checkArgs, mta, parseJson, port, runCli} from './mta-helpers.js';

describe('real Postfix: encryption per port', () => {
	it('says 25 STARTTLS (relay, no AUTH), 465 implicit TLS, 587/2525 STARTTLS with AUTH only after TLS, and recommends 465', async () => {
		const run = await runCli(checkArgs('--json'));
		expect(run.stderr).toBe('');
		expect(run.code).toBe(0);
		const report = parseJson(run);
		expect(report.outcome).toBe('works');
		expect(report.outcomeReason).toBe('works');
		expect(report.isWorking).toBe(true);
		// Nothing failed, so no conclusion names a port or a next step.
		expect(report.conclusion).toEqual({port: null, code: null, nextStep: null});
		// Loopback: no control probes, no cloud policy, no preset (no --preset, no provider).
		expect(report.controls).toBeNull();
		expect(report.presetComparison).toBeNull();
		expect(report.clientSettings).toBeNull();
		expect(report.addresses).toEqual([{address: mta().address, family: 4}]);

		const relay = port(report, 25);
		expect(relay.encryption).toBe('starttls');
		expect(relay.verdict.code).toBe('starttls-ok');
		expect(relay.capabilitiesBeforeTls?.startTls).toBe(true);
		// Relay port: Postfix offers no AUTH there, before or after TLS.
		expect(relay.capabilitiesBeforeTls?.authMechanisms).toEqual([]);
		expect(relay.capabilities?.authMechanisms).toEqual([]);

		const submissions = port(report, 465);
		expect(submissions.encryption).toBe('implicit-tls');
		expect(submissions.verdict.code).toBe('implicit-tls-ok');
		expect(submissions.capabilitiesBeforeTls).toBeNull();
		expect(submissions.capabilities?.authMechanisms).toEqual(['PLAIN', 'LOGIN']);
		// The first thing on 465 is the TLS handshake, the greeting comes inside it.
		expect(submissions.transcript.find((entry) => entry.direction === 'receive')?.text).toBe(
			'220 mta.test ESMTP Postfix',
		);

		for (const number of [587, 2525]) {
			const submission = port(report, number);
			expect(submission.encryption).toBe('starttls');
			expect(submission.verdict.code).toBe('starttls-ok');
			// smtpd_tls_auth_only: AUTH appears only in the EHLO after STARTTLS.
			expect(submission.capabilitiesBeforeTls?.startTls).toBe(true);
			expect(submission.capabilitiesBeforeTls?.authMechanisms).toEqual([]);
			expect(submission.capabilities?.authMechanisms).toEqual(['PLAIN', 'LOGIN']);
		}

		expect(report.ports.map((entry) => entry.port)).toEqual([25, 465, 587, 2525]);
		for (const entry of report.ports) {
			expect(entry.status).toBe('ok');
			expect(entry.verdict.severity).toBe('ok');
			expect(entry.findings).toEqual([]);
			expect(entry.greeting).toBe('mta.test ESMTP Postfix');
			expect(entry.address).toBe(mta().address);
			expect(entry.tls?.protocol).toBe('TLSv1.3');
			expect(entry.tls?.isTrusted).toBe(true);
			expect(entry.tls?.isHostnameMatch).toBe(true);
			expect(entry.tls?.trustError).toBeUndefined();
			expect(entry.tls?.certificate?.subjectAltNames).toEqual([
				'DNS:mta.test',
				`IP Address:${mta().address}`,
			]);
			expect(entry.tls?.certificate?.issuer).toContain('smtp-doctor mta.sh test CA');
			expect(entry.tls?.certificate?.isSelfSigned).toBe(false);
			// The advice of a port is the advice of its verdict, about that port.
			expect(entry.advice).toBe(entry.verdict.advice);
			expect(entry.advice).toMatch(new RegExp(`\\bport ${entry.port}\\b`, 'i'));
			// The certificate names mta.test, the run used the IP address: every port says so.
			expect(entry.notes).toContain(
				'You connected by IP address, and the certificate names mta.test: type mta.test as the SMTP host in your client (several clients check the name and refuse an IP address).',
			);
		}

		// 25 is the relay port: its advice says so; the submission ports say how to configure them.
		expect(relay.advice).toMatch(/^Port 25 is for server-to-server relay \(RFC 5321\)/);
		expect(submissions.advice).toMatch(/^Use port 465 with SSL\/TLS/);
		expect(port(report, 587).advice).toMatch(/^Use port 587 with STARTTLS and make it required/);

		expect(report.recommendation).toMatchObject({
			host: mta().address,
			port: 465,
			encryption: 'implicit-tls',
			reason: 'implicit-tls-465',
			encryptionLabel: 'SSL/TLS',
			isLoggedIn: false,
			why: 'Implicit TLS on 465 is the preferred choice (RFC 8314).',
		});
		// The runner-up is the other submission port, STARTTLS on 587 (never the relay port 25).
		expect(report.runnerUp).toMatchObject({
			host: mta().address,
			port: 587,
			encryption: 'starttls',
			reason: 'starttls-587',
			encryptionLabel: 'STARTTLS',
			isLoggedIn: false,
		});
	});

	it('prints the same in the plain report: four OK rows and "Port 465 - Encryption SSL/TLS"', async () => {
		const run = await runCli(checkArgs());
		expect(run.code).toBe(0);
		expect(run.stdout).toMatch(/^25 +STARTTLS +✔ OK .*STARTTLS works$/m);
		expect(run.stdout).toMatch(/^465 +SSL\/TLS +✔ OK .*Implicit TLS works$/m);
		expect(run.stdout).toMatch(/^587 +STARTTLS +✔ OK .*STARTTLS works$/m);
		expect(run.stdout).toMatch(/^2525 +STARTTLS +✔ OK .*STARTTLS works$/m);
		expect(run.stdout).toContain(
			`Recommended settings\n  Host ${mta().address} - Port 465 - Encryption SSL/TLS - Authentication:`,
		);
		expect(run.stdout).toContain('  Implicit TLS on 465 is the preferred choice (RFC 8314).');
	});

	it('checks the certificate against a name with --servername mta.test', async () => {
		const report = parseJson(
			await runCli(checkArgs('--ports', '465', '--servername', 'mta.test', '--json')),
		);
		expect(port(report, 465).verdict.code).toBe('implicit-tls-ok');
		expect(port(report, 465).tls).toMatchObject({
			servername: 'mta.test',
			isTrusted: true,
			isHostnameMatch: true,
		});
	});

	it('without --ca: the leaf came alone from an unknown issuer (fail on 465/587/2525, a warning on relay port 25), nothing recommended', async () => {
		const run = await runCli(['check', mta().address, '--json']);
		expect(run.code).toBe(1);
		const report = parseJson(run);
		expect(report.outcome).toBe('fails');
		expect(report.outcomeReason).toBe('certificate');
		expect(report.recommendation).toBeNull();
		expect(report.runnerUp).toBeNull();
		// Postfix sends only its leaf, and the issuer (the script's own CA) is in no trust store:
		// cert-chain-incomplete, whose advice also names the way out for a private CA (--ca).
		expect(report.conclusion).toMatchObject({port: 465, code: 'cert-chain-incomplete'});
		expect(report.conclusion.nextStep).toContain('--ca');
		for (const number of [465, 587, 2525]) {
			expect(port(report, number).verdict).toMatchObject({
				code: 'cert-chain-incomplete',
				severity: 'fail',
			});
			expect(port(report, number).tls?.certificate?.certsSent).toBe(1);
			expect(port(report, number).tls?.isTrusted).toBe(false);
			expect(port(report, number).tls?.trustError).toBe('UNABLE_TO_VERIFY_LEAF_SIGNATURE');
			expect(port(report, number).advice).toBe(report.conclusion.nextStep);
		}

		expect(port(report, 25).verdict).toMatchObject({
			code: 'cert-chain-incomplete',
			severity: 'warn',
		});
		expect(port(report, 25).tls?.isTrusted).toBe(false);
	});
});

/** A bare SMTP client for the fixture's own promises (what the CLI does not try). */
async function smtpDialog(portNumber: number, commands: readonly string[]): Promise<string[]> {
	const socket = net.connect({host: mta().address, port: portNumber});
	socket.setEncoding('latin1');
	let buffer = '';
	socket.on('data', (chunk: string) => {
		buffer += chunk;
	});
	const replies: string[] = [];
	// A reply is complete when a line has a space after its code (RFC 5321 §4.2.1).
	const nextReply = async () => {
		const text = await waitFor(
			() => {
				const match = /^(?:\d{3}-[^\n]*\n)*\d{3} [^\n]*\n/.exec(buffer);
				return match?.[0];
			},
			{timeoutMs: 20_000, message: `a reply on port ${portNumber}`},
		);
		buffer = buffer.slice(text.length);
		return text.trimEnd();
	};

	try {
		replies.push(await nextReply());
		for (const command of commands) {
			socket.write(`${command}\r\n`);
			replies.push(await nextReply());
		}
	} finally {
		socket.destroy();
	}

	return replies;
}

describe('the test MTA keeps its promises (scripts/ci/mta.sh)', () => {
	it('587 and 2525 refuse MAIL before STARTTLS; 25 takes it (opportunistic)', async () => {
		for (const number of [587, 2525]) {
			const replies = await smtpDialog(number, [
				'EHLO client.test',
				'MAIL FROM:<a@client.test>',
				'QUIT',
			]);
			expect(replies[2]).toBe('530 5.7.0 Must issue a STARTTLS command first');
		}

		const relay = await smtpDialog(25, ['EHLO client.test', 'MAIL FROM:<a@client.test>', 'QUIT']);
		expect(relay[2]).toBe('250 2.1.0 Ok');
	});

	it('25 refuses to relay for a client that has not logged in', async () => {
		const replies = await smtpDialog(25, [
			'EHLO client.test',
			'MAIL FROM:<a@client.test>',
			'RCPT TO:<friend@example.org>',
			'QUIT',
		]);
		expect(replies[3]).toMatch(/^554 5\.7\.1 <friend@example\.org>: Relay access denied$/);
	});
});
