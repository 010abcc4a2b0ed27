/** Polls `predicate` until it holds (no fixed sleeps); fails with `message` after `timeoutMs`. */
export async function waitFor(
	predicate: () => boolean,
	message = 'condition',
	timeoutMs = 3000,
): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (!predicate()) {
		if (Date.now() > deadline) {
			throw new Error(`waitFor timed out: ${message}`);
		}

		await new Promise((resolve) => {
			setTimeout(resolve, 5);
		});
	}
}

/** Lets effects run (input handlers subscribe in an effect) before the first key. */
export async function tick(): Promise<void> {
	await new Promise((resolve) => {
		setImmediate(resolve);
	});
}

export const stripAnsi = (text: string): string => text.replaceAll(/\u001B\[[\d;?]*[A-Za-z]/g, '');
