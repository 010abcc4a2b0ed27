// The port probe's verdict decisions as tables, without sockets (source/engine/port/decide.ts).
import {describe, expect, test} from 'vitest';
import {
	connectOutcomeVerdict,
	greetingReplyVerdict,
	greetingTimeoutVerdict,
	plainEhloVerdict,
	readFailureVerdict,
	starttlsVerdict,
	tlsFirstFailure,
} from '../../../source/engine/port/decide.js';
import {noCapabilities} from '../../../source/engine/reply-parser.js';
import type {EncryptionMode, PortRole} from '../../../source/engine/types.js';
import {makeVerdict} from '../../../source/engine/verdict.js';

const caps = (startTls: boolean, auth: string[]) => ({
	...noCapabilities,
	startTls,
	authMechanisms: auth,
});

describe('plainEhloVerdict: what the first EHLO in clear decides', () => {
	const rows: Array<{
		mode: EncryptionMode;
		role: PortRole;
		startTls: boolean;
		auth: string[];
		kind: 'plain' | 'starttls';
		verdict?: string;
		severity?: string;
		findings: string[];
	}> = [
		{mode: 'auto', role: 'submission', startTls: true, auth: [], kind: 'starttls', findings: []},
		{
			mode: 'auto',
			role: 'submission',
			startTls: true,
			auth: ['PLAIN'],
			kind: 'starttls',
			findings: ['auth-before-tls', 'starttls-optional'],
		},
		{
			mode: 'auto',
			role: 'submission',
			startTls: false,
			auth: [],
			kind: 'plain',
			verdict: 'starttls-not-offered',
			findings: [],
		},
		{
			mode: 'auto',
			role: 'submission',
			startTls: false,
			auth: ['LOGIN'],
			kind: 'plain',
			verdict: 'auth-before-tls',
			severity: 'fail',
			findings: ['starttls-not-offered'],
		},
		{
			mode: 'auto',
			role: 'relay',
			startTls: false,
			auth: [],
			kind: 'plain',
			verdict: 'plain-only',
			findings: [],
		},
		{
			mode: 'none',
			role: 'submission',
			startTls: true,
			auth: ['PLAIN'],
			kind: 'plain',
			verdict: 'plain-only',
			findings: ['auth-before-tls'],
		},
		{
			mode: 'starttls',
			role: 'submission',
			startTls: false,
			auth: ['PLAIN'],
			kind: 'plain',
			verdict: 'starttls-not-offered',
			findings: ['auth-before-tls'],
		},
	];
	test.each(rows)('$mode on a $role port, STARTTLS $startTls, AUTH $auth', (row) => {
		const decision = plainEhloVerdict({
			port: 587,
			mode: row.mode,
			role: row.role,
			capabilities: caps(row.startTls, row.auth),
		});
		expect(decision.kind).toBe(row.kind);
		expect(decision.findings.map((finding) => finding.code)).toEqual(row.findings);
		if (decision.kind === 'plain') {
			expect(decision.verdict.code).toBe(row.verdict);
			if (row.severity) {
				expect(decision.verdict.severity).toBe(row.severity);
			}
		}
	});
});

test('starttls-optional: a warning on a submission port, information on the relay port', () => {
	const severity = (role: PortRole) =>
		plainEhloVerdict({
			port: 25,
			mode: 'auto',
			role,
			capabilities: caps(true, ['PLAIN']),
		}).findings.find((finding) => finding.code === 'starttls-optional')?.severity;
	expect(severity('submission')).toBe('warn');
	expect(severity('relay')).toBe('info');
});

