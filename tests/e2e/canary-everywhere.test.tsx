// Every path with a canary secret, through every output: engine events and results, JSON,
// plain text, Markdown report, and the TUI's port detail frames (transcript included).
import {diagnose} from '../../source/report/diagnosis.js';
import {stateFromResult} from '../../source/state/probe-reducer.js';
import {render} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {createTestMessage} from '../../source/engine/compose-message.js';
import {createProbeOptions, runProbe} from '../../source/engine/index.js';
import type {Credentials, ProbeEvent, ProbeOptions, RunResult} from '../../source/engine/types.js';
import {formatJson} from '../../source/report/format-json.js';
import {formatMarkdownReport} from '../../source/report/format-markdown.js';
import {formatPlain} from '../../source/report/format-plain.js';
import {containsSecret} from '../../source/engine/redact.js';
import {
	initialProbeState,
	probeReducer,
	type ProbeState,
} from '../../source/state/probe-reducer.js';
import {buildDetailLines} from '../../source/ui/probe/detail-lines.js';
import {PortDetail} from '../../source/ui/probe/port-detail.js';
import {catalogues, describeVerdict, translator} from '../helpers/catalogue.js';
import {testCertificates} from '../helpers/certificates.js';
import {startScriptedServer, startSmtpServer} from '../helpers/servers.js';

const user = 'alice@example.test';
const canary = 'canary-S3cr3t-7f3a';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
	for (const cleanup of cleanups.splice(0).reverse()) {
		await cleanup();
	}
});

type Scenario = {
	readonly name: string;
	/** Starts the server; returns its port and the probe options to add. */
	readonly start: () => Promise<{
		port: number;
		extra: Partial<ProbeOptions>;
		credentials?: Partial<Credentials>;
	}>;
	readonly expectedAuth: string;
};

async function smtpServer() {
	const certs = await testCertificates();
	const server = await startSmtpServer({
		key: certs.key,
		cert: certs.cert,
		authMethods: ['PLAIN', 'LOGIN', 'XOAUTH2'],
		onAuth(auth, _session, callback) {
			const secret = auth.method === 'XOAUTH2' ? auth.accessToken : auth.password;
			if (secret === canary) {
				callback(null, {user});
			} else if (auth.method === 'XOAUTH2') {
				callback(null, {data: {status: '401'}});
			} else {
				callback(
					Object.assign(new Error('5.7.8 Username and Password not accepted'), {responseCode: 535}),
				);
			}
		},
	});
	cleanups.push(async () => server.close());
	return server;
}

const scenarios: Scenario[] = [
	{
		name: 'success with a test message',
		async start() {
			const server = await smtpServer();
			const testMessage = createTestMessage({
				from: user,
				to: 'bob@example.org',
				port: server.port,
				host: 'localhost',
			});
			return {port: server.port, extra: {testMessage}};
		},
		expectedAuth: 'auth-ok',
	},
	{
		name: '535 with LOGIN',
		async start() {
			const server = await smtpServer();
			return {
				port: server.port,
				extra: {},
				credentials: {mechanism: 'LOGIN', secret: `${canary}-x`},
			};
		},
		expectedAuth: 'auth-failed',
	},
	{
		name: 'XOAUTH2 refused',
		async start() {
			const server = await smtpServer();
			return {
				port: server.port,
				extra: {},
				credentials: {mechanism: 'XOAUTH2', secret: `${canary}-x`},
			};
		},
		expectedAuth: 'auth-failed',
	},
	{
		name: 'server drops the connection mid-AUTH',
		async start() {
			const server = await startScriptedServer((socket, line) => {
				if (line.startsWith('AUTH')) {
					socket.destroy();
				}
			});
			cleanups.push(async () => server.close());
			return {port: server.port, extra: {mode: 'none'}, credentials: {allowPlaintext: true}};
		},
		expectedAuth: 'auth-interrupted',
	},
	{
		name: 'timeout mid-AUTH',
		async start() {
			const server = await startScriptedServer(() => undefined);
			cleanups.push(async () => server.close());
			return {
				port: server.port,
				extra: {mode: 'none', timeouts: {connect: 2000, greeting: 3000, command: 300, tls: 3000}},
				credentials: {allowPlaintext: true},
			};
		},
		expectedAuth: 'auth-interrupted',
	},
	{
		name: 'hostile server echoing the secret',
		async start() {
			const server = await startScriptedServer((socket, line) => {
				const blob = line.split(' ')[2] ?? '';
				const decoded = Buffer.from(blob, 'base64').toString('utf8').replaceAll('\0', ' ');
				socket.write(`535 5.7.8 ${blob} ${decoded}\r\n`);
			});
			cleanups.push(async () => server.close());
			return {port: server.port, extra: {mode: 'none'}, credentials: {allowPlaintext: true}};
		},
		expectedAuth: 'auth-failed',
	},
];

function expectClean(label: string, text: string, secret: string): void {
	expect(text, label).not.toContain(secret);
	expect(containsSecret(text, secret, user), label).toBe(false);
}

describe('the canary secret appears nowhere', () => {
	for (const scenario of scenarios) {
		it(scenario.name, async () => {
			const certs = await testCertificates();
			const {port, extra, credentials} = await scenario.start();
			const secret = credentials?.secret ?? canary;
			const events: ProbeEvent[] = [];
			const run: RunResult = await runProbe(
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
			expect(run.ports[0]?.auth?.verdict.code).toBe(scenario.expectedAuth);

			let state: ProbeState = initialProbeState({host: '127.0.0.1', ports: [port]});
			for (const event of events) {
				state = probeReducer(state, event);
			}

			const row = state.rows[0]!;
			const lines = buildDetailLines(row, (verdict) => describeVerdict(verdict), translator('en'));
			const {frames, lastFrame, unmount} = render(
				<PortDetail
					port={port}
					host="127.0.0.1"
					lines={lines}
					offset={0}
					height={400}
					width={120}
				/>,
			);
			const frame = lastFrame() ?? '';
			unmount();
			expect(frame).toContain('AUTH');

			const outputs: Array<[string, string]> = [
				['events', JSON.stringify(events)],
				['result', JSON.stringify(run)],
				['state', JSON.stringify(state)],
				[
					'json',
					formatJson(diagnose(stateFromResult(run), {catalogue: catalogues.en, user}), {
						version: 'test',
					}),
				],
				['plain', formatPlain(diagnose(stateFromResult(run), {catalogue: catalogues.en, user}))],
				[
					'markdown',
					formatMarkdownReport(diagnose(stateFromResult(run), {catalogue: catalogues.en, user})),
				],
				['tui', frames.join('\n')],
			];
			for (const [label, text] of outputs) {
				expectClean(label, text, secret);
				expectClean(label, text, canary);
			}
		});
	}
});
