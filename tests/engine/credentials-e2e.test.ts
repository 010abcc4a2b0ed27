// End to end through the real engine (runProbe): AUTH and the test message over the probe's
// own connection, with a canary secret that must appear nowhere but on the wire.
import type {SMTPServerOptions} from 'smtp-server';
import {afterEach, describe, expect, it} from 'vitest';
import {createProbeOptions, runProbe} from '../../source/engine/index.js';
import type {Credentials, ProbeEvent, ProbeOptions, RunResult} from '../../source/engine/types.js';
import {createTestMessage} from '../../source/engine/compose-message.js';
import {containsSecret} from '../../source/engine/redact.js';
import {activeResources, expectNoLeakedHandles} from '../helpers/handles.js';
import {testCertificates} from '../helpers/certificates.js';
import {type RunningServer, startScriptedServer, startAuthServer} from '../helpers/servers.js';

const user = 'alice@example.test';
const canary = 'canary-S3cr3t-7f3a';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
	for (const cleanup of cleanups.splice(0).reverse()) {
		await cleanup();
	}
});

async function server(options: SMTPServerOptions = {}): Promise<RunningServer> {
	const running = await startAuthServer(user, canary, options);
	cleanups.push(async () => running.close());
	return running;
}

async function probe(
	port: number,
	credentials: Partial<Credentials>,
	extra: Partial<ProbeOptions> = {},
): Promise<{run: RunResult; events: ProbeEvent[]}> {
	const certs = await testCertificates();
	const events: ProbeEvent[] = [];
	const run = await runProbe(
		'127.0.0.1',
		createProbeOptions({
			ports: [port],
			mode: 'auto',
			portRoles: {[port]: 'submission'},
			timeouts: {connect: 2000, greeting: 3000, command: 3000, tls: 3000},
			ehloName: 'client.test',
			plainSilenceMs: 300,
			ca: [certs.ca],
			servername: 'localhost',
			credentials: {user, secret: canary, ...credentials},
			...extra,
		}),
		(event) => {
			events.push(event);
		},
	);
	return {run, events};
}

/** The canary and its base64 forms appear nowhere in what the engine produced. */
function expectNoCanary(run: RunResult, events: readonly ProbeEvent[]): void {
	for (const text of [JSON.stringify(run), JSON.stringify(events)]) {
		expect(text).not.toContain(canary);
		expect(containsSecret(text, canary, user)).toBe(false);
	}
}

function transcriptOf(run: RunResult): string[] {
	return run.ports[0]!.transcript.map((entry) => `${entry.direction} ${entry.text}`);
}

