import type {SMTPServerOptions} from 'smtp-server';
import {afterEach, describe, expect, it} from 'vitest';
import {authenticate, chooseMechanism, classifyAuthReply} from '../../source/engine/auth.js';
import type {Credentials} from '../../source/engine/types.js';
import {containsSecret} from '../../source/engine/redact.js';
import {openChannel, type OpenedChannel} from '../helpers/channel.js';
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

async function channelTo(
	port: number,
	security: 'none' | 'starttls' | 'implicit' = 'starttls',
	extra: {servername?: string; trust?: boolean; replyTimeoutMs?: number} = {},
): Promise<OpenedChannel> {
	const certs = await testCertificates();
	const opened = await openChannel({
		port,
		security,
		...(extra.trust === false ? {} : {ca: certs.ca}),
		...(extra.servername ? {servername: extra.servername} : {}),
		...(extra.replyTimeoutMs ? {replyTimeoutMs: extra.replyTimeoutMs} : {}),
	});
	cleanups.push(async () => opened.close());
	return opened;
}

function credentials(extra: Partial<Credentials> = {}): Credentials {
	return {user, secret: canary, ...extra};
}

function expectNoSecret(...values: unknown[]): void {
	for (const value of values) {
		const text = typeof value === 'string' ? value : JSON.stringify(value);
		expect(containsSecret(text, canary, user), text).toBe(false);
		expect(text).not.toContain(canary);
	}
}

describe('authenticate against smtp-server over STARTTLS', () => {
	for (const mechanism of ['PLAIN', 'LOGIN', 'XOAUTH2'] as const) {
		it(`${mechanism}: accepted credentials give auth-ok, the transcript is redacted`, async () => {
			const smtp = await server();
			const opened = await channelTo(smtp.port);
			const result = await authenticate(
				opened.channel,
				opened.capabilities,
				credentials({mechanism}),
			);
			expect(result.verdict.code).toBe('auth-ok');
			expect(result.verdict.severity).toBe('ok');
			expect(result.mechanism).toBe(mechanism);
			expect(smtp.auths).toEqual([{method: mechanism, username: user}]);
			// The secret did travel (base64-encoded) on the wire, but nowhere else.
			expect(containsSecret(opened.wire.join(''), canary, user)).toBe(true);
			expectNoSecret(opened.transcript, result);
			const sent = opened.transcript
				.filter((entry) => entry.direction === 'send')
				.map((entry) => entry.text);
			expect(sent.some((line) => line.includes('<redacted'))).toBe(true);
		});

		it(`${mechanism}: refused credentials give auth-failed with the server's code`, async () => {
			const smtp = await server();
			const opened = await channelTo(smtp.port);
			const result = await authenticate(
				opened.channel,
				opened.capabilities,
				credentials({mechanism, secret: `${canary}-wrong`}),
			);
			expect(result.verdict.code).toBe('auth-failed');
			expect(result.verdict.severity).toBe('fail');
			expect(result.verdict.params['code']).toBe(535);
			if (mechanism === 'XOAUTH2') {
				expect(result.verdict.params['oauthStatus']).toBe('401');
				expect(
					opened.transcript.some((entry) => entry.text.includes('XOAUTH2 error challenge')),
				).toBe(true);
			}

			expectNoSecret(opened.transcript, result);
			expect(JSON.stringify(result)).not.toContain(`${canary}-wrong`);
		});
	}

	it('prefers PLAIN, then LOGIN; XOAUTH2 only when forced', () => {
		expect(chooseMechanism(['LOGIN', 'PLAIN', 'XOAUTH2'])).toBe('PLAIN');
		expect(chooseMechanism(['login', 'CRAM-MD5'])).toBe('LOGIN');
		expect(chooseMechanism(['XOAUTH2'])).toBeUndefined();
		expect(chooseMechanism(['PLAIN', 'XOAUTH2'], 'XOAUTH2')).toBe('XOAUTH2');
		expect(chooseMechanism(['PLAIN'], 'LOGIN')).toBeUndefined();
	});

	it('uses LOGIN when that is all the server offers', async () => {
		const smtp = await server({authMethods: ['LOGIN']});
		const opened = await channelTo(smtp.port);
		const result = await authenticate(opened.channel, opened.capabilities, credentials());
		expect(result.mechanism).toBe('LOGIN');
		expect(result.verdict.code).toBe('auth-ok');
	});

	it('reports a forced mechanism the server does not offer, without sending anything', async () => {
		const smtp = await server({authMethods: ['PLAIN']});
		const opened = await channelTo(smtp.port);
		const result = await authenticate(
			opened.channel,
			opened.capabilities,
			credentials({mechanism: 'XOAUTH2'}),
		);
		expect(result.verdict.code).toBe('auth-unsupported-mechanism');
		expect(result.verdict.params['offered']).toBe('PLAIN');
		expect(smtp.auths).toEqual([]);
	});

	it('reports a server that offers only XOAUTH2 when no mechanism is forced', async () => {
		const smtp = await server({authMethods: ['XOAUTH2']});
		const opened = await channelTo(smtp.port);
		const result = await authenticate(opened.channel, opened.capabilities, credentials());
		expect(result.verdict.code).toBe('auth-unsupported-mechanism');
		expect(result.verdict.params['offered']).toBe('XOAUTH2');
		expect(smtp.auths).toEqual([]);
	});

	it('reports AUTH not offered at all', async () => {
		const smtp = await server({disabledCommands: ['AUTH']});
		const opened = await channelTo(smtp.port);
		const result = await authenticate(opened.channel, opened.capabilities, credentials());
		expect(result.verdict.code).toBe('auth-not-offered');
		expect(opened.wire.some((line) => line.startsWith('AUTH'))).toBe(false);
	});

	it('refuses a user name with control characters before sending anything', async () => {
		const smtp = await server();
		const opened = await channelTo(smtp.port);
		const result = await authenticate(
			opened.channel,
			opened.capabilities,
			credentials({user: 'alice\u0001x', mechanism: 'XOAUTH2'}),
		);
		expect(result.verdict).toMatchObject({code: 'auth-failed', params: {reason: 'invalid-user'}});
		expect(opened.wire.some((line) => line.startsWith('AUTH'))).toBe(false);
	});

	it('works over implicit TLS too', async () => {
		const smtp = await server({secure: true});
		const opened = await channelTo(smtp.port, 'implicit');
		const result = await authenticate(opened.channel, opened.capabilities, credentials());
		expect(result.verdict.code).toBe('auth-ok');
	});
});

