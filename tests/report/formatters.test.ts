import {describe, expect, test} from 'vitest';
import {
	escapeTerminal,
	formatJson,
	formatMarkdownReport,
	formatPlain,
	isTerminalSafe,
	redactTranscript,
	shouldUseColor,
} from '../../source/report/index.js';
import {createRedactor} from '../../source/engine/redact.js';
import {jsonReportSchema} from './json-schema.js';
import {
	failedResult,
	goodResult,
	hostile,
	hostileResult,
	secrets,
	diagnosed,
} from './sample-results.js';

// Anything a terminal would act on: ESC, other C0 controls except newline, DEL, C1, bidi overrides.
const rawControl =
	/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;

describe('escapeTerminal', () => {
	test('makes every control byte visible and leaves ordinary text alone', () => {
		expect(escapeTerminal('220 mx.example ESMTP ✔ é')).toBe('220 mx.example ESMTP ✔ é');
		expect(escapeTerminal('a\u001B[31mb\u009B\r\n\t\u202E')).toBe(
			'a\\x1b[31mb\\x9b\\r\\n\\t\\u{202e}',
		);
		expect(isTerminalSafe(escapeTerminal(hostile))).toBe(true);
		expect(isTerminalSafe(hostile)).toBe(false);
	});
});

describe('redactTranscript', () => {
	test('masks AUTH arguments and answers to 334 challenges, keeps the rest', () => {
		const redacted = redactTranscript(hostileResult.ports[0]!.transcript).map(
			(entry) => entry.text,
		);
		for (const secret of secrets) {
			expect(redacted.join('\n')).not.toContain(secret);
		}

		expect(redacted).toContain('AUTH PLAIN [redacted]');
		expect(redacted).toContain('AUTH LOGIN');
		expect(redacted).toContain('535 no');
	});
});

describe('shouldUseColor', () => {
	test.each([
		[{isTty: true, env: {}}, true],
		[{isTty: false, env: {}}, false],
		[{isTty: true, env: {NO_COLOR: '1'}}, false],
		[{isTty: true, env: {NO_COLOR: ''}}, true],
		[{isTty: false, env: {FORCE_COLOR: '1'}}, true],
		[{isTty: true, env: {FORCE_COLOR: '0'}}, false],
		[{isTty: true, env: {NO_COLOR: '1', FORCE_COLOR: '1'}}, false],
		[{isTty: true, env: {TERM: 'dumb'}}, false],
		[{isTty: true, env: {}, flag: false}, false],
		[{isTty: false, env: {NO_COLOR: '1'}, flag: true}, true],
	])('%o -> %s', (context, expected) => {
		expect(shouldUseColor(context)).toBe(expected);
	});
});

