// An unexpected error (a bug) ends with one escaped line and exit code 70 (EX_SOFTWARE), never
// 1 ("no port works"); SMTP_DOCTOR_DEBUG adds the stack, escaped too. A failed write is not a
// bug: one line and 74 (EX_IOERR), or quietly 141 for a broken pipe.
import {expect, test} from 'vitest';
import {main} from '../../source/cli/main.js';
import type {OutputStream} from '../../source/cli/io.js';

function capture(): OutputStream & {readonly text: () => string} {
	let text = '';
	return {
		write(chunk: string, callback?: (error?: Error | null) => void) {
			text += chunk;
			callback?.();
			return true;
		},
		text: () => text,
	};
}

/** A stream that throws (a bug in a stream, not a failed write). */
const brokenStdout: OutputStream = {
	write() {
		throw new Error('write failed \u001B[31mred\u001B[0m\u0007');
	},
};

/** A stream whose write fails with `code`, as the OS reports it. */
const failingStdout = (code: string): OutputStream => ({
	write(_chunk: string, callback?: (error?: Error | null) => void) {
		callback?.(Object.assign(new Error(`write ${code} \u001B[31m`), {code}));
		return false;
	},
});

test.each([
	['ENOSPC', 74, 'smtp-doctor: cannot write the output (ENOSPC)\n'],
	['EIO', 74, 'smtp-doctor: cannot write the output (EIO)\n'],
	['EPIPE', 141, ''],
] as const)('a write failing with %s: exit %i, %j on stderr', async (code, exitCode, message) => {
	const stderr = capture();
	expect(await main({argv: ['--version'], stdout: failingStdout(code), stderr, env: {}})).toBe(
		exitCode,
	);
	expect(stderr.text()).toBe(message);
});

test.each([
	[{}, false],
	[{SMTP_DOCTOR_DEBUG: '1'}, true],
] as const)('env %o: exit 70, escaped message (stack: %s)', async (env, hasStack) => {
	const stderr = capture();
	const code = await main({argv: ['--version'], stdout: brokenStdout, stderr, env});
	expect(code).toBe(70);
	const text = stderr.text();
	expect(text).toMatch(/^smtp-doctor: unexpected error: write failed \\x1b\[31mred/);
	expect(text).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/);
	expect(/\n\s*at .+:\d+:\d+/.test(text)).toBe(hasStack);
});
