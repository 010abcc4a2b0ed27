// Greetings that take their time (issue 10, rule 6): a "220-" teaser that arrived is never "no
// greeting"; a greeting slower than 3 s is a finding; each transcript line is stamped when it
// arrived, also the lines of one multi-line reply. Real loopback servers.
import {afterEach, expect, test} from 'vitest';
import {startTcpServer, type TestServer} from '../helpers/servers.js';
import {fastTimeouts, probeOne} from './helpers.js';

const servers: TestServer[] = [];
afterEach(async () => {
	await Promise.all(servers.splice(0).map(async (server) => server.close()));
});

/** "220-" at once, the final "220 " after `finalMs`, then a plain SMTP dialogue. */
async function teaser(finalMs: number): Promise<TestServer> {
	const server = await startTcpServer((socket) => {
		socket.on('error', () => undefined);
		socket.write('220-mx.teaser.test ESMTP, hold on\r\n');
		const timer = setTimeout(() => {
			if (!socket.destroyed) {
				socket.write('220 mx.teaser.test ESMTP\r\n');
			}
		}, finalMs);
		socket.on('close', () => {
			clearTimeout(timer);
		});
		let buffer = '';
		socket.on('data', (chunk: Uint8Array) => {
			buffer += Buffer.from(chunk).toString('latin1');
			let index = buffer.indexOf('\n');
			while (index !== -1) {
				const line = buffer.slice(0, index).trim();
				buffer = buffer.slice(index + 1);
				socket.write(/^quit/i.test(line) ? '221 bye\r\n' : '250 mx.teaser.test\r\n');
				index = buffer.indexOf('\n');
			}
		});
	});
	servers.push(server);
	return server;
}

test('the final line held past the greeting timeout: greeting-delay, with when the teaser came', async () => {
	const server = await teaser(60_000);
	const {port} = await probeOne(server.port, {
		mode: 'none',
		timeouts: {...fastTimeouts, greeting: 800},
	});
	expect(port.verdict.code).toBe('greeting-delay');
	expect(port.verdict.params['lines']).toBe(1);
	expect(Number(port.verdict.params['firstLineMs'])).toBeLessThan(500);
	expect(port.verdict.params['waitedMs']).toBe(800);
	// The teaser is in the transcript although its reply never completed.
	expect(port.transcript.map((entry) => entry.text)).toContain('220-mx.teaser.test ESMTP, hold on');
});

test('a greeting that completes after 3 s: greeting-slow, and each line stamped on arrival', async () => {
	const server = await teaser(3300);
	const {port} = await probeOne(server.port, {
		mode: 'none',
		timeouts: {...fastTimeouts, greeting: 10_000},
	});
	const slow = port.findings.find((finding) => finding.code === 'greeting-slow');
	expect(slow?.severity).toBe('warn');
	expect(Number(slow?.params['greetingMs'])).toBeGreaterThanOrEqual(3000);
	const first = port.transcript.find((entry) => entry.text.startsWith('220-'));
	const last = port.transcript.find((entry) => entry.text === '220 mx.teaser.test ESMTP');
	expect(first && last).toBeTruthy();
	expect(last!.atMs - first!.atMs).toBeGreaterThanOrEqual(3000);
});
