// Port 10025 of the test MTA has postscreen(8) in front of smtpd, as real MX hosts have on 25:
// it sends "220-" at once, the rest of the greeting after postscreen_greet_wait (6 s), and drops
// a client that talks before the whole greeting (pregreet test, action enforce). The CLI must
// wait for the complete multi-line greeting and pass.
import {describe, expect, it} from 'vitest';
import {waitFor} from '../helpers/wait-for.js';
import {checkArgs, linesAfter, mta, parseJson, port, postfixLog, runCli} from './mta-helpers.js';

describe('real Postfix: postscreen', () => {
	// Only on this MTA run's first contact does postscreen hold the greeting back (afterwards
	// 127.0.0.1 is cached and smtpd greets at once); .ci/run always starts a fresh MTA.
	it.runIf(mta().isFresh)(
		'a greeting timeout shorter than the greet wait is greeting-delay (the 220- teaser came), never no-greeting',
		async () => {
			const before = postfixLog().length;
			const number = mta().postscreenPort;
			const run = await runCli(
				checkArgs('--ports', String(number), '--greeting-timeout', '3s', '--json'),
			);
			expect(run.code).toBe(1);
			const report = parseJson(run);
			const entry = port(report, number);
			expect(entry.verdict.code).toBe('greeting-delay');
			expect(report.conclusion).toMatchObject({port: number, code: 'greeting-delay'});
			expect(report.conclusion.nextStep).toContain('--greeting-timeout 30s');
			// The teaser reached the transcript when it came, not when the reply was complete.
			expect(
				entry.transcript.filter((line) => line.direction === 'receive').map((line) => line.text),
			).toEqual(['220-mta.test ESMTP Postfix']);
			// postscreen saw the client leave while it was still waiting, and did not cache it.
			const screen = await waitFor(
				() => {
					const lines = linesAfter(postfixLog(), before).filter((line) =>
						line.includes(`postfix/port${number}/postscreen[`),
					);
					return lines.some((line) => line.includes('DISCONNECT')) ? lines : undefined;
				},
				{timeoutMs: 10_000, message: 'postscreen logging the DISCONNECT'},
			);
			expect(screen.some((line) => /HANGUP after \d+ from \[127\.0\.0\.1\]/.test(line))).toBe(true);
			expect(screen.some((line) => /PASS (NEW|OLD)|PREGREET/.test(line))).toBe(false);
		},
	);

	it('the CLI passes the pregreet test and reads the multi-line greeting', async () => {
		const before = postfixLog().length;
		const number = mta().postscreenPort;
		const run = await runCli(checkArgs('--ports', String(number), '--json'));
		expect(run.code).toBe(0);
		const entry = port(parseJson(run), number);
		expect(entry.verdict.code).toBe('starttls-ok');

		const screen = linesAfter(postfixLog(), before).filter((line) =>
			line.includes(`postfix/port${number}/postscreen[`),
		);
		expect(screen.some((line) => line.includes('CONNECT from [127.0.0.1]'))).toBe(true);
		// No pregreet, pipelining or protocol complaint; never dropped.
		expect(
			screen.filter((line) => /PREGREET|COMMAND|BARE NEWLINE|HANGUP|DROP|DNSBL/.test(line)),
		).toEqual([]);
		const received = entry.transcript
			.filter((line) => line.direction === 'receive')
			.map((line) => line.text);
		if (screen.some((line) => line.includes('PASS NEW'))) {
			// First contact: postscreen's "220-" first, then smtpd's "220 " after the greet wait.
			expect(received.slice(0, 2)).toEqual([
				'220-mta.test ESMTP Postfix',
				'220 mta.test ESMTP Postfix',
			]);
		} else {
			// 127.0.0.1 passed before (an MTA that was already up): straight to smtpd.
			expect(screen.some((line) => line.includes('PASS OLD'))).toBe(true);
			expect(received[0]).toBe('220 mta.test ESMTP Postfix');
		}

		// The pregreet test is only meaningful on the first contact of this MTA run.
		if (mta().isFresh) {
			expect(screen.some((line) => line.includes('PASS NEW'))).toBe(true);
		}
	});
});
