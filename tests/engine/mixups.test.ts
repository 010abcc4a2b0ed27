// The two classic mix-ups: SSL/TLS spoken to a plain (STARTTLS) port, and plain text spoken
// to an implicit-TLS port. Auto mode recognises them and carries on with the right
// encryption on a second connection (a finding); explicit modes make them the verdict.
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {
	createLeafCertificate,
	createTestCa,
	type TestCertificate,
} from '../helpers/certificates.js';
import {activeResources, expectNoLeakedHandles} from '../helpers/handles.js';
import {startSmtpServer, startTcpServer, type TestServer} from '../helpers/servers.js';
import {waitFor} from '../helpers/wait-for.js';
import {probeOne} from './helpers.js';
import {recommended} from '../helpers/recommended.js';

let ca: TestCertificate;
let leaf: TestCertificate;
let plainServer: TestServer;
let tlsServer: TestServer;

beforeAll(async () => {
	ca = await createTestCa();
	leaf = await createLeafCertificate({ca});
	plainServer = await startSmtpServer({key: leaf.key, cert: leaf.cert, authOptional: true});
	tlsServer = await startSmtpServer({
		secure: true,
		key: leaf.key,
		cert: leaf.cert,
		authOptional: true,
	});
});

afterAll(async () => {
	await Promise.all([plainServer.close(), tlsServer.close()]);
});

describe('SSL/TLS on a plain-text port', () => {
	test('auto mode (port treated as 465): finding, then plain + STARTTLS on a second connection', async () => {
		const before = plainServer.connectionCount();
		const {port} = await probeOne(
			plainServer.port,
			{ca: [ca.cert], portRoles: {[plainServer.port]: 'submissions'}},
			'localhost',
		);
		expect(port.verdict.code).toBe('starttls-ok');
		expect(port.findings).toContainEqual(
			expect.objectContaining({code: 'tls-on-plaintext-port', severity: 'warn'}),
		);
		// smtp-server answers a client that talks first (our ClientHello) with 421; either way it is SMTP in clear.
		expect(String(port.findings[0]?.params['banner'])).toMatch(/^(?:220|421) /);
		expect(port.attempts).toBe(2);
		expect(plainServer.connectionCount() - before).toBe(2);
		expect(port.phases.map((phase) => `${phase.attempt}:${phase.phase}`)).toEqual([
			'1:connect',
			'1:tls',
			'2:connect',
			'2:greeting',
			'2:ehlo',
			'2:starttls',
			'2:tls',
			'2:ehlo',
			'2:quit',
		]);
	});

	test('explicit implicit-tls mode: the verdict says to use STARTTLS, one connection only', async () => {
		const before = activeResources();
		const {port} = await probeOne(plainServer.port, {mode: 'implicit-tls'}, 'localhost');
		expect(port.verdict).toMatchObject({code: 'tls-on-plaintext-port', severity: 'fail'});
		expect(String(port.verdict.params['banner'])).toMatch(/^(?:220|421) /);
		expect(port.attempts).toBe(1);
		expect(port.encryption).toBe('none');
		await expectNoLeakedHandles(before);
	});
});

describe('plain text on an implicit-TLS port', () => {
	test('auto mode: after the silence a TLS handshake on a second connection wins, long before the greeting timeout', async () => {
		const {port, run} = await probeOne(
			tlsServer.port,
			{
				ca: [ca.cert],
				plainSilenceMs: 300,
				timeouts: {connect: 2000, greeting: 60_000, command: 2000, tls: 2000},
			},
			'localhost',
		);
		expect(port.verdict.code).toBe('implicit-tls-ok');
		expect(port.encryption).toBe('implicit-tls');
		expect(port.findings).toContainEqual(
			expect.objectContaining({code: 'plaintext-on-tls-port', severity: 'info'}),
		);
		expect(port.attempts).toBe(2);
		expect(
			port.phases.find((phase) => phase.phase === 'greeting' && phase.attempt === 1),
		).toMatchObject({
			isOk: false,
			// Ended because the TLS check won, not by the (60 s) greeting timeout.
			detail: 'no banner in clear; the port speaks TLS',
		});
		expect(recommended(run)).toMatchObject({
			encryption: 'implicit-tls',
			reason: 'implicit-tls-other',
		});
	});

	test.each(['starttls', 'none'] as const)(
		'explicit %s mode: plaintext-on-tls-port is the verdict',
		async (mode) => {
			const before = activeResources();
			const {port} = await probeOne(tlsServer.port, {mode, ca: [ca.cert]}, 'localhost');
			expect(port.verdict).toMatchObject({code: 'plaintext-on-tls-port', severity: 'fail'});
			expect(port.attempts).toBe(2);
			await expectNoLeakedHandles(before);
		},
	);
});

