// A server that echoes what it received (some do, on purpose or by bug) must not get any part
// of the password out by making it straddle a cut: the 200-character failure text, the
// 1,024-character transcript line, an over-long line (line-too-long), or a reply still
// arriving when the wait ended. The secret is redacted on the raw, whole text before anything
// is escaped or shortened. Every mechanism (PLAIN, LOGIN, XOAUTH2); every output (JSON, the -v
// transcript, the Markdown report); every 6+ character start and end of the secret searched.
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import type net from 'node:net';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {createLeafCertificate, createTestCa} from '../helpers/certificates.js';
import {startScriptedSmtpTls, type TestServer} from '../helpers/servers.js';
import {runCli} from './cli-helpers.js';

const secret = 'Zq7-canary-S3cret-W0rd-x9';
const user = 'alice@example.com';

/** Every start and end of the secret of 6 characters or more. */
const pieces = [...Array.from({length: secret.length - 5}, (_, index) => index + 6)].flatMap(
	(length) => [secret.slice(0, length), secret.slice(-length)],
);

/** How the server places the echo: `pad` characters of text before it, then the line ends (or not). */
type Placement = {readonly name: string; readonly pad: number; readonly isCutOff?: boolean};
const placements: readonly Placement[] = [
	{name: 'across the 200-character failure text', pad: 190},
	{name: 'across the 1,024-character transcript line', pad: 1010},
	{name: 'inside an over-long line (line-too-long)', pad: 4090},
	{name: 'in a reply cut off by the wait (the line never ends)', pad: 20, isCutOff: true},
];

let directory: string;
let caFile: string;
let tlsOptions: {key: string; cert: string};

beforeAll(async () => {
	const ca = await createTestCa();
	const leaf = await createLeafCertificate({ca});
	directory = mkdtempSync(path.join(tmpdir(), 'smtp-doctor-redact-'));
	caFile = path.join(directory, 'ca.pem');
	writeFileSync(caFile, ca.cert);
	tlsOptions = {key: leaf.key, cert: leaf.cert};
});

afterAll(() => {
	rmSync(directory, {recursive: true, force: true});
});

/** An implicit-TLS server whose AUTH answers echo the secret (and the line received) at `placement`. */
async function echoingServer(placement: Placement): Promise<TestServer> {
	const echo = (socket: net.Socket, received: string) => {
		const text = `535 5.7.8 ${'x'.repeat(placement.pad)}${secret} you sent: ${received}`;
		if (placement.isCutOff) {
			// Half the secret, then silence: the command timeout ends the wait mid-line.
			socket.write(text.slice(0, 14 + placement.pad + 10));
			return '';
		}

		return text;
	};

	let isLoginStep = 0;
	return startScriptedSmtpTls(tlsOptions, {
		banner: '220 echo.test ESMTP',
		reply(line, socket) {
			if (/^ehlo/i.test(line)) {
				return '250-echo.test\r\n250 AUTH PLAIN LOGIN XOAUTH2';
			}

			if (/^auth login$/i.test(line)) {
				isLoginStep = 1;
				return '334 VXNlcm5hbWU6';
			}

			if (isLoginStep === 1) {
				isLoginStep = 2;
				return '334 UGFzc3dvcmQ6';
			}

			if (isLoginStep === 2 || /^auth /i.test(line)) {
				isLoginStep = 0;
				return echo(socket, line);
			}

			return undefined;
		},
	});
}

describe.each(['PLAIN', 'LOGIN', 'XOAUTH2'] as const)('AUTH %s', (mechanism) => {
	test.each(placements)('the secret $name never leaves, in part or whole', async (placement) => {
		const server = await echoingServer(placement);
		try {
			const report = path.join(directory, `${mechanism}-${placement.pad}.md`);
			const base = [
				'check',
				'127.0.0.1',
				'--ports',
				String(server.port),
				'--mode',
				'implicit-tls',
				'--ca',
				caFile,
				'--user',
				user,
				'--auth-mech',
				mechanism,
				'--command-timeout',
				'1s',
			];
			const env = {SMTP_DOCTOR_PASSWORD: secret};
			const json = await runCli([...base, '--json'], env);
			const plain = await runCli([...base, '-v', '--report', report], env);
			// The server did echo it: the test would prove nothing otherwise.
			expect(server.received.some((line) => /^auth/i.test(line))).toBe(true);
			const outputs = {
				json: json.stdout + json.stderr,
				transcript: plain.stdout + plain.stderr,
				report: readFileSync(report, 'utf8'),
			};
			for (const [name, text] of Object.entries(outputs)) {
				// The echo reached the output (a reply cut off by the wait is not shown at all).
				if (!placement.isCutOff) {
					expect(text, name).toContain('5.7.8');
				}

				for (const piece of pieces) {
					expect(text.includes(piece), `${name} holds "${piece}"`).toBe(false);
				}
			}
		} finally {
			await server.close();
		}
	});
});
