// What a command front receives, apart from the command table so fronts can name it.
import type {ParsedFlags} from './flags.js';
import type {CommandIo} from './io.js';

/** What a command receives: positional arguments after its name, all flags, and the process edges. */
export type CommandContext = {
	readonly args: readonly string[];
	readonly flags: ParsedFlags;
	readonly io: CommandIo;
};
