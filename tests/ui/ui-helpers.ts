// Helpers for ink-testing-library tests: key codes, and waiting for a frame (built on the one
// `waitFor` of tests/helpers/wait-for.ts).
import {stripAnsi, tick, waitFor} from '../helpers/wait-for.js';

export {tick} from '../helpers/wait-for.js';

/** Escape sequences a terminal sends for keys. */
export const keys = {
	up: '\u001B[A',
	down: '\u001B[B',
	enter: '\r',
	escape: '\u001B',
	backspace: '\u007F',
	tab: '\t',
	ctrlC: '\u0003',
	ctrlU: '\u0015',
	pageDown: '\u001B[6~',
} as const;

/** The frame without colours, so assertions read like the screen. */
export const plain = stripAnsi;

/** Polls until `predicate` holds for the latest frame, then lets effects run; fails with the last frame seen. */
export async function waitForFrame(
	read: () => string | undefined,
	predicate: (frame: string) => boolean,
	timeoutMs = 10_000,
): Promise<string> {
	const frame = await waitFor(
		() => {
			const current = plain(read());
			return predicate(current) ? current : undefined;
		},
		{timeoutMs, message: () => `the frame. Last frame:\n${plain(read())}`},
	);
	await tick();
	return frame;
}

/** Waits until the frame contains `text`. */
export async function waitForText(
	read: () => string | undefined,
	text: string | RegExp,
	timeoutMs?: number,
): Promise<string> {
	return waitForFrame(
		read,
		(frame) => (typeof text === 'string' ? frame.includes(text) : text.test(frame)),
		timeoutMs,
	);
}

/** Writes one key and waits until the frame changes (for keys that always change it). */
export async function pressAndWait(
	app: {readonly lastFrame: () => string | undefined; readonly stdin: {write(data: string): void}},
	key: string,
): Promise<string> {
	const before = plain(app.lastFrame());
	app.stdin.write(key);
	return waitForFrame(app.lastFrame, (frame) => frame !== before);
}