describe('formatPlain', () => {
	test('table with port, encryption, status, time and meaning, then advice and the recommendation', () => {
		const text = formatPlain(diagnosed(goodResult));
		const lines = text.split('\n');
		expect(lines.find((line) => line.startsWith('Port ') && line.includes('Encryption'))).toMatch(
			/^Port\s+Encryption\s+Status\s+Time\s+What it means$/,
		);
		expect(lines).toContainEqual(
			expect.stringMatching(/^465\s+SSL\/TLS\s+✔ OK\s+12 ms\s+en:implicit-tls-ok$/),
		);
		expect(lines).toContainEqual(
			expect.stringMatching(
				/^587\s+STARTTLS\s+▲ WARN\s+12 ms\s+en:starttls-ok · en:cert-expiring-soon$/,
			),
		);
		expect(lines).toContainEqual(
			expect.stringMatching(/^25\s+\?\s+✖ FAIL\s+5\.0 s\s+en:connect-timeout$/),
		);
		expect(text).toContain('What to do: advice for connect-timeout');
		expect(text).toContain('Also noticed: ▲ en:cert-expiring-soon');
		expect(text).toContain(
			'Host smtp.example.test - Port 465 - Encryption SSL/TLS - Authentication: the user name and password your provider gave you',
		);
		expect(text).toContain('RFC 8314');
		expect(text).not.toContain('\u001B');
	});

	test('colour only when asked, and then only SGR sequences', () => {
		const text = formatPlain(diagnosed(goodResult), {isColor: true});
		expect(text).toContain('\u001B[32m');
		expect(text.replaceAll(/\u001B\[\d+m/g, '')).toBe(formatPlain(diagnosed(goodResult)));
	});

	test('nothing works: DNS failure named and no recommendation', () => {
		const text = formatPlain(diagnosed(failedResult));
		expect(text).toContain('DNS: en:dns-nxdomain');
		expect(text).toContain('No port was tried: the host name did not resolve');
		// Said once above the table, not again for every port.
		expect(text).not.toContain('Port 465  ✖ FAIL');
		expect(text.match(/summary of dns-nxdomain/g)).toHaveLength(1);
		// No table of ports that all repeat the DNS verdict.
		expect(text).not.toMatch(/^Port\s+Encryption/m);
		expect(text).not.toMatch(/en:dns-nxdomain\n.*en:dns-nxdomain$/m);
		expect(text).not.toContain('Recommended settings');
	});

	test('Indonesian frame words with --lang id', () => {
		const text = formatPlain(diagnosed(goodResult, {lang: 'id'}));
		expect(text).toContain('Enkripsi');
		expect(text).toContain('id:implicit-tls-ok');
	});

	test('hostile server text never reaches the terminal raw', () => {
		for (const isColor of [false, true]) {
			const text = formatPlain(diagnosed(hostileResult), {isColor});
			const withoutOurColours = text.replaceAll(/\u001B\[\d+m/g, '');
			expect(withoutOurColours).not.toMatch(rawControl);
			expect(withoutOurColours).toContain('\\x1b[31mRED');
		}
	});
});

describe('formatJson', () => {
	test('matches the documented schema, with English words per verdict', () => {
		const report = jsonReportSchema.parse(
			JSON.parse(formatJson(diagnosed(goodResult), {version: '1.2.3'})),
		);
		expect(report).toMatchObject({
			schemaVersion: 1,
			tool: {name: 'smtp-doctor', version: '1.2.3'},
			isWorking: true,
			recommendation: {port: 465, encryptionLabel: 'SSL/TLS'},
		});
		expect(report.ports.map((port) => [port.port, port.status, port.verdict.title])).toEqual([
			[465, 'ok', 'en:implicit-tls-ok'],
			[587, 'warn', 'en:starttls-ok'],
			[25, 'fail', 'en:connect-timeout'],
		]);
		expect(report.ports[2]).toMatchObject({address: null, tls: null, greeting: null});
	});

	test('failed run: isWorking false, resolve verdict present, recommendation null', () => {
		const report = jsonReportSchema.parse(JSON.parse(formatJson(diagnosed(failedResult))));
		expect(report.isWorking).toBe(false);
		expect(report.recommendation).toBeNull();
		expect(report.resolveVerdict?.code).toBe('dns-nxdomain');
	});

	test('hostile text: valid JSON, no raw control bytes, no secrets, strings round-trip', () => {
		const text = formatJson(diagnosed(hostileResult));
		expect(text).not.toMatch(rawControl);
		for (const secret of secrets) {
			expect(text).not.toContain(secret);
		}

		const report = jsonReportSchema.parse(JSON.parse(text));
		expect(report.ports[0]!.greeting).toContain(hostile);
	});
});

describe('formatMarkdownReport', () => {
	test('summary table, recommendation, per-port sections with transcript', () => {
		const text = formatMarkdownReport(diagnosed(goodResult), {version: '1.2.3'});
		expect(text).toMatch(/^# smtp-doctor: smtp\.example\.test\n/);
		expect(text).toContain('| 465 | SSL/TLS | ✔ OK | 12 ms | en:implicit-tls-ok |');
		expect(text).toContain('## Recommended settings');
		expect(text).toContain('### Port 25: ✖ FAIL en:connect-timeout');
		expect(text).toContain('~< 220 smtp.example.test ESMTP');
	});

	test('redacts secrets and listed strings; server text cannot break out of code blocks', () => {
		const text = formatMarkdownReport(diagnosed(hostileResult), {
			redact: createRedactor(['evil', '']),
		});
		expect(text).not.toMatch(rawControl);
		for (const secret of secrets) {
			expect(text).not.toContain(secret);
		}

		expect(text).not.toMatch(/evil/);
		const fence = /^(`{3,})$/gm;
		const fences = [...text.matchAll(fence)].map((match) => match[1]);
		expect(fences.length % 2).toBe(0);
		expect(fences[0]!.length).toBeGreaterThan(3);
		expect(text).not.toMatch(/^# heading/m);
	});
});
