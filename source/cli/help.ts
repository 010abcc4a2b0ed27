// The --help text, built from the command map, the flag table and the i18n catalogue (which
// holds every description in English and Indonesian), so it cannot drift from either.
import type {Lang} from '../config/lang.js';
import type {Messages} from '../i18n/translate.js';
import {commands} from './commands.js';
import {flagDefinitions, type FlagName} from './flags.js';

async function catalogue(lang: Lang): Promise<Messages> {
	// Loaded on demand: `--help` is rare, and an English run never parses the Indonesian one.
	return lang === 'id'
		? (await import('../i18n/messages.id.js')).messagesId
		: (await import('../i18n/messages.en.js')).messagesEn;
}

function row(left: string, right: string, width = 24): string {
	return `    ${left.padEnd(width)} ${right}`;
}

/** The full help text in `lang`, ending with a newline. */
export async function helpText(version: string, lang: Lang): Promise<string> {
	const {help, commands: commandWords, flags: flagWords} = (await catalogue(lang)).cli;
	const flagLines = (Object.entries(flagDefinitions) as Array<[FlagName, {help?: string}]>).flatMap(
		([name, flag]) => (flag.help ? [row(flag.help, flagWords[name])] : []),
	);
	const commandLines = commands.map((command) =>
		row(command.usage, commandWords[command.name as keyof typeof commandWords]),
	);
	return [
		`smtp-doctor ${version}: ${help.tagline}`,
		'',
		help.usage,
		row('smtp-doctor [HOST]', help.interactive, 29),
		row('smtp-doctor check HOST', help.headless, 29),
		row('smtp-doctor --preset ID', help.preset, 29),
		row('smtp-doctor you@example.com', help.discover, 29),
		'',
		help.commands,
		...commandLines,
		'',
		help.options,
		...flagLines,
		'',
		help.exitCodes,
		`    0    ${help.exit0}`,
		`    1    ${help.exit1}`,
		`    2    ${help.exit2}`,
		`    3    ${help.exit3}`,
		`    70   ${help.exit70}`,
		`    130  ${help.exit130}`,
		`    143  ${help.exit143}`,
		'',
		help.examples,
		'    smtp-doctor check smtp.gmail.com',
		'    smtp-doctor check mail.example.com --ports 465,587 --json',
		'    smtp-doctor check 192.0.2.10 --mode starttls --timeout 5s --no-color',
		'    smtp-doctor check --preset hostinger',
		'    smtp-doctor discover example.com --dns-server 127.0.0.1:5353',
		'',
	].join('\n');
}
