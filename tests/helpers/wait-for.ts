// The one way tests wait: poll a condition, never sleep a fixed time. Also the two small
// helpers every waiting test needs (one macrotask for effects, plain text of a frame).
import {stripVTControlCharacters} from 'node:util';

/** Options for `waitFor`. */
export type WaitForOptions = {
	/** Give up after this many ms (default 5000). */
	readonly timeoutMs?: number;
	/** Poll interval in ms (default 10). */
	readonly intervalMs?: number;
	/** Shown in the error when the condition never became true (a function: computed then). */
	readonly message?: string | (() => string);
};

/** Resolves with the first truthy value of `condition`, or rejects after `timeoutMs`. */
export async function waitFor<T>(
	condition: () => T | Promise<T>,
	options: WaitForOptions = {},
): Promise<NonNullable<T>> {
	const timeoutMs = options.timeoutMs ?? 5000;
	const intervalMs = options.intervalMs ?? 10;
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const value = await condition();
		if (value) {
			return value;
		}

		if (Date.now() > deadline) {
			const message =
				typeof options.message === 'function'
					? options.message()
					: (options.message ?? 'condition');
			throw new Error(`waitFor timed out after ${timeoutMs} ms: ${message}`);
		}

		await new Promise((resolve) => {
			setTimeout(resolve, intervalMs);
		});
	}
}

/** One macrotask, so effects (input subscriptions) run before the next step. */
export async function tick(): Promise<void> {
	await new Promise((resolve) => {
		setImmediate(resolve);
	});
}

/** `text` without colours and cursor codes, so assertions read like the screen. */
export function stripAnsi(text: string | undefined): string {
	return stripVTControlCharacters(text ?? '');
}
