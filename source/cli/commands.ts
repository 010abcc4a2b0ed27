// The command map: `smtp-doctor <command> ...`. Adding a command (presets, discover, ...) is
// one entry here; `main` routes by name, and `--help` lists them in this order.
import {
	flagDefinitions,
	flagSpelling,
	type FlagDefinition,
	type FlagName,
	type ParsedFlags,
} from './flags.js';
import {UsageError} from '../config/usage-error.js';
import type {Command} from './command-context.js';

export type {CommandContext} from './command-context.js';

export type {Command} from './command-context.js';

/** Flags only the lessons command reads: everywhere else they are usage errors. */
const lessonsFlags: readonly FlagName[] = ['export'];

/** Flags every command accepts. */
export const globalFlags: readonly FlagName[] = ['help', 'version', 'lang', 'color'];

/**
 * Registered commands, in help order. Each loads its code on demand (a chunk of its own in
 * the build), so `--version` and `--help` evaluate none of the probe engine.
 */
export const commands: readonly Command[] = [
	{
		name: 'check',
		usage: 'check HOST',
		isHeadless: true,
		// Every flag but --watch (it re-runs the interactive table), --probe (explain's) and the
		// lessons command's own.
		flags: (Object.keys(flagDefinitions) as FlagName[]).filter(
			(name) => name !== 'watch' && name !== 'probe' && !lessonsFlags.includes(name),
		),
		async run(context) {
			// `check --lab [classic]`: the built-in lab, headless (source/lab/headless.ts).
			if (context.flags.lab) return (await import('./commands/lab.js')).runLabHeadless(context);
			const {runCheckCommand} = await import('./commands/check.js');
			return runCheckCommand(context);
		},
	},
	// Presets and discovery load their data (and zod) only when called.
	{
		name: 'presets',
		usage: 'presets [ID|WORD]',
		isHeadless: true,
		flags: ['json', 'plain'],
		async run(context) {
			const {runPresetsCli} = await import('./commands/presets.js');
			return runPresetsCli(context);
		},
	},
	{
		name: 'discover',
		usage: 'discover DOMAIN|EMAIL',
		isHeadless: true,
		flags: [
			'json',
			'plain',
			'timeout',
			'connectTimeout',
			'dnsServer',
			'ehlo',
			'ipv4',
			'ipv6',
			'ca',
		],
		async run(context) {
			const {runDiscoverCli} = await import('./commands/discover.js');
			return runDiscoverCli(context);
		},
	},
	{
		name: 'practice',
		usage: 'practice',
		// Interactive: the app reads the keys itself (q, Ctrl+C).
		isHeadless: false,
		flags: [],
		async run(context) {
			const {runPracticeCli} = await import('./commands/practice.js');
			return runPracticeCli(context);
		},
	},
	{
		name: 'lessons',
		usage: 'lessons [ID]',
		isHeadless: true,
		flags: ['export', 'force'],
		async run(context) {
			// The lessons and the Markdown handout; no engine, no UI.
			const {runLessonsCli} = await import('./commands/lessons.js');
			return runLessonsCli(context);
		},
	},
	{
		name: 'explain',
		usage: 'explain TEXT',
		isHeadless: true,
		flags: [
			'json',
			'client',
			'probe',
			'ports',
			'mode',
			'timeout',
			'connectTimeout',
			'greetingTimeout',
			'commandTimeout',
			'tlsTimeout',
			'ca',
			'servername',
			'ipv4',
			'ipv6',
		],
		async run(context) {
			// The error decoder (source/explain/); the engine only with --probe.
			const {runExplainCli} = await import('./commands/explain.js');
			return runExplainCli(context);
		},
	},
	{
		name: 'clients',
		usage: 'clients',
		isHeadless: true,
		flags: ['json'],
		async run(context) {
			// The ids --client takes; no engine.
			const {runClientsCli} = await import('./commands/clients.js');
			return runClientsCli(context);
		},
	},
	{
		name: 'completion',
		usage: 'completion SHELL',
		isHeadless: true,
		flags: [],
		async run(context) {
			// bash, zsh or fish, generated from this table and the flag table (completion.ts).
			return (await import('./completion.js')).runCompletion(context, {commands, globalFlags});
		},
	},
];

/** The command called `name`, if there is one. */
export function findCommand(name: string | undefined): Command | undefined {
	return commands.find((command) => command.name === name);
}

/** Throws a usage error for a flag `command` does not read (`presets --preset x`). */
export function assertFlagsApply(
	command: Pick<Command, 'name' | 'flags'>,
	flags: ParsedFlags,
): void {
	const allowed = command.flags;
	if (!allowed) {
		return;
	}

	for (const name of Object.keys(flags) as FlagName[]) {
		if (!allowed.includes(name) && !globalFlags.includes(name)) {
			const help = (flagDefinitions as Record<string, FlagDefinition>)[name]?.help;
			const shown = help?.match(/--[a-z\d-]+/)?.[0] ?? help?.split(' ')[0] ?? flagSpelling(name);
			throw new UsageError(`${shown} does not apply to the ${command.name} command (see --help)`);
		}
	}
}
