import {describe, expect, it} from 'vitest';
import {UsageError} from '../../source/config/usage-error.js';
import {loginDefaultsFromFlags} from '../../source/cli/login-defaults.js';

describe('credential flags in the interactive app', () => {
	it('refuses --password-stdin: the keyboard is standard input', () => {
		expect(() => loginDefaultsFromFlags({user: 'a@b.test', passwordStdin: true}, {})).toThrow(
			UsageError,
		);
		expect(() => loginDefaultsFromFlags({passwordStdin: true}, {})).toThrow(
			/cannot be used with the interactive app/,
		);
	});

	it('takes --user, --auth-mech, the two overrides and SMTP_DOCTOR_PASSWORD', () => {
		expect(
			loginDefaultsFromFlags(
				{user: 'a@b.test', authMech: 'login', allowPlaintextAuth: true, insecure: true},
				{SMTP_DOCTOR_PASSWORD: 'pw'},
			),
		).toEqual({
			user: 'a@b.test',
			secret: 'pw',
			mechanism: 'LOGIN',
			allowPlaintext: true,
			allowInsecure: true,
		});
		expect(loginDefaultsFromFlags({}, {SMTP_DOCTOR_PASSWORD: ''})).toEqual({});
	});

	it('rejects a bad mechanism, user or address in one line', () => {
		expect(() => loginDefaultsFromFlags({authMech: 'md5'}, {})).toThrow(/--auth-mech must be/);
		expect(() => loginDefaultsFromFlags({user: 'a\u001Bb'}, {})).toThrow(/--user must be/);
		expect(() => loginDefaultsFromFlags({sendTo: 'not an address'}, {})).toThrow(/--send-to/);
	});
});
