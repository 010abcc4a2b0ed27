// Helpers for ink-testing-library tests: wait for a frame, key codes, plain frames.
import {stripVTControlCharacters} from 'node:util';

/** Escape sequences a terminal sends for keys. */
export const keys = {
	up: '\u001B[A',
	down: '\u001B[B',
	enter: '\r',
	escape: '\u001B',
	backspace: '\u007F',
	tab: '\t',
	ctrlC: '\u0003',
	pageDown: '\u001B[6~',
} as const;

/** The frame without colours, so assertions read like the screen. */
export function plain(frame: string | undefined): string {
	return stripVTControlCharacters(frame ?? '');
}

/** Polls `predicate` until it holds (no fixed sleeps), then lets effects run; fails with the last frame seen. */
export async function waitFor(
	read: () => string | undefined,
	predicate: (frame: string) => boolean,
	timeoutMs = 10_000,
): Promise<string> {
	const started = Date.now();
	for (;;) {
		const frame = plain(read());
		if (predicate(frame)) {
			// The frame is drawn at commit; input handlers re-subscribe in a passive effect just
			// after. One macrotask lets them, so the next key reaches the handler of this frame.
			await tick();
			return frame;
		}

		if (Date.now() - started > timeoutMs) {
			throw new Error(`Timed out waiting for the frame. Last frame:\n${frame}`);
		}

		await new Promise((resolve) => {
			setTimeout(resolve, 10);
		});
	}
}

/** Waits until the frame contains `text`. */
export async function waitForText(
	read: () => string | undefined,
	text: string | RegExp,
	timeoutMs?: number,
): Promise<string> {
	return waitFor(
		read,
		(frame) => (typeof text === 'string' ? frame.includes(text) : text.test(frame)),
		timeoutMs,
	);
}

/** One macrotask, so effects (input subscriptions) run before the first key. */
export async function tick(): Promise<void> {
	await new Promise((resolve) => {
		setImmediate(resolve);
	});
}

/** Writes one key and waits until the frame changes (for keys that always change it). */
export async function pressAndWait(
	app: {readonly lastFrame: () => string | undefined; readonly stdin: {write(data: string): void}},
	key: string,
): Promise<string> {
	const before = plain(app.lastFrame());
	app.stdin.write(key);
	return waitFor(app.lastFrame, (frame) => frame !== before);
}
