// The credential flags as the interactive app uses them: defaults for its login step (the user
// name prefilled, the secret from SMTP_DOCTOR_PASSWORD, the mechanism and the two safety
// overrides), checked with the same one-line errors as `check`.
import {UsageError} from '../cli/usage-error.js';
import type {CredentialFlagValues} from '../secrets/cli-options.js';

/** What the login step starts from. The secret, when given, stays in memory only. */
export type LoginDefaults = {
	readonly user?: string;
	/** From SMTP_DOCTOR_PASSWORD (or --password): the prompt is then skipped. */
	readonly secret?: string;
	readonly mechanism?: 'PLAIN' | 'LOGIN' | 'XOAUTH2';
	readonly allowPlaintext?: boolean;
	readonly allowInsecure?: boolean;
	/** Prefills the test message's To (it is still only sent after a confirmation). */
	readonly sendTo?: string;
	readonly from?: string;
	/** Warnings to show once the app is up (e.g. --password is visible in the process list). */
	readonly warnings?: readonly string[];
};

/** The credential flag values the app reads (the check's flag values, less the send-only ones). */
export type LoginFlagValues = Omit<CredentialFlagValues, 'sendPort' | 'yes'>;

const mechanisms = ['PLAIN', 'LOGIN', 'XOAUTH2'] as const;
const controlCharacters = /[\u0000-\u001F\u007F-\u009F]/;

/** A plain e-mail address check for the TUI's To/From fields (the engine checks again). */
export function isAddress(value: string): boolean {
	const at = value.lastIndexOf('@');
	return value.length <= 254 && at > 0 && at < value.length - 1 && !/[\s<>,;"]/.test(value);
}

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
