// Flag definitions of the credentials step and the test message, for the CLI's flag table.
// Kept apart from cli-options.ts so the flag table (loaded by every run, even `--version`)
// does not pull in the AUTH and message code.
/**
 * Flag definitions for the CLI's flag table (source/cli/flags.ts spreads them in): the type
 * and the "--flag ARG" spelling shown by --help (descriptions: the i18n catalogue's cli.flags).
 */
export const credentialFlags = {
	user: {
		type: 'string',
		help: '--user NAME',
	},
	passwordStdin: {
		type: 'boolean',
		help: '--password-stdin',
	},
	password: {
		type: 'string',
		help: '--password SECRET',
	},
	authMech: {
		type: 'string',
		help: '--auth-mech MECH',
	},
	allowPlaintextAuth: {
		type: 'boolean',
		help: '--allow-plaintext-auth',
	},
	insecure: {
		type: 'boolean',
		help: '--insecure',
	},
	sendTo: {
		type: 'string',
		help: '--send-to ADDRESS',
	},
	from: {
		type: 'string',
		help: '--from ADDRESS',
	},
	sendPort: {
		type: 'string',
		help: '--send-port PORT',
	},
	yes: {type: 'boolean', help: '--yes'},
} as const;
