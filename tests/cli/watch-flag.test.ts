// --watch belongs to the interactive table: off a terminal, and for `check`, it is a usage
// error (never silently ignored).
import {expect, it} from 'vitest';
import {runCli} from './cli-helpers.js';

it.each([
	[
		['127.0.0.1', '--watch', '30s'],
		'--watch re-runs the table of the interactive app: it needs a terminal',
	],
	[['check', '127.0.0.1', '--watch', '30s'], '--watch does not apply to the check command'],
])('smtp-doctor %j is a usage error', async (args, message) => {
	const run = await runCli(args);
	expect(run.code).toBe(2);
	expect(run.stderr).toContain(message);
	expect(run.stdout).toBe('');
});
