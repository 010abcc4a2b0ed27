// An unexpected error (a bug, a broken pipe) ends with one escaped line and exit code 70
// (EX_SOFTWARE), never 1 ("no port works"); SMTP_DOCTOR_DEBUG adds the stack, escaped too.
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

const brokenStdout: OutputStream = {
	write(_chunk: string, callback?: (error?: Error | null) => void) {
		callback?.(new Error('write failed \u001B[31mred\u001B[0m\u0007'));
		return false;
	},
};

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
