// What a command front receives, apart from the command table so fronts can name it.
import type {FlagName, ParsedFlags} from './flags.js';
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
	/** Headless commands get SIGINT/SIGTERM wired to `io.signal`; interactive ones handle keys themselves. */
	readonly isHeadless: boolean;
	/**
	 * The flags this command reads, besides --help, --version, --lang and --no-color (every
	 * command takes those); undefined = every flag. Any other flag is a usage error naming the
	 * flag and the command, never silently ignored.
	 */
	readonly flags?: readonly FlagName[];
	run(context: CommandContext): Promise<number>;
};
