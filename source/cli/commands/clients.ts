// `smtp-doctor clients`: the mail clients and apps `--client NAME` knows, one per line (id,
// name, what the snippet is), so a script or a person can pick the id.
import {clientCatalogue} from '../../clients/index.js';
import type {CommandContext} from '../command-context.js';
import {writeFully} from '../io.js';
import {UsageError} from '../../config/usage-error.js';
import {quote} from '../quote.js';

export async function runClientsCli({args, flags, io}: CommandContext): Promise<number> {
	if (args.length > 0) {
		throw new UsageError(`Unexpected argument ${quote(args[0]!)}: clients takes no arguments`);
	}

	if (flags.json) {
		const list = clientCatalogue.map(({id, name, kind, format}) => ({id, name, kind, format}));
		await writeFully(io.stdout, `${JSON.stringify(list, undefined, 2)}\n`);
		return 0;
	}

	const width = Math.max(...clientCatalogue.map((entry) => entry.id.length));
	const lines = clientCatalogue.map(
		(entry) => `${entry.id.padEnd(width)}  ${entry.name} (${entry.format})`,
	);
	await writeFully(
		io.stdout,
		`${lines.join('\n')}\n\nsmtp-doctor check HOST --client ID prints what to type into it, from that run.\n`,
	);
	return 0;
}