describe('tlsFirstFailure: a failed handshake on an implicit-TLS port', () => {
	const bytes = (text: string) => new TextEncoder().encode(text);
	const base = {port: 465, reason: 'r', isTimeout: false, tlsTimeoutMs: 5000};
	test.each([
		{mode: 'auto', first: '220 mx ESMTP\r\n', expect: 'try-plain'},
		{mode: 'implicit-tls', first: '220 mx ESMTP\r\n', expect: 'tls-on-plaintext-port'},
		{mode: 'auto', first: 'HTTP/1.1 400 Bad\r\n', expect: 'not-smtp'},
		{mode: 'auto', first: '', isTimeout: true, expect: 'no-greeting'},
		{mode: 'auto', first: '', expect: 'tls-handshake-failed'},
		{mode: 'auto', first: '', errorCode: 'ERR_SSL_WRONG_VERSION_NUMBER', expect: 'try-plain'},
	] as const)('$mode, first bytes $first -> $expect', (row) => {
		const outcome = tlsFirstFailure({
			...base,
			mode: row.mode,
			firstBytes: bytes(row.first),
			isTimeout: 'isTimeout' in row && row.isTimeout === true,
			...('errorCode' in row ? {errorCode: row.errorCode} : {}),
		});
		expect(outcome.kind === 'try-plain' ? 'try-plain' : outcome.verdict.code).toBe(row.expect);
	});
});

describe('greetings', () => {
	const timeout = (pendingLines: string[], firstLineAt?: number) => ({
		kind: 'timeout' as const,
		pendingLines,
		partial: '',
		bytesReceived: 0,
		...(firstLineAt === undefined ? {} : {firstLineAt}),
	});
	test('220- without its last line is a greeting delay, with when it started', () => {
		const verdict = greetingTimeoutVerdict({
			port: 25,
			outcome: timeout(['220-mx.test wait'], 1040),
			greetingStartedAt: 1000,
			waitedMs: 4000,
			silentPortAnswer: undefined,
			isTlsChecked: false,
		});
		expect(verdict).toMatchObject({code: 'greeting-delay', params: {firstLineMs: 40, lines: 1}});
	});

	test('silence is no-greeting; a silent port that answered HTTP is not-smtp', () => {
		const input = {
			port: 587,
			outcome: timeout([]),
			greetingStartedAt: 0,
			waitedMs: 4000,
			isTlsChecked: true,
		};
		expect(greetingTimeoutVerdict({...input, silentPortAnswer: undefined})).toMatchObject({
			code: 'no-greeting',
			params: {tlsChecked: 'yes'},
		});
		expect(greetingTimeoutVerdict({...input, silentPortAnswer: 'HTTP/1.1'}).code).toBe('not-smtp');
	});

	test.each([
		[220, undefined],
		[421, 'rate-limited'],
		[554, 'greeting-rejected'],
		[250, 'protocol-error'],
	] as const)('greeting %i -> %s', (code, expected) => {
		expect(greetingReplyVerdict(25, {code, lines: [`${code} x`]})?.code).toBe(expected);
	});
});

test('read failures: each way a reply does not come has its verdict', () => {
	expect(readFailureVerdict(587, {kind: 'cancelled'}, 'ehlo', 10).code).toBe('cancelled');
	expect(
		readFailureVerdict(
			587,
			{kind: 'timeout', pendingLines: [], partial: '', bytesReceived: 0},
			'ehlo',
			10,
		),
	).toMatchObject({
		code: 'command-timeout',
		params: {waitedMs: 10, during: 'ehlo'},
	});
	expect(readFailureVerdict(587, {kind: 'closed', isReset: true}, 'starttls', 10)).toMatchObject({
		code: 'connection-reset',
		params: {errorCode: 'ECONNRESET'},
	});
});

test('a refusal on one address speaks for the host over unreachable on the other', () => {
	const {verdict, address} = connectOutcomeVerdict(
		587,
		{
			kind: 'failed',
			address: '2001:db8::1',
			errorCode: 'ENETUNREACH',
			isTimeout: false,
			earlier: [{address: '192.0.2.1', errorCode: 'ECONNREFUSED'}],
		},
		5000,
	);
	expect(verdict).toMatchObject({
		code: 'connection-refused',
		params: {tried: '192.0.2.1, 2001:db8::1'},
	});
	expect(address).toBe('192.0.2.1');
});

test('a certificate problem after STARTTLS is a warning on the relay port only', () => {
	const problem = makeVerdict('cert-self-signed', {port: 25});
	expect(starttlsVerdict(25, 'relay', problem)).toMatchObject({
		severity: 'warn',
		params: {role: 'relay'},
	});
	expect(starttlsVerdict(587, 'submission', {...problem, params: {port: 587}}).severity).toBe(
		'fail',
	);
	expect(starttlsVerdict(587, 'submission', undefined).code).toBe('starttls-ok');
});
