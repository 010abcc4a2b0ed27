// A mistake in how the tool was called: printed as one line on stderr, exit code 2.

/** Thrown by argument parsing and validation; the message is one line, shown as is. */
export class UsageError extends Error {
	override readonly name = 'UsageError';
}

/** Exit codes of every command (README "Exit codes"). */
export const exitCodes = {
	/** The recommended setting works. */
	ok: 0,
	/** No port works, or the login / test message failed (or the check could not run, e.g. no DNS). */
	noWorkingPort: 1,
	/** Usage error: bad flag, bad host, unreadable --ca file. */
	usage: 2,
	/** Inconclusive: nothing failed, but the server rate-limited (421) or was busy. */
	inconclusive: 3,
	/** Internal error (a bug): EX_SOFTWARE from sysexits.h. */
	software: 70,
	/** Could not write the output (a full disk, a closed terminal): EX_IOERR from sysexits.h. */
	ioError: 74,
	/** Hung up (the SSH session closed): 128 + SIGHUP. */
	hangup: 129,
	/** The reader of stdout went away (`| head -1`): 128 + SIGPIPE, what a Unix tool dies with. */
	brokenPipe: 141,
	/** Interrupted with Ctrl+C (128 + SIGINT). */
	interrupted: 130,
	/** Terminated with SIGTERM (128 + SIGTERM). */
	terminated: 143,
} as const;
