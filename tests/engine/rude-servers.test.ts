// Slow, silent and rude servers: each must end in the right verdict, quickly, with every
// socket released.
import net from 'node:net';
import {afterEach, describe, expect, test} from 'vitest';
import {expectNoLeakedHandles, activeResources} from '../helpers/handles.js';
import {
	acceptSilently,
	closedPort,
	startScriptedSmtp,
	startTcpServer,
	type TestServer,
} from '../helpers/servers.js';
import {probeOne} from './helpers.js';
import {recommended} from '../helpers/recommended.js';

const servers: TestServer[] = [];

async function keep(server: Promise<TestServer>) {
	const started = await server;
	servers.push(started);
	return started;
}

afterEach(async () => {
	await Promise.all(servers.splice(0).map(async (server) => server.close()));
});

describe('connect failures', () => {
	test('closed port is connection-refused', async () => {
		const before = activeResources();
		const port = await closedPort();
		const {port: result} = await probeOne(port);
		expect(result.verdict).toMatchObject({code: 'connection-refused', severity: 'fail'});
		expect(result.verdict.params).toMatchObject({
			port,
			address: '127.0.0.1',
			errorCode: 'ECONNREFUSED',
		});
		expect(result.phases).toEqual([
			expect.objectContaining({phase: 'connect', isOk: false, detail: 'ECONNREFUSED'}),
		]);
		await expectNoLeakedHandles(before);
	});

	test('localhost tries 127.0.0.1 then ::1 and reports refused', async () => {
		const port = await closedPort();
		const {port: result, run} = await probeOne(port, {}, 'localhost');
		expect(run.addresses.map((item) => item.address)).toEqual(['127.0.0.1', '::1']);
		expect(result.verdict.code).toBe('connection-refused');
		// ::1 may be refused or unreachable (no IPv6 here); the refusal is what the verdict reports.
		expect(result.address).toBe('127.0.0.1');
		expect(result.verdict.params).toMatchObject({address: '127.0.0.1', tried: '127.0.0.1, ::1'});
		expect(result.transcript.map((entry) => entry.text)).toContain(
			`127.0.0.1:${port} refused; trying ::1`,
		);
	});
});

describe('greeting problems', () => {
	test('tarpit (accepts, says nothing) is no-greeting after the greeting timeout, using two connections at most', async () => {
		const before = activeResources();
		const tarpit = await keep(startTcpServer(acceptSilently));
		const {port} = await probeOne(tarpit.port, {
			timeouts: {connect: 1000, greeting: 1200, command: 1000, tls: 600},
			plainSilenceMs: 300,
		});
		expect(port.verdict.code).toBe('no-greeting');
		expect(port.verdict.params).toMatchObject({
			waitedMs: 1200,
			during: 'greeting',
			tlsChecked: 'yes',
		});
		expect(port.attempts).toBe(2);
		expect(tarpit.connectionCount()).toBe(2);
		await expectNoLeakedHandles(before);
	});

	test('554 greeting is greeting-rejected with the text', async () => {
		const server = await keep(
			startScriptedSmtp({banner: '554 5.7.1 Your IP 192.0.2.1 is blocked'}),
		);
		const {port} = await probeOne(server.port);
		expect(port.verdict).toMatchObject({
			code: 'greeting-rejected',
			severity: 'fail',
			params: {code: 554, text: '5.7.1 Your IP 192.0.2.1 is blocked'},
		});
	});

	test('421 greeting is rate-limited (info, never fail)', async () => {
		const server = await keep(
			startScriptedSmtp({banner: '421 4.7.0 Too many connections from your host'}),
		);
		const {port} = await probeOne(server.port);
		expect(port.verdict).toMatchObject({code: 'rate-limited', severity: 'info'});
		expect(String(port.verdict.params['text'])).toContain('Too many connections');
	});

	test('421 after EHLO is rate-limited too', async () => {
		const server = await keep(
			startScriptedSmtp({
				banner: '220 mx.test ESMTP',
				reply: (line) => (/^ehlo/i.test(line) ? '421 4.4.5 Too many connections' : undefined),
			}),
		);
		const {port} = await probeOne(server.port);
		expect(port.verdict).toMatchObject({
			code: 'rate-limited',
			severity: 'info',
			params: {during: 'ehlo'},
		});
	});

	test('slow banner (one byte every 40 ms) still works', async () => {
		const banner = '220 slow.test ESMTP\r\n';
		const server = await keep(
			startTcpServer((socket) => {
				let index = 0;
				const timer = setInterval(() => {
					socket.write(banner[index] ?? '');
					index++;
					if (index >= banner.length) {
						clearInterval(timer);
						socket.on('data', (data: Buffer) => {
							const line = data.toString('latin1');
							socket.write(/^quit/i.test(line) ? '221 bye\r\n' : '250 slow.test\r\n');
						});
					}
				}, 40);
				socket.on('close', () => {
					clearInterval(timer);
				});
			}),
		);
		const {port} = await probeOne(server.port);
		expect(port.greeting).toBe('slow.test ESMTP');
		expect(port.verdict.code).toBe('starttls-not-offered');
		expect(port.attempts).toBe(1);
	});

	test('one byte per second with a 1.5 s greeting timeout is no-greeting showing the partial banner', async () => {
		const before = activeResources();
		const server = await keep(
			startTcpServer((socket) => {
				const banner = '220 very slow banner\r\n';
				let index = 0;
				const send = () => {
					socket.write(banner[index] ?? '');
					index++;
				};

				send();
				const timer = setInterval(send, 1000);
				socket.on('close', () => {
					clearInterval(timer);
				});
			}),
		);
		const {port} = await probeOne(server.port, {
			timeouts: {connect: 1000, greeting: 1500, command: 1000, tls: 1000},
		});
		expect(port.verdict.code).toBe('no-greeting');
		expect(port.verdict.params['partial']).toBe('22');
		// Bytes arrived, so the port is not silent: no TLS attempt on a second connection.
		expect(port.attempts).toBe(1);
		await expectNoLeakedHandles(before);
	});
});

