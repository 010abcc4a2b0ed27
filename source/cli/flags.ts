// Every command-line flag, in one table. Commands read the flags they use; a flag no command
// knows is a usage error. Other parts add their flags here (presets: --preset; credentials:
// --user, --password-stdin, --send-to; lessons: --lab) together with a help line.
import {credentialFlags} from '../secrets/credential-flags.js';

/** One flag for meow, plus the help line shown by --help. */
export type FlagDefinition = {
	readonly type: 'string' | 'boolean';
	readonly shortFlag?: string;
	/** "--ports LIST" style name shown in help, and its description. */
	readonly help?: readonly [string, string];
};

/** All flags, keyed by their camelCase name (meow turns --connect-timeout into connectTimeout). */
export const flagDefinitions = {
	help: {type: 'boolean', shortFlag: 'h', help: ['-h, --help', 'Show this help']},
	version: {type: 'boolean', shortFlag: 'V', help: ['-V, --version', 'Show the version']},
	ports: {
		type: 'string',
		shortFlag: 'p',
		help: ['-p, --ports LIST', 'Ports to probe, comma separated (default 25,465,587,2525)'],
	},
	mode: {
		type: 'string',
		shortFlag: 'm',
		help: ['-m, --mode MODE', 'auto (default: find out), implicit-tls (SSL/TLS), starttls, none'],
	},
	timeout: {type: 'string', help: ['--timeout MS', 'Timeout for every phase (ms, or 5s)']},
	connectTimeout: {
		type: 'string',
		help: ['--connect-timeout MS', 'TCP connect timeout (default 5s)'],
	},
	greetingTimeout: {
		type: 'string',
		help: ['--greeting-timeout MS', 'Wait for the 220 greeting (default 10s)'],
	},
	commandTimeout: {
		type: 'string',
		help: ['--command-timeout MS', 'Wait for each command reply (default 10s)'],
	},
	tlsTimeout: {type: 'string', help: ['--tls-timeout MS', 'TLS handshake timeout (default 10s)']},
	json: {type: 'boolean', help: ['--json', 'Print the result as JSON (schemaVersion 1)']},
	plain: {type: 'boolean', help: ['--plain', 'Plain-text report even on a terminal']},
	report: {type: 'string', help: ['--report FILE', 'Also write a redacted Markdown report']},
	transcript: {
		type: 'boolean',
		shortFlag: 'v',
		help: ['-v, --transcript', "Print every port's SMTP transcript after the table"],
	},
	servername: {
		type: 'string',
		help: ['--servername NAME', 'Check the certificate against NAME (connect by IP)'],
	},
	ca: {type: 'string', help: ['--ca FILE', 'Also trust the CA certificate(s) in this PEM file']},
	ehlo: {type: 'string', help: ['--ehlo NAME', 'Name to send in EHLO (default: this host)']},
	ipv4: {type: 'boolean', shortFlag: '4', help: ['-4', 'Use IPv4 addresses only']},
	ipv6: {type: 'boolean', shortFlag: '6', help: ['-6', 'Use IPv6 addresses only']},
	dnsServer: {
		type: 'string',
		help: ['--dns-server IP[:PORT]', 'Resolve with this DNS server'],
	},
	lang: {type: 'string', help: ['--lang en|id', 'Language (default: from LANG)']},
	preset: {
		type: 'string',
		help: ['--preset ID[:REGION]', 'Use a provider preset (list: smtp-doctor presets)'],
	},
	color: {type: 'boolean', help: ['--no-color', 'No colours (NO_COLOR is honoured too)']},
	lab: {
		type: 'boolean',
		help: ['--lab', 'Open the built-in offline lab (real SMTP servers on 127.0.0.1)'],
	},
	...credentialFlags,
} satisfies Record<string, FlagDefinition>;

/** Flag names. */
export type FlagName = keyof typeof flagDefinitions;

/** Parsed flags as meow returns them (undefined when not given). */
export type ParsedFlags = {
	readonly [Name in FlagName]?: (typeof flagDefinitions)[Name]['type'] extends 'boolean'
		? boolean
		: string;
};

/** "--connect-timeout" from "connectTimeout" ("-x" for one letter). */
export function flagSpelling(key: string): string {
	return key.length === 1
		? `-${key}`
		: `--${key.replaceAll(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}
