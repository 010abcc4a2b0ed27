// `smtp-doctor practice [--lang en|id]`: the practice in the interactive app, opened straight
// on its first exercise. It needs a terminal (it asks questions); everything it probes is the
// lab's real servers on 127.0.0.1, so it needs no network and no DNS.
import type {CommandContext} from '../command-context.js';
import {buildAppOptions} from '../options.js';
import {quote} from '../quote.js';
import {UsageError} from '../../config/usage-error.js';

/** Opens the practice; resolves with the app's exit code. */
export async function runPracticeCli({args, flags, io}: CommandContext): Promise<number> {
	if (args.length > 0) {
		throw new UsageError(`Unexpected argument ${quote(args[0]!)}: practice takes no arguments`);
	}

	if (io.stdout.isTTY !== true) {
		throw new UsageError(
			'practice is interactive and needs a terminal (over SSH: ssh -t); smtp-doctor lessons --export FILE.md prints the lessons instead',
		);
	}

	const options = buildAppOptions(flags, undefined, {env: io.env, isStdoutTty: true});
	const {runApp} = await import('../../ui/app/run-app.js');
	return runApp(options, {isPractice: true});
}