describe('not SMTP', () => {
	test('HTTP server answering on connect is not-smtp with the text', async () => {
		const server = await keep(
			startTcpServer((socket) => {
				socket.end('HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n');
			}),
		);
		const {port} = await probeOne(server.port);
		expect(port.verdict).toMatchObject({
			code: 'not-smtp',
			params: {text: 'HTTP/1.1 400 Bad Request'},
		});
	});

	test('SSH banner is not-smtp', async () => {
		const server = await keep(
			startTcpServer((socket) => {
				socket.write('SSH-2.0-OpenSSH_9.6p1 Ubuntu-3ubuntu13\r\n');
			}),
		);
		const {port} = await probeOne(server.port);
		expect(port.verdict.code).toBe('not-smtp');
		expect(port.verdict.params['text']).toContain('SSH-2.0-OpenSSH_9.6p1');
	});

	test('binary garbage is not-smtp, escaped', async () => {
		const server = await keep(
			startTcpServer((socket) => {
				socket.write(Buffer.from([0x00, 0xff, 0x1b, 0x5b, 0x32, 0x4a, 0x07, 0x0a]));
			}),
		);
		const {port} = await probeOne(server.port);
		expect(port.verdict.code).toBe('not-smtp');
		expect(port.verdict.params['text']).toBe(String.raw`\x00�\x1b[2J\x07`);
	});
});

describe('bounded reads', () => {
	test('a 1 MiB line without newline ends as reply-too-large', async () => {
		const server = await keep(
			startTcpServer((socket) => {
				socket.write(`220 ${'x'.repeat(1024 * 1024)}`);
			}),
		);
		const {port} = await probeOne(server.port);
		expect(port.verdict).toMatchObject({
			code: 'reply-too-large',
			params: {reason: 'line-too-long'},
		});
	});

	test('an endless multi-line reply ends as reply-too-large', async () => {
		const server = await keep(
			startTcpServer((socket) => {
				const timer = setInterval(() => {
					if (!socket.destroyed) {
						socket.write('220-still talking\r\n'.repeat(20));
					}
				}, 5);
				socket.on('close', () => {
					clearInterval(timer);
				});
			}),
		);
		const {port} = await probeOne(server.port);
		expect(port.verdict).toMatchObject({
			code: 'reply-too-large',
			params: {reason: 'too-many-lines'},
		});
	});

	test('reset in the middle of a multi-line EHLO reply is connection-reset', async () => {
		const server = await keep(
			startScriptedSmtp({
				banner: '220 mx.test ESMTP',
				reply(line, socket) {
					if (/^ehlo/i.test(line)) {
						socket.write('250-mx.test\r\n250-PIPELINING\r\n');
						socket.resetAndDestroy();
						return '';
					}

					return undefined;
				},
			}),
		);
		const {port} = await probeOne(server.port);
		expect(port.verdict).toMatchObject({code: 'connection-reset', params: {during: 'ehlo'}});
	});
});

