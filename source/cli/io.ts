// The process edges a command touches, passed in so tests and the TUI can supply their own.
import {exitCodes} from '../config/usage-error.js';

/** A writable text stream with the TTY facts we look at. */
export type OutputStream = {
	readonly isTTY?: boolean;
	write(text: string, callback?: (error?: Error | null) => void): boolean;
};

/** What a command gets besides its flags. */
export type CommandIo = {
	readonly stdout: OutputStream;
	readonly stderr: OutputStream;
	readonly env: NodeJS.ProcessEnv;
	/** Aborted on SIGINT / SIGTERM / SIGHUP (headless runs); `interruption()` tells which. */
	readonly signal: AbortSignal;
	readonly interruption: () => Interruption | undefined;
};

/** A signal that ends a run early: Ctrl+C, `kill`, or the SSH session hanging up. */
export type Interruption = 'SIGINT' | 'SIGTERM' | 'SIGHUP';

/** 130, 143 or 129 (128 + the signal's number), as a shell reports a process it ended. */
export function interruptionExitCode(signal: Interruption): number {
	return signal === 'SIGINT'
		? exitCodes.interrupted
		: signal === 'SIGTERM'
			? exitCodes.terminated
			: exitCodes.hangup;
}

/**
 * A write to stdout or stderr failed: the reader went away (EPIPE: `| head -1`), the disk is
 * full (ENOSPC: `> /dev/full`), the terminal closed (EIO). main() ends quietly on EPIPE, as
 * Unix tools do, and with one line otherwise.
 */
export class OutputError extends Error {
	readonly code: string;
	constructor(cause: Error) {
		const code = 'code' in cause && typeof cause.code === 'string' ? cause.code : 'EIO';
		super(`cannot write the output (${code})`);
		this.name = 'OutputError';
		this.code = code;
	}
}

/** Writes and resolves once the text is handed to the OS (so exiting cannot truncate a pipe). */
export async function writeFully(stream: OutputStream, text: string): Promise<void> {
	if (text === '') {
		return;
	}

	await new Promise<void>((resolve, reject) => {
		stream.write(text, (error) => {
			if (error) {
				reject(new OutputError(error));
			} else {
				resolve();
			}
		});
	});
}
