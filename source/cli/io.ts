// The process edges a command touches, passed in so tests and the TUI can supply their own.

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
	/** Aborted on SIGINT / SIGTERM (headless runs); `interruption()` tells which. */
	readonly signal: AbortSignal;
	readonly interruption: () => 'SIGINT' | 'SIGTERM' | undefined;
};

/** Writes and resolves once the text is handed to the OS (so exiting cannot truncate a pipe). */
export async function writeFully(stream: OutputStream, text: string): Promise<void> {
	if (text === '') {
		return;
	}

	await new Promise<void>((resolve, reject) => {
		stream.write(text, (error) => {
			if (error) {
				reject(error);
			} else {
				resolve();
			}
		});
	});
}