describe('EHLO and STARTTLS replies', () => {
	test('EHLO refused with 502 falls back to HELO', async () => {
		const server = await keep(
			startScriptedSmtp({
				banner: '220 old.test SMTP',
				reply: (line) => (/^ehlo/i.test(line) ? '502 5.5.1 command not implemented' : undefined),
			}),
		);
		const {port} = await probeOne(server.port, {portRoles: {}});
		expect(port.phases.map((phase) => [phase.phase, phase.isOk])).toEqual([
			['connect', true],
			['greeting', true],
			['ehlo', false],
			['helo', true],
			['quit', true],
		]);
		expect(port.capabilities?.startTls).toBe(false);
		expect(server.received).toContain('HELO client.test');
		expect(port.verdict.code).toBe('starttls-not-offered');
	});

	test('EHLO and HELO both refused is ehlo-rejected', async () => {
		const server = await keep(
			startScriptedSmtp({
				banner: '220 picky.test ESMTP',
				reply: (line) =>
					/^ehlo/i.test(line)
						? '500 5.5.2 syntax error'
						: /^helo/i.test(line)
							? '550 5.7.1 bad name'
							: undefined,
			}),
		);
		const {port} = await probeOne(server.port);
		expect(port.verdict).toMatchObject({
			code: 'ehlo-rejected',
			params: {code: 550, text: '5.7.1 bad name'},
		});
	});

	test('STARTTLS advertised but refused with 454 is starttls-refused', async () => {
		const server = await keep(
			startScriptedSmtp({
				banner: '220 mx.test ESMTP',
				reply: (line) =>
					/^ehlo/i.test(line)
						? '250-mx.test\r\n250-STARTTLS\r\n250 8BITMIME'
						: /^starttls/i.test(line)
							? '454 4.7.0 TLS not available due to local problem'
							: undefined,
			}),
		);
		const {port} = await probeOne(server.port);
		expect(port.verdict).toMatchObject({
			code: 'starttls-refused',
			severity: 'fail',
			params: {code: 454},
		});
	});

	test('no STARTTLS on the relay port is plain-only; on a submission port it is starttls-not-offered', async () => {
		const server = await keep(startScriptedSmtp({banner: '220 plain.test ESMTP'}));
		const relay = await probeOne(server.port, {portRoles: {[server.port]: 'relay'}});
		expect(relay.port.verdict).toMatchObject({code: 'plain-only', severity: 'warn'});
		expect(relay.port.encryption).toBe('none');
		expect(recommended(relay.run, {[server.port]: 'relay'})).toMatchObject({
			reason: 'plain-only-last-resort',
			encryption: 'none',
		});
		const submission = await probeOne(server.port);
		expect(submission.port.verdict).toMatchObject({code: 'starttls-not-offered', severity: 'fail'});
		expect(recommended(submission.run)).toBeUndefined();
	});

	test('AUTH offered with no TLS on a submission port is the verdict auth-before-tls', async () => {
		const server = await keep(
			startScriptedSmtp({
				banner: '220 plain.test ESMTP',
				reply: (line) =>
					/^ehlo/i.test(line) ? '250-plain.test\r\n250 AUTH=LOGIN PLAIN' : undefined,
			}),
		);
		const {port} = await probeOne(server.port);
		expect(port.verdict).toMatchObject({
			code: 'auth-before-tls',
			severity: 'fail',
			params: {mechanisms: 'LOGIN PLAIN'},
		});
		expect(port.findings.map((finding) => finding.code)).toContain('starttls-not-offered');
	});
});

