// The command map: `smtp-doctor <command> ...`. Adding a command (presets, discover, ...) is
// one entry here; `main` routes by name, and `--help` lists them in this order.
import type {ParsedFlags} from './flags.js';
import type {CommandIo} from './io.js';

/** What a command receives: positional arguments after its name, all flags, and the process edges. */
export type CommandContext = {
	readonly args: readonly string[];
	readonly flags: ParsedFlags;
	readonly io: CommandIo;
};

/** One subcommand. `run` resolves to the exit code; it throws UsageError for bad input. */
export type Command = {
	readonly name: string;
	/** "check HOST" as shown in the usage line. */
	readonly usage: string;
	readonly summary: string;
	/** Headless commands get SIGINT/SIGTERM wired to `io.signal`; interactive ones handle keys themselves. */
	readonly isHeadless: boolean;
	run(context: CommandContext): Promise<number>;
};

/**
 * Registered commands, in help order. Each loads its code on demand (a chunk of its own in
 * the build), so `--version` and `--help` evaluate none of the probe engine.
 */
export const commands: readonly Command[] = [
	{
		name: 'check',
		usage: 'check HOST',
		summary: 'Probe HOST and print a report (plain text, or JSON with --json); never interactive',
		isHeadless: true,
		async run(context) {
			// `check --lab [classic]`: the built-in lab, headless (source/lab/headless.ts).
			if (context.flags.lab) return (await import('../lab/headless.js')).runLabHeadless(context);
			const {runCheckCommand} = await import('./check-command.js');
			return runCheckCommand(context);
		},
	},
	// Presets and discovery load their data (and zod) only when called.
	{
		name: 'presets',
		usage: 'presets [ID|WORD]',
		summary: 'List provider presets (filter by WORD; one in full by ID; --json)',
		isHeadless: true,
		async run(context) {
			const {runPresetsCli} = await import('../presets/cli.js');
			return runPresetsCli(context);
		},
	},
	{
		name: 'discover',
		usage: 'discover DOMAIN|EMAIL',
		summary: 'Find the submission server from SRV and MX records and common names',
		isHeadless: true,
		async run(context) {
			const {runDiscoverCli} = await import('../discovery/cli.js');
			return runDiscoverCli(context);
		},
	},
];

/** The command called `name`, if there is one. */
export function findCommand(name: string | undefined): Command | undefined {
	return commands.find((command) => command.name === name);
}
