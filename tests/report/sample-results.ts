// Finished runs for the formatter tests: a good one, one where nothing works, and a hostile
// one whose every server-controlled string carries ANSI, C0/C1 controls and bidi overrides.
import type {PortResult, RunResult, Verdict} from '../../source/engine/types.js';
import {diagnose, type DiagnoseOptions, type Diagnosis} from '../../source/report/diagnosis.js';
import {stateFromResult} from '../../source/state/probe-reducer.js';
import type {DescribeVerdict} from '../../source/report/index.js';
import type {Lang} from '../../source/config/lang.js';
import {catalogues} from '../helpers/catalogue.js';

/** Every nasty byte a server could send in one string. */
export const hostile =
	'\u001B[31mRED\u001B[0m \u001B]0;pwned\u0007 \u009B2J bell\u0007 nul\u0000 del\u007F cr\rlf\n tab\t \u202Eevil\u202C \u2028';

/** A describer standing in for a catalogue's: echoes params so hostile params reach the output. */
export function echoDescribe(lang: Lang): DescribeVerdict {
	return (verdict) => ({
		title: `${lang}:${verdict.code}`,
		summary: `summary of ${verdict.code} ${Object.values(verdict.params).join(' ')}`.trim(),
		advice: `advice for ${verdict.code}`,
	});
}

const capabilities = {
	raw: ['PIPELINING', 'AUTH PLAIN LOGIN'],
	pipelining: true,
	eightBitMime: false,
	smtpUtf8: false,
	startTls: false,
	authMechanisms: ['PLAIN', 'LOGIN'],
	enhancedStatusCodes: false,
	chunking: false,
	dsn: false,
	requireTls: false,
} as const;

function port(number: number, verdict: Verdict, extra: Partial<PortResult> = {}): PortResult {
	return {
		port: number,
		requestedMode: 'auto',
		encryption: 'unknown',
		verdict,
		findings: [],
		attempts: 1,
		phases: [],
		transcript: [],
		totalMs: 12,
		...extra,
	};
}

export const goodResult: RunResult = {
	schemaVersion: 1,
	host: 'smtp.example.test',
	startedAt: '2026-11-28T04:00:00.000Z',
	durationMs: 345,
	addresses: [{address: '127.0.0.1', family: 4}],
	ports: [
		port(
			465,
			{code: 'implicit-tls-ok', severity: 'ok', params: {}},
			{
				encryption: 'implicit-tls',
				address: '127.0.0.1',
				capabilities,
				tls: {
					protocol: 'TLSv1.3',
					cipher: 'TLS_AES_256_GCM_SHA384',
					servername: 'smtp.example.test',
					isTrusted: true,
					isHostnameMatch: true,
					handshakeMs: 8,
					certificate: {
						subject: 'CN=smtp.example.test',
						subjectAltNames: ['DNS:smtp.example.test'],
						issuer: 'CN=Test CA',
						validFrom: '2026-01-01T00:00:00.000Z',
						validTo: '2027-01-01T00:00:00.000Z',
						daysLeft: 34,
						fingerprintSha256: 'AA:BB',
						isSelfSigned: false,
						chainLength: 2,
						certsSent: 2,
					},
				},
				phases: [
					{phase: 'connect', attempt: 1, startMs: 1, durationMs: 2, isOk: true},
					{phase: 'tls', attempt: 1, startMs: 3, durationMs: 8, isOk: true, detail: 'TLSv1.3'},
				],
				transcript: [
					{
						direction: 'receive',
						atMs: 12,
						isEncrypted: true,
						text: '220 smtp.example.test ESMTP',
						attempt: 1,
					},
					{direction: 'send', atMs: 13, isEncrypted: true, text: 'EHLO client.test', attempt: 1},
				],
			},
		),
		port(
			587,
			{code: 'starttls-ok', severity: 'ok', params: {}},
			{
				encryption: 'starttls',
				findings: [{code: 'cert-expiring-soon', severity: 'warn', params: {days: 5}}],
			},
		),
		port(25, {code: 'connect-timeout', severity: 'fail', params: {port: 25}}, {totalMs: 5000}),
	],
	isCancelled: false,
};

