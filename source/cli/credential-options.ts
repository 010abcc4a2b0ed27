// Command-line flags of the credentials step and the opt-in test message, and their
// validation into engine options. The CLI owns parsing (meow) and spreads `credentialFlags`
// into its flag list; everything here returns one-line, secret-free errors (exit code 2).
import {createTestMessage} from '../engine/test-message.js';
import {type AuthMechanism, supportedMechanisms} from '../engine/auth.js';
import {isSafeAddress} from '../engine/send.js';
import type {Credentials, TestMessage} from '../engine/types.js';
import {formatSendDetails, type SendDetails} from '../report/send-details.js';
import {passwordEnvName, promptHidden, readSecret, SecretError} from './read-secret.js';

// The flag table lives in credential-flags.ts (no heavy imports: `--version` loads it).
export {credentialFlags} from './credential-flags.js';

/** Flag values as meow returns them (camel-case). */
export type CredentialFlagValues = {
	readonly user?: string;
	readonly passwordStdin?: boolean;
	readonly password?: string;
	readonly authMech?: string;
	readonly allowPlaintextAuth?: boolean;
	readonly insecure?: boolean;
	readonly sendTo?: string;
	readonly from?: string;
	readonly sendPort?: string | number;
	readonly yes?: boolean;
};

/** What the CLI needs to run the credentials step. */
export type CredentialContext = {
	readonly host: string;
	readonly ports: readonly number[];
	readonly env?: NodeJS.ProcessEnv;
	readonly stdin?: NodeJS.ReadStream;
	/** Where the password prompt is written (stderr keeps stdout clean for --json). */
	readonly promptOutput?: NodeJS.WriteStream;
};

/** Engine options built from the flags, plus warnings to print on stderr. */
export type ResolvedCredentials = {
	readonly credentials?: Credentials;
	readonly testMessage?: TestMessage;
	readonly warnings: readonly string[];
};

const controlCharacters = /[\u0000-\u001F\u007F-\u009F]/;

/** Parses --auth-mech, case-insensitively. */
export function parseMechanism(value: string): AuthMechanism {
	const upper = value.toUpperCase();
	const found = supportedMechanisms.find((mechanism) => mechanism === upper);
	if (!found) {
		throw new SecretError(`--auth-mech must be one of ${supportedMechanisms.join(', ')}.`);
	}

	return found;
}

/** The port a test message goes through when --send-port is not given. */
export function defaultSendPort(ports: readonly number[]): number | undefined {
	return [465, 587, 2525].find((port) => ports.includes(port)) ?? ports[0];
}

/**
 * Validates the credential flags and reads the secret. Resolves `{}` without credentials
 * when --user is absent. Rejects with `SecretError` (one line, exit code 2) on bad input.
 */
