// Placeholder for the interactive app (the TUI issue replaces this file). Keeps the contract:
// the CLI calls `runApp(options)` through a dynamic import when stdout is a TTY, and exits
// with the number it resolves to. Until the TUI lands, it runs the headless check.
import process from 'node:process';
import type {AppOptions} from '../cli/app-options.js';

/** Starts the interactive app and resolves with the exit code. */
export async function runApp(options: AppOptions): Promise<number> {
	if (options.host === undefined) {
		process.stderr.write(
			'smtp-doctor: the interactive app is not available yet; use: smtp-doctor check HOST\n',
		);
		return 2;
	}

	const {runCheck} = await import('../cli/check.js');
	const controller = new AbortController();
	const onSigint = () => {
		controller.abort();
	};

	process.once('SIGINT', onSigint);
	try {
		return await runCheck(
			{...options, host: options.host, output: 'plain'},
			{
				stdout: process.stdout,
				stderr: process.stderr,
				env: process.env,
				signal: controller.signal,
				interruption: () => (controller.signal.aborted ? 'SIGINT' : undefined),
			},
		);
	} finally {
		process.off('SIGINT', onSigint);
	}
}
