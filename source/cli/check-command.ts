// Glue between the command map and `runCheck`: positional arguments and flags to CheckOptions.
import {buildAppOptions} from './options.js';
import {runCheck} from './check.js';
import type {CommandContext} from './commands.js';
import {UsageError} from './usage-error.js';
import {quote} from './validate.js';

/** `smtp-doctor check HOST [flags]`, also used for `smtp-doctor HOST` without a TTY. */
export async function runCheckCommand({args, flags, io}: CommandContext): Promise<number> {
	if (args.length > 1) {
		throw new UsageError(
			`Unexpected argument ${quote(args[1]!)}: check takes one host (ports go in --ports)`,
		);
	}

	const options = buildAppOptions(flags, args[0] ?? '', {
		env: io.env,
		isStdoutTty: io.stdout.isTTY === true,
	});
	return runCheck(
		{
			...options,
			host: options.host!,
			output: flags.json ? 'json' : 'plain',
			...(flags.report === undefined ? {} : {reportFile: flags.report}),
		},
		io,
	);
}