export const failedResult: RunResult = {
	schemaVersion: 1,
	host: 'smtp.example.invalid',
	startedAt: '2026-11-28T04:00:00.000Z',
	durationMs: 40,
	addresses: [],
	resolveVerdict: {code: 'dns-nxdomain', severity: 'fail', params: {host: 'smtp.example.invalid'}},
	ports: [
		port(
			465,
			{code: 'dns-nxdomain', severity: 'fail', params: {host: 'smtp.example.invalid'}},
			{attempts: 0},
		),
		port(
			587,
			{code: 'dns-nxdomain', severity: 'fail', params: {host: 'smtp.example.invalid'}},
			{attempts: 0},
		),
	],
	isCancelled: false,
};

export const hostileResult: RunResult = {
	schemaVersion: 1,
	host: `evil${hostile}.test`,
	startedAt: '2026-11-28T04:00:00.000Z',
	durationMs: 1,
	addresses: [{address: `127.0.0.1${hostile}`, family: 4}],
	resolveVerdict: {code: 'dns-no-address', severity: 'warn', params: {host: hostile}},
	ports: [
		port(
			587,
			{code: 'greeting-rejected', severity: 'fail', params: {reply: hostile}},
			{
				greeting: `554 ${hostile} \`\`\` close the fence`,
				address: hostile,
				findings: [{code: 'not-smtp', severity: 'warn', params: {text: hostile}}],
				phases: [
					{phase: 'greeting', attempt: 1, startMs: 1, durationMs: 1, isOk: false, detail: hostile},
				],
				capabilities: {...capabilities, raw: [hostile]},
				transcript: [
					{direction: 'receive', atMs: 1, isEncrypted: false, text: `554 ${hostile}`, attempt: 1},
					{direction: 'receive', atMs: 1, isEncrypted: false, text: '```\n# heading', attempt: 1},
					{
						direction: 'send',
						atMs: 2,
						isEncrypted: false,
						text: 'AUTH PLAIN AGFsaWNlAHMzY3IzdA==',
						attempt: 1,
					},
					{direction: 'send', atMs: 2, isEncrypted: false, text: 'AUTH LOGIN', attempt: 1},
					{direction: 'receive', atMs: 3, isEncrypted: false, text: '334 VXNlcm5hbWU6', attempt: 1},
					{
						direction: 'send',
						atMs: 3,
						isEncrypted: false,
						text: 'YWxpY2VAZXhhbXBsZS50ZXN0',
						attempt: 1,
					},
					{direction: 'receive', atMs: 4, isEncrypted: false, text: '334 UGFzc3dvcmQ6', attempt: 1},
					{direction: 'send', atMs: 4, isEncrypted: false, text: 'czNjcjN0', attempt: 1},
					{direction: 'receive', atMs: 5, isEncrypted: false, text: '535 no', attempt: 1},
				],
				tls: {
					protocol: hostile,
					cipher: hostile,
					servername: hostile,
					isTrusted: false,
					isHostnameMatch: false,
					handshakeMs: 1,
					certificate: {
						subject: hostile,
						subjectAltNames: [hostile],
						issuer: hostile,
						validFrom: hostile,
						validTo: hostile,
						daysLeft: -1,
						fingerprintSha256: hostile,
						isSelfSigned: true,
						chainLength: 1,
						certsSent: 1,
					},
				},
			},
		),
	],
	isCancelled: false,
};

/** Base64 payloads from the hostile transcript that must never appear in any output. */
export const secrets = ['AGFsaWNlAHMzY3IzdA==', 'YWxpY2VAZXhhbXBsZS50ZXN0', 'czNjcjN0'];

/** The diagnosis of a finished sample run, with echoed verdict words and the real frame words. */
export function diagnosed(
	result: RunResult,
	options: Partial<Omit<DiagnoseOptions, 'catalogue'>> & {readonly lang?: Lang} = {},
): Diagnosis {
	const {lang = 'en', ...rest} = options;
	return diagnose(stateFromResult(result), {
		catalogue: {lang, describe: echoDescribe(lang), report: catalogues[lang].report},
		...rest,
	});
}
