// Flag definitions of the credentials step and the test message, for the CLI's flag table.
// Kept apart from cli-options.ts so the flag table (loaded by every run, even `--version`)
// does not pull in the AUTH and message code.
import {passwordEnvName} from './read-secret.js';

/**
 * Flag definitions for the CLI's flag table (source/cli/flags.ts spreads them in): meow type
 * plus the "--flag ARG" name and description shown by --help.
 */
export const credentialFlags = {
	user: {
		type: 'string',
		help: [
			'--user NAME',
			`Log in (AUTH) where safe; password: ${passwordEnvName}, stdin or prompt`,
		],
	},
	passwordStdin: {
		type: 'boolean',
		help: ['--password-stdin', 'Read the password (or XOAUTH2 token) from standard input'],
	},
	password: {
		type: 'string',
		help: ['--password SECRET', 'Discouraged: visible to other users in the process list'],
	},
	authMech: {
		type: 'string',
		help: ['--auth-mech MECH', 'Force PLAIN, LOGIN or XOAUTH2 (default: PLAIN, else LOGIN)'],
	},
	allowPlaintextAuth: {
		type: 'boolean',
		help: ['--allow-plaintext-auth', 'Allow AUTH without encryption (the password can be read)'],
	},
	insecure: {
		type: 'boolean',
		help: ['--insecure', 'Allow AUTH although the certificate failed verification'],
	},
	sendTo: {
		type: 'string',
		help: ['--send-to ADDRESS', 'After AUTH, send one test message to ADDRESS (asks first)'],
	},
	from: {
		type: 'string',
		help: ['--from ADDRESS', 'Sender of the test message (default: --user if an address)'],
	},
	sendPort: {
		type: 'string',
		help: ['--send-port PORT', 'Port for the test message (default: 465, else 587, else 2525)'],
	},
	yes: {type: 'boolean', help: ['--yes', 'Send the test message without asking (scripts)']},
} as const;
