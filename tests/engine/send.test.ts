import type {SMTPServerOptions} from 'smtp-server';
import {afterEach, describe, expect, it} from 'vitest';
import {createTestMessage, dotStuff} from '../../source/engine/compose-message.js';
import {authenticate} from '../../source/engine/auth.js';
import {extractQueueId, sendTestMessage} from '../../source/engine/send.js';
import type {TestMessage} from '../../source/engine/types.js';
import {openChannel} from '../helpers/channel.js';
import {testCertificates} from '../helpers/certificates.js';
import {type RunningServer, startSmtpServer} from '../helpers/servers.js';

const user = 'alice@example.test';
const canary = 'canary-S3cr3t-7f3a';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
	for (const cleanup of cleanups.splice(0).reverse()) {
		await cleanup();
	}
});

function smtpError(responseCode: number, message: string): Error {
	return Object.assign(new Error(message), {responseCode});
}

async function server(options: SMTPServerOptions = {}): Promise<RunningServer> {
	const certs = await testCertificates();
	const running = await startSmtpServer({
		key: certs.key,
		cert: certs.cert,
		authMethods: ['PLAIN', 'LOGIN'],
		onAuth(auth, _session, callback) {
			callback(null, auth.password === canary ? {user: auth.username} : undefined);
		},
		...options,
	});
	cleanups.push(async () => running.close());
	return running;
}

/** Opens a STARTTLS channel, authenticates, then sends `message`. */
async function authenticateAndSend(smtp: RunningServer, message: TestMessage) {
	const certs = await testCertificates();
	const opened = await openChannel({port: smtp.port, security: 'starttls', ca: certs.ca});
	cleanups.push(async () => opened.close());
	const auth = await authenticate(opened.channel, opened.capabilities, {user, secret: canary});
	expect(auth.verdict.code).toBe('auth-ok');
	const result = await sendTestMessage(opened.channel, opened.capabilities, message);
	return {opened, result};
}

function message(extra: Partial<TestMessage> = {}): TestMessage {
	return {
		...createTestMessage({from: user, to: 'bob@example.org', port: 587, host: 'localhost'}),
		...extra,
	};
}

describe('sendTestMessage against smtp-server', () => {
	it('sends MAIL, RCPT, DATA; the server receives the right headers and body; queue id shown', async () => {
		const smtp = await server();
		const text = 'First line.\n.A line that starts with a dot\n..and two dots\nLast line.';
		const {opened, result} = await authenticateAndSend(smtp, message({text}));
		expect(result.verdict.code).toBe('send-ok');
		expect(result.stage).toBe('done');
		expect(result.queueId).toBe('ABC123');
		expect(result.verdict.params['queueId']).toBe('ABC123');
		expect(smtp.messages).toHaveLength(1);
		const received = smtp.messages[0]!;
		expect(received.from).toBe(user);
		expect(received.to).toEqual(['bob@example.org']);
		expect(received.user).toBe(user);
		const [head = '', body = ''] = received.raw.split('\r\n\r\n');
		expect(head).toMatch(/^From: alice@example\.test$/m);
		expect(head).toMatch(/^To: bob@example\.org$/m);
		expect(head).toMatch(/^Subject: smtp-doctor test message$/m);
		expect(head).toMatch(/^Date: \w{3}, \d{1,2} \w{3} \d{4} \d{2}:\d{2}:\d{2} \+0000$/m);
		expect(head).toContain(`Message-ID: ${result.messageId}`);
		expect(result.messageId).toMatch(/^<[\w-]+@example\.test>$/);
		// Dot-stuffing was undone by the server: the body arrives exactly.
		expect(body.replaceAll('\r\n', '\n').trimEnd()).toBe(text);
		const sent = opened.transcript
			.filter((entry) => entry.direction === 'send')
			.map((entry) => entry.text);
		expect(sent).toContain('MAIL FROM:<alice@example.test>');
		expect(sent).toContain('RCPT TO:<bob@example.org>');
		expect(sent).toContain('DATA');
		expect(sent.some((line) => line.startsWith('<test message:'))).toBe(true);
	});

	it('announces SIZE when the server offers it', async () => {
		const smtp = await server({size: 100_000});
		const {opened, result} = await authenticateAndSend(smtp, message());
		expect(result.verdict.code).toBe('send-ok');
		expect(opened.wire.find((line) => line.startsWith('MAIL FROM'))).toMatch(
			/^MAIL FROM:<alice@example\.test> SIZE=\d+\r\n$/,
		);
	});

	it('does not send a message larger than the advertised SIZE', async () => {
		const smtp = await server({size: 200});
		const {opened, result} = await authenticateAndSend(smtp, message());
		expect(result.verdict.code).toBe('send-too-large');
		expect(result.verdict.params['limit']).toBe(200);
		expect(opened.wire.some((line) => line.startsWith('MAIL'))).toBe(false);
	});

	it('uses SMTPUTF8 for internationalised addresses when offered, refuses otherwise', async () => {
		const smtp = await server();
		const to = 'jörg@exämple.org';
		const {opened, result} = await authenticateAndSend(smtp, message({to}));
		expect(result.verdict.code).toBe('send-ok');
		expect(opened.wire.find((line) => line.startsWith('MAIL FROM'))).toContain('SMTPUTF8');
		expect(smtp.messages[0]?.to).toEqual([to]);

		const plain = await server({hideSMTPUTF8: true});
		const second = await authenticateAndSend(plain, message({to}));
		expect(second.result.verdict).toMatchObject({
			code: 'send-refused',
			params: {reason: 'smtputf8-not-offered'},
		});
		expect(plain.messages).toHaveLength(0);
	});

	it('refuses addresses that could inject commands, without sending', async () => {
		const smtp = await server();
		const {opened, result} = await authenticateAndSend(
			smtp,
			message({to: 'bob@example.org>\r\nRCPT TO:<eve@example.org'}),
		);
		expect(result.verdict.params['reason']).toBe('invalid-address');
		expect(opened.wire.some((line) => line.startsWith('MAIL'))).toBe(false);
	});
});

