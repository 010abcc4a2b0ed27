// Rule 3 of the diagnosis (issue 10) as a table over the pure ranking: a port where a login is
// possible beats one where it is not; with --user, the port where the login succeeded beats
// all; 465 before 587 only between equals (RFC 8314).
import {describe, expect, test} from 'vitest';
import type {PortResult, Verdict} from '../../source/engine/types.js';
import {rankSettings} from '../../source/report/ranking.js';

const withAuth = {
	raw: ['AUTH PLAIN LOGIN'],
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
const withoutAuth = {...withAuth, raw: [], authMechanisms: []};

const ok = (code: Verdict['code']): Verdict => ({code, severity: 'ok', params: {}});

function port(
	number: number,
	options: {auth?: boolean; login?: 'auth-ok' | 'auth-failed'} = {},
): PortResult {
	return {
		port: number,
		requestedMode: 'auto',
		encryption: number === 465 ? 'implicit-tls' : 'starttls',
		verdict: ok(number === 465 ? 'implicit-tls-ok' : 'starttls-ok'),
		findings: [],
		attempts: 1,
		phases: [],
		transcript: [],
		totalMs: 12,
		capabilities: options.auth === false ? withoutAuth : withAuth,
		...(options.login
			? {
					auth: {
						mechanism: 'PLAIN',
						verdict: {
							code: options.login,
							severity: options.login === 'auth-ok' ? 'ok' : 'fail',
							params: {},
						},
					},
				}
			: {}),
	};
}

const order = (ports: readonly PortResult[], hasLogin: boolean) =>
	rankSettings(ports, {hasLogin, isRelayPort: (number) => number === 25}).map(
		(setting) => setting.port,
	);

describe('ranking (rule 3)', () => {
	test.each([
		['equals: 465 before 587 (RFC 8314)', [port(587), port(465)], false, [465, 587]],
		[
			'no AUTH after TLS on 465: 587 with AUTH first',
			[port(465, {auth: false}), port(587)],
			false,
			[587, 465],
		],
		[
			'--user: the login failed on 465 and succeeded on 587: 587 first',
			[port(465, {login: 'auth-failed'}), port(587, {login: 'auth-ok'})],
			true,
			[587, 465],
		],
		[
			'--user: the login succeeded on 2525 only: 2525 before 465 and 587',
			[
				port(465, {login: 'auth-failed'}),
				port(587, {login: 'auth-failed'}),
				port(2525, {login: 'auth-ok'}),
			],
			true,
			[2525, 465, 587],
		],
		[
			'--user: both logged in: 465 before 587 again',
			[port(587, {login: 'auth-ok'}), port(465, {login: 'auth-ok'})],
			true,
			[465, 587],
		],
		['relay port 25 is left out when a submission port works', [port(25), port(587)], false, [587]],
	] as const)('%s', (_name, ports, hasLogin, expected) => {
		expect(order(ports, hasLogin)).toEqual(expected);
	});
});