describe('credentials through the engine', () => {
	it('logs in over STARTTLS and sends the test message; queue id and redacted transcript', async () => {
		const smtp = await server();
		const testMessage = createTestMessage({
			from: user,
			to: 'bob@example.org',
			port: smtp.port,
			host: 'localhost',
		});
		const {run, events} = await probe(smtp.port, {}, {testMessage});
		const port = run.ports[0]!;
		expect(port.encryption).toBe('starttls');
		expect(port.auth?.verdict.code).toBe('auth-ok');
		expect(port.send?.verdict.code).toBe('send-ok');
		expect(port.send?.queueId).toBe('ABC123');
		expect(smtp.messages).toHaveLength(1);
		expect(smtp.messages[0]!.raw).toContain(`Message-ID: ${port.send?.messageId}`);
		const transcript = transcriptOf(run);
		expect(transcript).toContain('send AUTH PLAIN <redacted>');
		expect(transcript.some((line) => line.startsWith('send <test message:'))).toBe(true);
		expect(port.phases.map((phase) => phase.phase)).toEqual(
			expect.arrayContaining(['auth', 'mail']),
		);
		expectNoCanary(run, events);
	});

	it('535 with LOGIN: auth-failed, no test message, no canary', async () => {
		const smtp = await server();
		const testMessage = createTestMessage({
			from: user,
			to: 'bob@example.org',
			port: smtp.port,
			host: 'h',
		});
		const {run, events} = await probe(
			smtp.port,
			{mechanism: 'LOGIN', secret: `${canary}x`},
			{testMessage},
		);
		const port = run.ports[0]!;
		expect(port.auth?.verdict).toMatchObject({code: 'auth-failed', params: {code: 535}});
		expect(port.send).toBeUndefined();
		expect(smtp.messages).toHaveLength(0);
		expect(transcriptOf(run)).toContain('send <redacted password>');
		expect(JSON.stringify({run, events})).not.toContain(`${canary}x`);
	});

	it('XOAUTH2 refused: the error challenge is answered and explained', async () => {
		const smtp = await server();
		const {run, events} = await probe(smtp.port, {
			mechanism: 'XOAUTH2',
			secret: `${canary}`,
			user: 'other@example.test',
		});
		const port = run.ports[0]!;
		expect(port.auth?.verdict).toMatchObject({
			code: 'auth-failed',
			params: {oauthStatus: '401', code: 535},
		});
		expect(transcriptOf(run)).toContain('send AUTH XOAUTH2 <redacted token>');
		expectNoCanary(run, events);
	});

	it('refuses AUTH without TLS: skipped, nothing sent', async () => {
		const smtp = await server({allowInsecureAuth: true, hideSTARTTLS: true});
		const {run, events} = await probe(smtp.port, {});
		expect(run.ports[0]!.auth?.verdict).toMatchObject({
			code: 'auth-skipped-unsafe',
			params: {reason: 'not-encrypted'},
		});
		expect(smtp.auths).toEqual([]);
		expectNoCanary(run, events);
	});

	it('--allow-plaintext-auth: AUTH runs and a red finding joins the port findings', async () => {
		const smtp = await server({allowInsecureAuth: true, hideSTARTTLS: true});
		const {run} = await probe(smtp.port, {allowPlaintext: true});
		const port = run.ports[0]!;
		expect(port.auth?.verdict.code).toBe('auth-ok');
		expect(port.findings).toContainEqual(
			expect.objectContaining({code: 'auth-plaintext-allowed', severity: 'fail'}),
		);
	});

	it('TLS 1.0 only: AUTH refused as old-tls unless --insecure, then with a red finding', async () => {
		// The probe negotiates TLS 1.0 to name old servers; that must not carry a password.
		const oldTls = {
			secure: true,
			minVersion: 'TLSv1',
			maxVersion: 'TLSv1',
			ciphers: 'DEFAULT@SECLEVEL=0',
		} as const;
		const smtp = await server(oldTls);
		const skipped = await probe(smtp.port, {}, {mode: 'implicit-tls'});
		expect(skipped.run.ports[0]!.tls?.protocol).toBe('TLSv1');
		expect(skipped.run.ports[0]!.auth?.verdict).toMatchObject({
			code: 'auth-skipped-unsafe',
			params: {reason: 'old-tls'},
		});
		expect(smtp.auths).toEqual([]);

		const allowed = await probe(smtp.port, {allowInsecure: true}, {mode: 'implicit-tls'});
		const port = allowed.run.ports[0]!;
		expect(port.auth?.verdict.code).toBe('auth-ok');
		expect(port.findings).toContainEqual(
			expect.objectContaining({
				code: 'auth-insecure-allowed',
				severity: 'fail',
				params: {reason: 'old-tls'},
			}),
		);
		expect(smtp.auths).toHaveLength(1);
		expectNoCanary(allowed.run, allowed.events);
	});

	it('a server that drops the connection mid-AUTH: auth-interrupted, no QUIT wait, no leaks, no canary', async () => {
		const scripted = await startScriptedServer((socket, line) => {
			if (line.startsWith('AUTH')) {
				socket.destroy();
			}
		});
		cleanups.push(async () => scripted.close());
		const before = activeResources();
		const {run, events} = await probe(scripted.port, {allowPlaintext: true}, {mode: 'none'});
		const port = run.ports[0]!;
		expect(port.auth?.verdict.code).toBe('auth-interrupted');
		expect(port.auth?.isConnectionLost).toBe(true);
		expect(port.phases.some((phase) => phase.phase === 'quit')).toBe(false);
		expectNoCanary(run, events);
		await expectNoLeakedHandles(before);
	});

	it('a server that goes silent mid-AUTH: auth-interrupted after the command timeout', async () => {
		const scripted = await startScriptedServer(() => undefined);
		cleanups.push(async () => scripted.close());
		const {run, events} = await probe(
			scripted.port,
			{allowPlaintext: true},
			{mode: 'none', timeouts: {connect: 2000, greeting: 3000, command: 300, tls: 3000}},
		);
		expect(run.ports[0]!.auth?.verdict.code).toBe('auth-interrupted');
		expect(String(run.ports[0]!.auth?.verdict.params['reason'])).toContain('timeout');
		expectNoCanary(run, events);
	});

	it('scrubs a secret the server echoes back, in the transcript too', async () => {
		const scripted = await startScriptedServer((socket, line) => {
			const blob = line.split(' ')[2] ?? '';
			const decoded = Buffer.from(blob, 'base64').toString('utf8').replaceAll('\0', ' ');
			socket.write(`535 5.7.8 Rejected ${blob} for${decoded}\r\n`);
		});
		cleanups.push(async () => scripted.close());
		const {run, events} = await probe(scripted.port, {allowPlaintext: true}, {mode: 'none'});
		expect(run.ports[0]!.auth?.verdict.code).toBe('auth-failed');
		expect(
			transcriptOf(run).some(
				(line) => line.startsWith('receive 535') && line.includes('<redacted>'),
			),
		).toBe(true);
		expectNoCanary(run, events);
	});

	it('scrubs a secret echoed later, in the RCPT refusal of the test message', async () => {
		let stolen = '';
		const scripted = await startScriptedServer((socket, line) => {
			if (line.startsWith('AUTH PLAIN ')) {
				stolen = Buffer.from(line.slice(11), 'base64').toString('utf8').split('\0')[2] ?? '';
				socket.write('235 2.7.0 ok\r\n');
			} else if (line.startsWith('MAIL')) {
				socket.write('250 2.1.0 ok\r\n');
			} else if (line.startsWith('RCPT')) {
				socket.write(`554 5.7.1 Relay access denied; your password is ${stolen}\r\n`);
			} else if (line === 'QUIT') {
				socket.end('221 bye\r\n');
			}
		});
		cleanups.push(async () => scripted.close());
		const testMessage = createTestMessage({
			from: user,
			to: 'bob@example.org',
			port: scripted.port,
			host: 'h',
		});
		const {run, events} = await probe(
			scripted.port,
			{allowPlaintext: true},
			{mode: 'none', testMessage},
		);
		expect(stolen).toBe(canary);
		expect(run.ports[0]!.send?.verdict.code).toBe('send-relay-denied');
		expect(JSON.stringify(run.ports[0]!.send)).toContain('<redacted>');
		expectNoCanary(run, events);
	});

	it('cancelled mid-AUTH: every socket and timer released, no canary', async () => {
		const scripted = await startScriptedServer(() => undefined);
		cleanups.push(async () => scripted.close());
		const controller = new AbortController();
		const before = activeResources();
		const events: ProbeEvent[] = [];
		const certs = await testCertificates();
		const run = await runProbe(
			'127.0.0.1',
			createProbeOptions({
				ports: [scripted.port],
				mode: 'none',
				portRoles: {[scripted.port]: 'submission'},
				timeouts: {connect: 2000, greeting: 3000, command: 10_000, tls: 3000},
				ehloName: 'client.test',
				ca: [certs.ca],
				credentials: {user, secret: canary, allowPlaintext: true},
				signal: controller.signal,
			}),
			(event) => {
				events.push(event);
				if (event.type === 'transcript' && event.entry.text.startsWith('AUTH')) {
					controller.abort();
				}
			},
		);
		expect(run.isCancelled).toBe(true);
		expectNoCanary(run, events);
		await expectNoLeakedHandles(before);
	});
});
