#!/usr/bin/env node
// The `smtp-doctor` executable: wires the real process into `main` and exits with its code.
import process from 'node:process';
import {main} from './cli/main.js';
import {exitCodes} from './cli/usage-error.js';

const exitCode = await main({
	argv: process.argv.slice(2),
	stdout: process.stdout,
	stderr: process.stderr,
	env: process.env,
	onSignal(handler) {
		let count = 0;
		const listener = (signal: NodeJS.Signals) => {
			count++;
			if (count > 1) {
				// A second Ctrl+C means now: do not wait for sockets to close.
				process.exit(signal === 'SIGTERM' ? exitCodes.terminated : exitCodes.interrupted);
			}

			handler(signal === 'SIGTERM' ? 'SIGTERM' : 'SIGINT');
			// Closing every socket takes milliseconds; if something hangs, leave anyway.
			setTimeout(() => {
				process.exit(signal === 'SIGTERM' ? exitCodes.terminated : exitCodes.interrupted);
			}, 2000).unref();
		};

		process.on('SIGINT', listener);
		process.on('SIGTERM', listener);
		return () => {
			process.off('SIGINT', listener);
			process.off('SIGTERM', listener);
		};
	},
});

// Output is already flushed (main awaits its writes); exit now so a stray handle in a
// dependency can never keep a finished check alive.
process.exit(exitCode);
