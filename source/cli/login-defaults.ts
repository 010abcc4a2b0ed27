// The credential flags as the interactive app uses them: defaults for its login step (the user
// name prefilled, the secret from SMTP_DOCTOR_PASSWORD, the mechanism and the two safety
// overrides), checked with the same one-line errors as `check`.
import {isAddress, type LoginDefaults} from '../config/login-defaults.js';
import {UsageError} from '../config/usage-error.js';
import type {CredentialFlagValues} from './credential-options.js';

/** The credential flag values the app reads (the check's flag values, less the send-only ones). */
export type LoginFlagValues = Omit<CredentialFlagValues, 'sendPort' | 'yes'>;

const mechanisms = ['PLAIN', 'LOGIN', 'XOAUTH2'] as const;
const controlCharacters = /[\u0000-\u001F\u007F-\u009F]/;

/** Checks the credential flags for the app; throws UsageError (exit 2) with one line. */
export function loginDefaultsFromFlags(
	flags: LoginFlagValues,
	env: NodeJS.ProcessEnv,
): LoginDefaults {
	if (flags.passwordStdin) {
		throw new UsageError(
			'--password-stdin cannot be used with the interactive app (the keyboard is standard input): set SMTP_DOCTOR_PASSWORD, type it at the masked prompt (key a), or use `smtp-doctor check`.',
		);
	}

	const {user} = flags;
	if (
		user !== undefined &&
		(user.length === 0 || user.length > 256 || controlCharacters.test(user))
	) {
		throw new UsageError('--user must be a non-empty name without control characters.');
	}

	let mechanism: LoginDefaults['mechanism'];
	if (flags.authMech !== undefined) {
		const upper = flags.authMech.toUpperCase();
		mechanism = mechanisms.find((item) => item === upper);
		if (!mechanism) {
			throw new UsageError(`--auth-mech must be one of ${mechanisms.join(', ')}.`);
		}
	}

	for (const [name, value] of [
		['--send-to', flags.sendTo],
		['--from', flags.from],
	] as const) {
		if (value !== undefined && !isAddress(value)) {
			throw new UsageError(`${name} must be one e-mail address such as name@example.com.`);
		}
	}

	const warnings: string[] = [];
	const fromEnv = env['SMTP_DOCTOR_PASSWORD'];
	let secret = fromEnv === undefined || fromEnv === '' ? undefined : fromEnv;
	if (flags.password !== undefined && flags.password !== '') {
		secret = flags.password;
		warnings.push('--password is visible to other users in the process list; prefer the prompt.');
	}

	return {
		...(user === undefined ? {} : {user}),
		...(secret === undefined ? {} : {secret}),
		...(mechanism ? {mechanism} : {}),
		...(flags.allowPlaintextAuth ? {allowPlaintext: true} : {}),
		...(flags.insecure ? {allowInsecure: true} : {}),
		...(flags.sendTo === undefined ? {} : {sendTo: flags.sendTo}),
		...(flags.from === undefined ? {} : {from: flags.from}),
		...(warnings.length > 0 ? {warnings} : {}),
	};
}
