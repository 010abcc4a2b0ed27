#!/usr/bin/env node
// The `smtp-doctor` executable: wires the real process into `main` and exits with its code.
import process from 'node:process';
import {main} from './cli/main.js';
import {exitCodes} from './config/usage-error.js';
import {escapeAndClip, escapeLines} from './report/escape.js';

// Last line of defence: a bug anywhere must still end with one line, never a stack trace
// (set SMTP_DOCTOR_DEBUG=1 to see it, escaped: an error message may quote server text), and
// with its own exit code (70, EX_SOFTWARE), never mistaken for "no port works".
const crash = (error: unknown) => {
	const message = error instanceof Error ? error.message : String(error);
	const detail =
		process.env['SMTP_DOCTOR_DEBUG'] && error instanceof Error && error.stack
			? `\n${escapeLines(error.stack)}`
			: '';
	process.stderr.write(
		`smtp-doctor: unexpected error: ${escapeAndClip(message.split('\n')[0] ?? '', 300)}${detail}\n`,
	);
	process.exit(exitCodes.software);
};

/** The exit code a shell shows for a process ended by `signal`. */
const exitCodeOf = (signal: NodeJS.Signals) =>
	signal === 'SIGTERM'
		? exitCodes.terminated
		: signal === 'SIGHUP'
			? exitCodes.hangup
			: exitCodes.interrupted;

// A failed write (the reader went away: `| head -1`; a full disk; a closed terminal) reaches
// that write's callback, and main() ends quietly on EPIPE, as Unix tools do, or says it in
// one line, after writing a report asked for. The stream's 'error' event must still have a
// listener: unheard, it would surface as an "unexpected error".
for (const stream of [process.stdout, process.stderr]) {
	stream.on('error', () => undefined);
}

process.on('uncaughtException', crash);
process.on('unhandledRejection', crash);

// No top-level await: the check build is CommonJS (scripts/build.mjs).
void main({
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
				process.exit(exitCodeOf(signal));
			}

			handler(signal === 'SIGTERM' || signal === 'SIGHUP' ? signal : 'SIGINT');
			// Closing every socket takes milliseconds; if something hangs, leave anyway.
			setTimeout(() => {
				process.exit(exitCodeOf(signal));
			}, 2000).unref();
		};

		// SIGHUP: the SSH session closed. It ends the run as SIGTERM does (sockets closed, the
		// report asked for written), with 129.
		process.on('SIGINT', listener);
		process.on('SIGTERM', listener);
		process.on('SIGHUP', listener);
		return () => {
			process.off('SIGINT', listener);
			process.off('SIGTERM', listener);
			process.off('SIGHUP', listener);
		};
	},
}).then((exitCode) => {
	// Output is already flushed (main awaits its writes); exit now so a stray handle in a
	// dependency can never keep a finished check alive.
	process.exit(exitCode);
});
