// Every command-line flag, in one table. Commands read the flags they use; a flag no command
// knows is a usage error. Other parts add their flags here (presets: --preset; credentials:
// --user, --password-stdin, --send-to; lessons: --lab) together with a help line.
import {credentialFlags} from './credential-flags.js';

/** One flag for meow, plus the help line shown by --help. */
export type FlagDefinition = {
	readonly type: 'string' | 'boolean';
	readonly shortFlag?: string;
	/** "--ports LIST" style spelling shown in help; the description is the i18n catalogue's `cli.flags.<name>`. */
	readonly help?: string;
};

/** All flags, keyed by their camelCase name (meow turns --connect-timeout into connectTimeout). */
export const flagDefinitions = {
	help: {type: 'boolean', shortFlag: 'h', help: '-h, --help'},
	version: {type: 'boolean', shortFlag: 'V', help: '-V, --version'},
	ports: {
		type: 'string',
		shortFlag: 'p',
		help: '-p, --ports LIST',
	},
	mode: {
		type: 'string',
		shortFlag: 'm',
		help: '-m, --mode MODE',
	},
	timeout: {type: 'string', help: '--timeout MS'},
	connectTimeout: {
		type: 'string',
		help: '--connect-timeout MS',
	},
	greetingTimeout: {
		type: 'string',
		help: '--greeting-timeout MS',
	},
	commandTimeout: {
		type: 'string',
		help: '--command-timeout MS',
	},
	tlsTimeout: {type: 'string', help: '--tls-timeout MS'},
	json: {type: 'boolean', help: '--json'},
	plain: {type: 'boolean', help: '--plain'},
	report: {type: 'string', help: '--report FILE'},
	transcript: {
		type: 'boolean',
		shortFlag: 'v',
		help: '-v, --transcript',
	},
	servername: {
		type: 'string',
		help: '--servername NAME',
	},
	ca: {type: 'string', help: '--ca FILE'},
	ehlo: {type: 'string', help: '--ehlo NAME'},
	ipv4: {type: 'boolean', shortFlag: '4', help: '-4'},
	ipv6: {type: 'boolean', shortFlag: '6', help: '-6'},
	dnsServer: {
		type: 'string',
		help: '--dns-server IP[:PORT]',
	},
	lang: {type: 'string', help: '--lang en|id'},
	preset: {
		type: 'string',
		help: '--preset ID[:REGION]',
	},
	color: {type: 'boolean', help: '--no-color'},
	lab: {
		type: 'boolean',
		help: '--lab',
	},
	export: {type: 'string', help: '--export FILE'},
	force: {type: 'boolean', help: '--force'},
	client: {type: 'string', help: '--client NAME'},
	probe: {type: 'string', help: '--probe HOST'},
	control: {type: 'string', help: '--control HOST[:PORT],...'},
	noControls: {type: 'boolean', help: '--no-controls'},
	watch: {type: 'string', help: '--watch DURATION'},
	targets: {type: 'string', help: '--targets FILE'},
	concurrency: {type: 'string', help: '--concurrency N'},
	shard: {type: 'string', help: '--shard K/N'},
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