describe('gentle on relay and submission ports (greeting-delay defences)', () => {
	/** A silent server that logs, per connection, when it opened, first received data and closed. */
	async function loggingTarpit(): Promise<{server: TestServer; log: string[]}> {
		const log: string[] = [];
		let count = 0;
		const server = await startTcpServer((socket) => {
			const id = ++count;
			log.push(`open ${id}`);
			socket.once('data', () => log.push(`data ${id}`));
			socket.on('data', () => undefined);
			socket.on('close', () => log.push(`close ${id}`));
		});
		return {server, log};
	}

	test.each([25, 587, 2525])(
		'port %i: no ClientHello while the first connection waits for the banner',
		async (shownPort) => {
			const {server, log} = await loggingTarpit();
			try {
				const {port, events} = await probeOne(shownPort, {
					portMap: {[shownPort]: server.port},
					plainSilenceMs: 100,
					timeouts: {connect: 2000, greeting: 500, command: 2000, tls: 500},
				});
				expect(port.verdict).toMatchObject({
					code: 'no-greeting',
					params: {tlsChecked: 'yes', waitedMs: 500},
				});
				// The TLS check starts only once the greeting phase on the first connection is over.
				const order = events.flatMap((event) =>
					event.type === 'phase-started'
						? [`start ${event.attempt}:${event.phase}`]
						: event.type === 'phase-finished'
							? [`end ${event.timing.attempt}:${event.timing.phase}`]
							: [],
				);
				expect(order.indexOf('end 1:greeting')).toBeGreaterThanOrEqual(0);
				expect(order.indexOf('end 1:greeting')).toBeLessThan(order.indexOf('start 2:connect'));
				await waitFor(() => log.includes('close 2'));
				// Nothing was ever sent on the first connection; the ClientHello went on the second.
				expect(log).not.toContain('data 1');
				expect(log).toContain('data 2');
			} finally {
				await server.close();
			}
		},
	);

	test('implicit TLS shown as port 587: named after the greeting timeout, on a second connection', async () => {
		const {port} = await probeOne(
			587,
			{
				ca: [ca.cert],
				portMap: {587: tlsServer.port},
				plainSilenceMs: 100,
				timeouts: {connect: 2000, greeting: 600, command: 2000, tls: 2000},
			},
			'localhost',
		);
		expect(port.verdict.code).toBe('implicit-tls-ok');
		expect(port.findings).toContainEqual(
			expect.objectContaining({code: 'plaintext-on-tls-port', severity: 'info'}),
		);
		expect(
			port.phases.map((phase) => `${phase.attempt}:${phase.phase}:${phase.detail ?? ''}`),
		).toContain('1:greeting:timeout');
		expect(port.transcript.map((entry) => entry.text)).toContain(
			'no banner within 600 ms; trying TLS on a second connection',
		);
	});

	test('non-standard port: the greeting phase ends at its timeout, the TLS check is its own phase', async () => {
		const {server} = await loggingTarpit();
		try {
			const {port, events} = await probeOne(server.port, {
				plainSilenceMs: 100,
				timeouts: {connect: 2000, greeting: 400, command: 2000, tls: 1500},
			});
			expect(port.verdict).toMatchObject({code: 'no-greeting', params: {waitedMs: 400}});
			const finished = events.flatMap((event) =>
				event.type === 'phase-finished' ? [`${event.timing.attempt}:${event.timing.phase}`] : [],
			);
			// The TLS check (attempt 2) times out after the greeting timeout: the greeting phase
			// must already be closed by then.
			expect(finished.indexOf('1:greeting')).toBeLessThan(finished.indexOf('2:tls'));
			const greeting = port.phases.find((phase) => phase.phase === 'greeting');
			expect(greeting).toMatchObject({attempt: 1, isOk: false, detail: 'timeout'});
		} finally {
			await server.close();
		}
	});
});
