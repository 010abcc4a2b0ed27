// A test message through the credentials path (--send-to, --yes) into a real Postfix, which
// accepts it and discards it (discard(8) for every address class): the queue id the CLI
// reports is followed through the Postfix log to "status=sent (discarded ...)" and "removed".
import {execFileSync} from 'node:child_process';
import {describe, expect, it} from 'vitest';
import {waitFor} from '../helpers/wait-for.js';
import {
	assertNoSecret,
	checkArgs,
	mta,
	parseJson,
	password,
	port,
	postfixLog,
	runCli,
} from './mta-helpers.js';

/** A string field of the report's send object ('' when missing or not a string, which fails below). */
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

describe('real Postfix: test message', () => {
	it('is accepted on 465 (send-ok with the queue id) and discarded, never delivered', async () => {
		const recipient = 'friend@example.org';
		const run = await runCli(
			checkArgs('--user', mta().user, '--send-to', recipient, '--yes', '--json'),
			{
				env: {SMTP_DOCTOR_PASSWORD: password()},
			},
		);
		expect(run.code).toBe(0);
		const json = parseJson(run);
		expect(json.outcome).toBe('works');
		expect(json.conclusion).toEqual({port: null, code: null, nextStep: null});
		const send = port(json, 465).send;
		expect(send?.verdict.code).toBe('send-ok');
		expect(send?.verdict.params).toMatchObject({from: mta().user, to: recipient, code: 250});
		expect(send?.stage).toBe('done');
		const queueId = text(send?.['queueId']);
		expect(send?.verdict.params['queueId']).toBe(queueId);
		const messageId = text(send?.['messageId']);
		expect(messageId).toMatch(/^<[0-9a-f-]+@mta\.test>$/);
		expect(queueId).toMatch(/^[0-9A-F]{6,}$/);
		// Only the send port sends.
		for (const number of [25, 587, 2525]) {
			expect(port(json, number).send).toBeNull();
		}

		// Postfix's own record of that message, by queue id: accepted from our login, discarded.
		const log = await waitFor(
			() => {
				const text = postfixLog();
				return text.includes(`${queueId}: removed`) ? text : undefined;
			},
			{timeoutMs: 20_000, message: `"${queueId}: removed" in the Postfix log`},
		);
		const lines = log.split('\n').filter((line) => line.includes(`${queueId}:`));
		expect(
			lines.some((line) =>
				/postfix\/port465\/smtpd\[\d+\]: [0-9A-F]+: client=localhost\[127\.0\.0\.1\], sasl_method=PLAIN, sasl_username=/.test(
					line,
				),
			),
		).toBe(true);
		expect(lines.some((line) => line.includes(`message-id=${messageId}`))).toBe(true);
		expect(
			lines.some(
				(line) =>
					line.includes('postfix/discard[') &&
					line.includes(`to=<${recipient}>, relay=none,`) &&
					line.includes('dsn=2.0.0, status=sent (discarded by the smtp-doctor test MTA)'),
			),
		).toBe(true);
		// Nothing went anywhere else: no smtp/local/virtual delivery agent touched it.
		expect(lines.some((line) => /postfix\/(smtp|local|virtual|lmtp|pipe)\[/.test(line))).toBe(
			false,
		);
		// And the queue is empty again.
		const queue = execFileSync('postqueue', ['-c', mta().postfixConfig, '-j'], {encoding: 'utf8'});
		expect(queue).not.toContain(queueId);

		assertNoSecret({stdout: run.stdout, stderr: run.stderr}, mta().user, [password()]);
	});
});