describe('refusals are explained by stage', () => {
	it('MAIL: sender not owned by the account', async () => {
		const smtp = await server({
			hideENHANCEDSTATUSCODES: true,
			onMailFrom(_address, _session, callback) {
				callback(
					smtpError(
						553,
						'5.7.1 <alice@example.test>: Sender address rejected: not owned by user bob',
					),
				);
			},
		});
		const {result} = await authenticateAndSend(smtp, message());
		expect(result.stage).toBe('mail');
		expect(result.verdict).toMatchObject({
			code: 'send-sender-rejected',
			severity: 'fail',
			params: {code: 553, enhancedCode: '5.7.1'},
		});
	});

	it('RCPT: relay access denied', async () => {
		const smtp = await server({
			hideENHANCEDSTATUSCODES: true,
			onRcptTo(_address, _session, callback) {
				callback(smtpError(554, '5.7.1 <bob@example.org>: Relay access denied'));
			},
		});
		const {result} = await authenticateAndSend(smtp, message());
		expect(result.stage).toBe('rcpt');
		expect(result.verdict.code).toBe('send-relay-denied');
	});

	it('RCPT: unknown user', async () => {
		const smtp = await server({
			hideENHANCEDSTATUSCODES: true,
			onRcptTo(_address, _session, callback) {
				callback(
					smtpError(550, '5.1.1 <bob@example.org>: Recipient address rejected: User unknown'),
				);
			},
		});
		const {result} = await authenticateAndSend(smtp, message());
		expect(result.verdict.code).toBe('send-recipient-unknown');
	});

	it('RCPT: temporary refusal is a warning', async () => {
		const smtp = await server({
			onRcptTo(_address, _session, callback) {
				callback(smtpError(451, 'Greylisted, try again later'));
			},
		});
		const {result} = await authenticateAndSend(smtp, message());
		expect(result.verdict).toMatchObject({code: 'send-refused', severity: 'warn'});
	});

	it('DATA: message too large after the data', async () => {
		const smtp = await server({
			hideENHANCEDSTATUSCODES: true,
			onData(stream, _session, callback) {
				stream.resume();
				stream.on('end', () => {
					callback(smtpError(552, '5.3.4 Message size exceeds fixed limit'));
				});
			},
		});
		const {result} = await authenticateAndSend(smtp, message());
		expect(result.stage).toBe('data');
		expect(result.verdict.code).toBe('send-too-large');
		expect(result.messageId).toMatch(/^</);
	});

	it('DATA: policy rejection after the data', async () => {
		const smtp = await server({
			hideENHANCEDSTATUSCODES: true,
			onData(stream, _session, callback) {
				stream.resume();
				stream.on('end', () => {
					callback(smtpError(554, '5.7.1 Message rejected as spam'));
				});
			},
		});
		const {result} = await authenticateAndSend(smtp, message());
		expect(result.verdict).toMatchObject({
			code: 'send-refused',
			params: {stage: 'data', code: 554},
		});
	});
});

describe('helpers', () => {
	it('extracts queue ids from common dialects', () => {
		const reply = (...lines: string[]) => ({code: 250, lines});
		expect(extractQueueId(reply('Ok: queued as 4XyZ1abC'))).toBe('4XyZ1abC');
		expect(extractQueueId(reply('OK id=1rAbCd-000Xyz-9Q'))).toBe('1rAbCd-000Xyz-9Q');
		expect(
			extractQueueId(
				reply('OK <MW4PR04MB7411.namprd04.prod.outlook.com> [Hostname=MW4PR04MB7411]'),
			),
		).toBe('MW4PR04MB7411.namprd04.prod.outlook.com');
		expect(
			extractQueueId(reply('OK  1700000000 5b1f17b1804b1-40e1a4d1b2fsm1234567wmq.12 - gsmtp')),
		).toBe('5b1f17b1804b1-40e1a4d1b2fsm1234567wmq.12');
		expect(extractQueueId(reply('Ok 0100018c2f3a4b5c-1a2b3c4d-000000'))).toBe(
			'0100018c2f3a4b5c-1a2b3c4d-000000',
		);
		expect(extractQueueId(reply('OK: message queued'))).toBeUndefined();
	});

	it('dot-stuffs and terminates the payload', () => {
		expect(dotStuff('a\n.b\n..c')).toBe('a\r\n..b\r\n...c\r\n.\r\n');
		expect(dotStuff('x\r\n')).toBe('x\r\n.\r\n');
	});
});