describe('escaping', () => {
	test('ESC sequences and control bytes in server text come out escaped everywhere', async () => {
		const evil = '220 \u001B[31mred\u001B[0m \u0007bell \u009Bcsi \u202Eevil\u0008';
		const server = await keep(
			startScriptedSmtp({
				banner: evil,
				reply: (line) => (/^ehlo/i.test(line) ? '554 \u001B]0;title\u0007 no' : undefined),
			}),
		);
		const {port, events} = await probeOne(server.port);
		const serialised = JSON.stringify({port, events});
		// No raw control characters anywhere (JSON would show them as \u001b etc.).
		expect(serialised).not.toMatch(/\\u00(?:1b|07|08|9b)|\\u202e/i);
		expect(port.greeting).toBe(String.raw`\x1b[31mred\x1b[0m \x07bell \x9bcsi \u{202e}evil\x08`);
		expect(port.verdict.code).toBe('ehlo-rejected');
		expect(port.verdict.params['text']).toBe(String.raw`\x1b]0;title\x07 no`);
		expect(port.transcript.some((entry) => entry.text.includes(String.raw`220 \x1b[31m`))).toBe(
			true,
		);
	});
});

test('a socket left half-open by the server does not keep the probe alive', async () => {
	const before = activeResources();
	const server = await keep(
		startTcpServer((socket: net.Socket) => {
			socket.write('220 x ESMTP\r\n');
			socket.end();
		}),
	);
	const {port} = await probeOne(server.port);
	expect(port.verdict).toMatchObject({code: 'connection-reset', params: {during: 'ehlo'}});
	await expectNoLeakedHandles(before);
});

test('an HTTP server that waits for a request is named not-smtp from its answer to the TLS check', async () => {
	const server = await keep(
		startTcpServer((socket) => {
			socket.once('data', () => {
				socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
			});
		}),
	);
	const {port} = await probeOne(server.port, {
		timeouts: {connect: 1000, greeting: 1200, command: 1000, tls: 1000},
		plainSilenceMs: 200,
	});
	expect(port.verdict).toMatchObject({
		code: 'not-smtp',
		params: {text: 'HTTP/1.1 400 Bad Request', during: 'greeting'},
	});
	expect(port.attempts).toBe(2);
});

test('a server that greets and then never answers EHLO is command-timeout', async () => {
	const before = activeResources();
	const server = await keep(startScriptedSmtp({banner: '220 mute.test ESMTP', reply: () => ''}));
	const {port} = await probeOne(server.port, {
		timeouts: {connect: 1000, greeting: 1000, command: 600, tls: 1000},
	});
	expect(port.verdict).toMatchObject({
		code: 'command-timeout',
		params: {during: 'ehlo', waitedMs: 600},
	});
	await expectNoLeakedHandles(before);
});

describe('reply flood', () => {
	test('a server flooding "250 ok" after EHLO is a protocol-error with a bounded transcript', async () => {
		const before = activeResources();
		const flood = Buffer.from('250 ok\r\n'.repeat(2000));
		const server = await keep(
			startScriptedSmtp({
				banner: '220 mx.test ESMTP',
				reply(line, socket) {
					if (/^ehlo/i.test(line)) {
						socket.write('250-mx.test\r\n250 8BITMIME\r\n');
						// Keep flooding until the client hangs up.
						const pump = () => {
							while (!socket.destroyed && socket.write(flood)) {
								// Fill the buffer.
							}
						};

						socket.on('drain', pump);
						pump();
						return '';
					}

					return undefined;
				},
			}),
		);
		const {port, events} = await probeOne(server.port, {mode: 'none'});
		expect(port.verdict).toMatchObject({
			code: 'protocol-error',
			params: {reason: 'unsolicited-replies', during: 'ehlo'},
		});
		expect(port.transcript.length).toBeLessThan(50);
		expect(port.transcript.map((entry) => entry.text)).toContain(
			'the server sent more than 3 replies no command asked for; stopped reading',
		);
		expect(events.filter((event) => event.type === 'transcript').length).toBe(
			port.transcript.length,
		);
		await expectNoLeakedHandles(before);
	});

	test('the transcript is capped per port with a "lines dropped" note', async () => {
		const big = (code: number) =>
			[...Array.from({length: 99}, (_, index) => `${code}-line ${index}`), `${code} end`].join(
				'\r\n',
			);
		const server = await keep(
			startScriptedSmtp({
				banner: big(220),
				reply(line) {
					return /^ehlo/i.test(line)
						? Array.from({length: 6}, () => big(250)).join('\r\n')
						: undefined;
				},
			}),
		);
		const {port} = await probeOne(server.port, {mode: 'none'});
		expect(port.verdict.params).toMatchObject({reason: 'unsolicited-replies'});
		expect(port.transcript).toHaveLength(501);
		expect(port.transcript.at(-1)?.text).toMatch(
			/^\d+ lines dropped \(transcript limit 500 per port\)$/,
		);
	});
});
