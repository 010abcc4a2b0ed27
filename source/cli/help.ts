// The --help text, built from the command map and the flag table so it cannot drift.
import {commands} from './commands.js';
import {flagDefinitions, type FlagDefinition} from './flags.js';

/** The full help text, ending with a newline. */
export function helpText(version: string): string {
	const flagLines = (Object.values(flagDefinitions) as FlagDefinition[])
		.flatMap((flag) => (flag.help ? [flag.help] : []))
		.map(([name, description]) => `    ${name.padEnd(24)} ${description}`);
	const commandLines = commands.map(
		(command) => `    ${command.usage.padEnd(24)} ${command.summary}`,
	);
	return [
		`smtp-doctor ${version}: find out which SMTP port and encryption work for a mail server`,
		'',
		'Usage',
		'    smtp-doctor [HOST]            Interactive troubleshooter (on a terminal)',
		'    smtp-doctor check HOST        Headless check: report on stdout, exit code for scripts',
		'    smtp-doctor --preset ID       Check a provider preset (smtp-doctor presets lists them)',
		'    smtp-doctor you@example.com   Find your submission server from your address',
		'',
		'Commands',
		...commandLines,
		'',
		'Options',
		...flagLines,
		'',
		'Exit codes',
		'    0  the recommended setting works (with --user: and the login succeeded)',
		'    1  no port works, DNS failed, or the login / test message failed',
		'    2  usage error        3  inconclusive (rate-limited, 421)     70  internal error',
		'    130  interrupted (Ctrl+C)      143  terminated (SIGTERM)',
		'',
		'Examples',
		'    smtp-doctor check smtp.gmail.com',
		'    smtp-doctor check mail.example.com --ports 465,587 --json',
		'    smtp-doctor check 192.0.2.10 --mode starttls --timeout 5s --no-color',
		'    smtp-doctor check --preset hostinger',
		'    smtp-doctor discover example.com --dns-server 127.0.0.1:5353',
		'',
	].join('\n');
}
