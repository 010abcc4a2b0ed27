// Polls a condition instead of sleeping: tests wait for what they need, never for a fixed time.

/** Options for `waitFor`. */
export type WaitForOptions = {
	/** Give up after this many ms (default 5000). */
	readonly timeoutMs?: number;
	/** Poll interval in ms (default 10). */
	readonly intervalMs?: number;
	/** Shown in the error when the condition never became true. */
	readonly message?: string;
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
			throw new Error(`waitFor timed out after ${timeoutMs} ms: ${options.message ?? 'condition'}`);
		}

		await new Promise((resolve) => {
			setTimeout(resolve, intervalMs);
		});
	}
}