describe('unsafe AUTH is refused unless allowed', () => {
	it('never sends credentials before TLS (server offers AUTH in clear)', async () => {
		const smtp = await server({allowInsecureAuth: true});
		const opened = await channelTo(smtp.port, 'none');
		expect(opened.capabilities.authMechanisms.length).toBeGreaterThan(0);
		const result = await authenticate(opened.channel, opened.capabilities, credentials());
		expect(result.verdict).toEqual({
			code: 'auth-skipped-unsafe',
			severity: 'warn',
			params: {reason: 'not-encrypted'},
		});
		expect(smtp.auths).toEqual([]);
		expect(opened.wire.some((line) => line.startsWith('AUTH'))).toBe(false);
		expect(containsSecret(opened.wire.join(''), canary, user)).toBe(false);
	});

	it('with allowPlaintext it runs AUTH and adds a red finding', async () => {
		const smtp = await server({allowInsecureAuth: true});
		const opened = await channelTo(smtp.port, 'none');
		const result = await authenticate(
			opened.channel,
			opened.capabilities,
			credentials({allowPlaintext: true}),
		);
		expect(result.verdict.code).toBe('auth-ok');
		expect(result.findings).toEqual([
			{code: 'auth-plaintext-allowed', severity: 'fail', params: {reason: 'not-encrypted'}},
		]);
		expect(
			opened.transcript.some(
				(entry) => entry.direction === 'note' && entry.text.includes('WARNING'),
			),
		).toBe(true);
		expectNoSecret(opened.transcript, result);
	});

	it('refuses a self-signed (untrusted) certificate, allows it with allowInsecure', async () => {
		const certs = await testCertificates();
		const smtp = await server({key: certs.selfSignedKey, cert: certs.selfSignedCert});
		const refused = await channelTo(smtp.port, 'starttls', {trust: false});
		expect(refused.channel.tls?.isTrusted).toBe(false);
		const first = await authenticate(refused.channel, refused.capabilities, credentials());
		expect(first.verdict.code).toBe('auth-skipped-unsafe');
		expect(first.verdict.params['reason']).toBe('certificate-untrusted');
		expect(smtp.auths).toEqual([]);

		const allowed = await channelTo(smtp.port, 'starttls', {trust: false});
		const second = await authenticate(
			allowed.channel,
			allowed.capabilities,
			credentials({allowInsecure: true}),
		);
		expect(second.verdict.code).toBe('auth-ok');
		expect(second.findings?.[0]).toMatchObject({code: 'auth-insecure-allowed', severity: 'fail'});
	});

	it('refuses a certificate for another host name', async () => {
		const smtp = await server();
		const opened = await channelTo(smtp.port, 'starttls', {servername: 'mail.other.test'});
		expect(opened.channel.tls?.isTrusted).toBe(true);
		expect(opened.channel.tls?.isHostnameMatch).toBe(false);
		const result = await authenticate(opened.channel, opened.capabilities, credentials());
		expect(result.verdict.params['reason']).toBe('certificate-hostname-mismatch');
		expect(smtp.auths).toEqual([]);
	});
});

