// `smtp-doctor presets [ID|WORD] [--json] [--lang id]`, as the CLI's command map calls it.
import type {CommandContext} from '../command-context.js';
import {writeFully} from '../io.js';
import {UsageError} from '../../config/usage-error.js';
import {quote} from '../validate.js';
import {detectLang, isLang} from '../../config/lang.js';
import {runPresetsCommand} from '../../presets/command.js';

/** Lists presets; user presets.json problems go to stderr and do not change the exit code. */
export async function runPresetsCli({args, flags, io}: CommandContext): Promise<number> {
	if (args.length > 1) {
		throw new UsageError(
			`Unexpected argument ${quote(args[1]!)}: presets takes one id or search word`,
		);
	}

	if (flags.lang !== undefined && !isLang(flags.lang)) {
		throw new UsageError(`--lang: unknown language ${quote(flags.lang)}; use en or id`);
	}

	const output = await runPresetsCommand({
		json: flags.json === true,
		lang: detectLang(flags.lang, io.env),
		...(args[0] === undefined ? {} : {query: args[0]}),
		env: io.env,
	});
	await writeFully(io.stderr, output.stderr);
	await writeFully(io.stdout, output.stdout);
	return output.exitCode;
}
