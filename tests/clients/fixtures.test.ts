// The error fixtures: tests/fixtures/client-errors/<client>.json are written by
// scripts/record-client-errors.mjs from real client runs; public.json holds texts quoted in public
// issue threads, each with its source. These tests keep both sets well-formed and free of
// anything that belongs to one machine or one run (temp paths, ports, passwords).
import {readFileSync, readdirSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {clientCatalogue} from '../../source/clients/index.js';
import {causeCodes, trimOutput, wrongModes, type CauseCode} from './harness/record.js';

const folder = new URL('../fixtures/client-errors/', import.meta.url);

type Recorded = {
	client: string;
	mode: string;
	expectedCause: CauseCode;
	outcome: 'error' | 'accepted' | 'timed-out';
	exitCode: number | null;
	text: string;
};

type Quoted = {
	client: string | null;
	mode: 'public';
	expectedCause: CauseCode;
	alsoPossible?: CauseCode[];
	text: string;
	source: string;
	context: string;
};

function load<T>(name: string): T {
	return JSON.parse(readFileSync(new URL(name, folder), 'utf8')) as T;
}

const runnable = clientCatalogue.filter((entry) => entry.isRunnable).map((entry) => entry.id);
const recorded = runnable.flatMap((id) => load<Recorded[]>(`${id}.json`));
const quoted = load<Quoted[]>('public.json');

describe('recorded client errors', () => {
	it('has one file per runnable client and nothing else beside public.json', () => {
		const files = readdirSync(folder)
			.filter((name) => name.endsWith('.json'))
			.sort();
		expect(files).toEqual([...runnable.map((id) => `${id}.json`), 'public.json'].sort());
	});

	it('holds well-formed records with stable cause codes and known modes', () => {
		const modes = new Map(wrongModes.map((mode) => [mode.mode, mode.expectedCause]));
		for (const record of recorded) {
			expect(runnable).toContain(record.client);
			expect(modes.get(record.mode), record.mode).toBe(record.expectedCause);
			expect(causeCodes).toContain(record.expectedCause);
			expect(['error', 'accepted', 'timed-out']).toContain(record.outcome);
			if (record.outcome === 'error') {
				expect(record.text.trim().length, `${record.client} ${record.mode}`).toBeGreaterThan(0);
				expect(record.text.split('\n').length).toBeLessThanOrEqual(12);
			}
		}
	});

	it('keeps no temp path, port, password or terminal escape of the recording run', () => {
		for (const record of recorded) {
			const where = `${record.client} ${record.mode}`;
			expect(record.text, where).not.toMatch(/\/tmp\//);
			expect(record.text, where).not.toMatch(/(?:localhost|127\.0\.0\.1):\d{2,5}\b/);
			expect(record.text, where).not.toMatch(/T3st-|Wr0ng-password/);
			expect(record.text, where).not.toMatch(/AUTH PLAIN (?!<redacted>|LOGIN)\S/);
			expect(record.text, where).not.toContain('\u001B');
			expect(record.text, where).not.toContain('/work/');
		}
	});

	it('has a real error text for at least six clients in every wrong mode', () => {
		for (const mode of wrongModes) {
			const texts = recorded.filter(
				(record) => record.mode === mode.mode && record.outcome === 'error',
			);
			expect(texts.length, mode.mode).toBeGreaterThanOrEqual(6);
		}
	});
});

describe('error texts quoted in public issue threads', () => {
	it('cites a public thread for every text and uses stable cause codes', () => {
		for (const item of quoted) {
			expect(item.source).toMatch(
				/^https:\/\/github\.com\/[\w.-]+\/[\w.-]+\/(?:issues|pull)\/\d+$/,
			);
			expect(causeCodes).toContain(item.expectedCause);
			for (const cause of item.alsoPossible ?? []) {
				expect(causeCodes).toContain(cause);
			}

			expect(item.text.trim().length).toBeGreaterThan(10);
			expect(item.context.length).toBeGreaterThan(10);
		}
	});

	it('covers the classic mistakes and the provider refusals', () => {
		const causes = new Set(quoted.map((item) => item.expectedCause));
		for (const cause of [
			'tls-on-starttls-port',
			'plaintext-on-tls-port',
			'starttls-not-used',
			'auth-app-password',
			'auth-disabled-tenant',
			'port-blocked',
			'dns-failure',
			'relay-denied',
			'tls-old-version',
			'rate-limited',
		] as const) {
			expect(causes, cause).toContain(cause);
		}

		expect(quoted.length).toBeGreaterThanOrEqual(25);
	});
});

describe('trimOutput', () => {
	it('drops stack frames and source lines, keeps the error, and normalises what varies', () => {
		const raw = [
			'file:///tmp/smtp-doctor-nodemailer-abc123/send.mjs:13',
			'await transporter.sendMail({',
			'^',
			'',
			'Error: connect ECONNREFUSED 127.0.0.1:40123',
			'    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1595:16) {',
			"  code: 'ESOCKET',",
			'Traceback (most recent call last):',
			'  File "/tmp/smtp-doctor-smtplib-x/send.py", line 14, in <module>',
			'    with smtplib.SMTP_SSL("localhost", 40123, context=context) as server:',
			'ssl.SSLError: [SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:992)',
			'#0 /usr/share/php/x.php(12): foo()',
			' -> AUTH PLAIN c2VjcmV0',
		].join('\n');
		const text = trimOutput(raw, [
			[':40123', ':<port>'],
			['c2VjcmV0', '<redacted>'],
		]);
		expect(text.split('\n')).toEqual([
			'Error: connect ECONNREFUSED 127.0.0.1:<port>',
			'ssl.SSLError: [SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:992)',
			' -> AUTH PLAIN <redacted>',
		]);
	});
});