describe('server answers become verdicts', () => {
	const cases = [
		{
			name: 'Gmail app password',
			responseCode: 534,
			message:
				'5.7.9 Application-specific password required. Learn more at https://support.google.com/mail/?p=InvalidSecondFactor',
			code: 'auth-app-password-required',
		},
		{
			name: 'Gmail bad credentials',
			responseCode: 535,
			message:
				'5.7.8 Username and Password not accepted. Learn more at https://support.google.com/mail/?p=BadCredentials',
			code: 'auth-failed',
		},
		{
			name: 'Microsoft 365 tenant',
			responseCode: 535,
			message:
				'5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled',
			code: 'auth-disabled-for-tenant',
		},
		{
			name: 'Microsoft 365 basic auth off',
			responseCode: 535,
			message: '5.7.139 Authentication unsuccessful, basic authentication is disabled.',
			code: 'auth-disabled-for-tenant',
		},
		{
			name: 'STARTTLS first',
			responseCode: 530,
			message: '5.7.0 Must issue a STARTTLS command first',
			code: 'auth-requires-tls',
		},
		{
			name: 'temporary failure',
			responseCode: 454,
			message: '4.7.0 Temporary authentication failure',
			code: 'auth-failed',
		},
	] as const;

	for (const testCase of cases) {
		it(`${testCase.name}: ${testCase.responseCode} -> ${testCase.code}`, async () => {
			const smtp = await server({
				hideENHANCEDSTATUSCODES: true,
				onAuth(_auth, _session, callback) {
					callback(
						Object.assign(new Error(testCase.message), {responseCode: testCase.responseCode}),
					);
				},
			});
			const opened = await channelTo(smtp.port);
			const result = await authenticate(opened.channel, opened.capabilities, credentials());
			expect(result.verdict.code).toBe(testCase.code);
			expect(result.verdict.params['code']).toBe(testCase.responseCode);
			expect(String(result.verdict.params['text'])).toContain(
				testCase.message.replace(/^\S+ /, '').slice(0, 24),
			);
			expect(result.reply?.code).toBe(testCase.responseCode);
		});
	}

	it('classifies a 504 as an unsupported mechanism', () => {
		expect(
			classifyAuthReply(
				{code: 504, enhancedCode: '5.5.4', lines: ['Unrecognized auth type']},
				'LOGIN',
			).code,
		).toBe('auth-unsupported-mechanism');
	});
});

describe('broken connections and hostile servers', () => {
	it('a server that drops the connection mid-AUTH gives auth-interrupted without the secret', async () => {
		const scripted = await startScriptedServer((socket, line) => {
			if (line.startsWith('AUTH')) {
				socket.destroy();
			}
		});
		cleanups.push(async () => scripted.close());
		const opened = await channelTo(scripted.port, 'none');
		const result = await authenticate(
			opened.channel,
			opened.capabilities,
			credentials({allowPlaintext: true}),
		);
		expect(result.verdict.code).toBe('auth-interrupted');
		expect(result.isConnectionLost).toBe(true);
		expectNoSecret(opened.transcript, result);
	});

	it('a server that never answers AUTH (LOGIN, after the password) gives auth-interrupted', async () => {
		const scripted = await startScriptedServer((socket, line) => {
			if (line === 'AUTH LOGIN') {
				socket.write('334 VXNlcm5hbWU6\r\n');
			} else if (!line.includes('=') && line.length > 0 && scripted.lines.length === 3) {
				socket.write('334 UGFzc3dvcmQ6\r\n');
			}
		});
		cleanups.push(async () => scripted.close());
		const opened = await channelTo(scripted.port, 'none', {replyTimeoutMs: 300});
		const result = await authenticate(
			opened.channel,
			opened.capabilities,
			credentials({allowPlaintext: true, mechanism: 'LOGIN'}),
		);
		expect(result.verdict.code).toBe('auth-interrupted');
		expect(String(result.verdict.params['reason'])).toContain('timeout');
		expect(opened.transcript.map((entry) => entry.text)).toContain('<redacted password>');
		expectNoSecret(opened.transcript, result);
	});

	it('scrubs the secret when a hostile server echoes it back in its reply', async () => {
		const scripted = await startScriptedServer((socket, line) => {
			const blob = line.split(' ')[2] ?? '';
			const decoded = Buffer.from(blob, 'base64').toString('utf8').replaceAll('\0', ' ');
			socket.write(`535 5.7.8 Rejected ${blob} for${decoded}\r\n`);
		});
		cleanups.push(async () => scripted.close());
		const opened = await channelTo(scripted.port, 'none');
		const result = await authenticate(
			opened.channel,
			opened.capabilities,
			credentials({allowPlaintext: true}),
		);
		expect(result.verdict.code).toBe('auth-failed');
		expect(String(result.verdict.params['text'])).toContain('<redacted>');
		expectNoSecret(result);
	});

	it('cancels an unexpected challenge after PLAIN with "*"', async () => {
		const scripted = await startScriptedServer((socket, line) => {
			socket.write(line === '*' ? '501 5.7.0 Authentication aborted\r\n' : '334 \r\n');
		});
		cleanups.push(async () => scripted.close());
		const opened = await channelTo(scripted.port, 'none');
		const result = await authenticate(
			opened.channel,
			opened.capabilities,
			credentials({allowPlaintext: true}),
		);
		expect(scripted.lines.at(-1)).toBe('*');
		expect(result.verdict).toMatchObject({
			code: 'auth-failed',
			params: {reason: 'unexpected-challenge', code: 501},
		});
	});
});