export async function resolveCredentials(
	flags: CredentialFlagValues,
	context: CredentialContext,
): Promise<ResolvedCredentials> {
	const {user} = flags;
	if (user === undefined) {
		const needsUser = (
			[
				['passwordStdin', '--password-stdin'],
				['password', '--password'],
				['authMech', '--auth-mech'],
				['allowPlaintextAuth', '--allow-plaintext-auth'],
				['sendTo', '--send-to'],
			] as const
		).find(([key]) => flags[key] !== undefined && flags[key] !== false);
		if (needsUser) {
			throw new SecretError(`${needsUser[1]} needs --user NAME.`);
		}

		return {warnings: []};
	}

	if (user.length === 0 || user.length > 256 || controlCharacters.test(user)) {
		throw new SecretError('--user must be a non-empty name without control characters.');
	}

	const mechanism = flags.authMech === undefined ? undefined : parseMechanism(flags.authMech);
	const testMessage =
		flags.sendTo === undefined ? undefined : buildTestMessage(flags, user, context);
	if (flags.from !== undefined && flags.sendTo === undefined) {
		throw new SecretError('--from is only used with --send-to ADDRESS.');
	}

	const stdin = context.stdin ?? process.stdin;
	const read = await readSecret({
		env: context.env ?? process.env,
		passwordStdin: flags.passwordStdin === true,
		stdin,
		...(flags.password === undefined ? {} : {password: flags.password}),
	});
	let secret = read?.secret;
	if (secret === undefined) {
		const output = context.promptOutput ?? process.stderr;
		if (!stdin.isTTY || !output.isTTY) {
			throw new SecretError(
				`No password for --user: set ${passwordEnvName}, pipe it with --password-stdin, or run in a terminal to be asked.`,
			);
		}

		secret = await promptHidden(
			`Password${mechanism === 'XOAUTH2' ? ' (OAuth2 access token)' : ''} for ${user}: `,
			{input: stdin, output},
		);
		if (secret.length === 0) {
			throw new SecretError('No password entered.');
		}
	}

	const credentials: Credentials = {
		user,
		secret,
		...(mechanism ? {mechanism} : {}),
		...(flags.allowPlaintextAuth ? {allowPlaintext: true} : {}),
		...(flags.insecure ? {allowInsecure: true} : {}),
	};
	const warnings = [...(read?.warnings ?? [])];
	if (flags.allowPlaintextAuth) {
		warnings.push(
			'Warning: --allow-plaintext-auth lets the password travel unencrypted where a port has no TLS; anyone on the path can read it.',
		);
	}

	if (flags.insecure) {
		warnings.push(
			'Warning: --insecure sends the password even when the certificate fails verification; an impostor could collect it.',
		);
	}

	return {credentials, ...(testMessage ? {testMessage} : {}), warnings};
}

function buildTestMessage(
	flags: CredentialFlagValues,
	user: string,
	context: CredentialContext,
): TestMessage {
	const to = flags.sendTo ?? '';
	if (!isSafeAddress(to)) {
		throw new SecretError('--send-to must be one e-mail address such as name@example.com.');
	}

	const from = flags.from ?? (isSafeAddress(user) ? user : undefined);
	if (from === undefined) {
		throw new SecretError('--send-to needs --from ADDRESS (the user name is not an address).');
	}

	if (!isSafeAddress(from)) {
		throw new SecretError('--from must be one e-mail address such as name@example.com.');
	}

	const port =
		flags.sendPort === undefined ? defaultSendPort(context.ports) : Number(flags.sendPort);
	if (port === undefined || !context.ports.includes(port)) {
		throw new SecretError('--send-port must be one of the probed ports.');
	}

	return createTestMessage({from, to, port, host: context.host});
}

export {formatSendDetails, sendDetails, type SendDetails} from '../report/send-details.js';

/**
 * Asks "Send? [y/N]" on a terminal. With --yes it resolves true without asking; without a
 * terminal to ask on (or when standard input carried the password) it refuses with a
 * `SecretError` telling the user to add --yes.
 */
export async function confirmSend(
	details: SendDetails,
	options: {
		readonly yes?: boolean;
		readonly isStdinUsed?: boolean;
		readonly input?: NodeJS.ReadStream;
		readonly output?: NodeJS.WriteStream;
	},
): Promise<boolean> {
	if (options.yes) {
		return true;
	}

	const input = options.input ?? process.stdin;
	const output = options.output ?? process.stderr;
	if (options.isStdinUsed || !input.isTTY || !output.isTTY) {
		throw new SecretError(
			'Refusing to send the test message without confirmation: there is no terminal to ask on; add --yes to send anyway.',
		);
	}

	output.write(`${formatSendDetails(details)}\nSend? [y/N] `);
	const answer = await readLine(input);
	return /^\s*y(?:es)?\s*$/i.test(answer);
}

async function readLine(input: NodeJS.ReadStream): Promise<string> {
	const {createInterface} = await import('node:readline');
	const rl = createInterface({input, terminal: false});
	try {
		return await new Promise<string>((resolve) => {
			rl.once('line', resolve);
			rl.once('close', () => {
				resolve('');
			});
		});
	} finally {
		rl.close();
	}
}
