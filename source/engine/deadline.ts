// A timeout that does not lose a race it has already lost. When the event loop stalls (a busy
// machine, a long synchronous step in another probe), a timer and the I/O it guards can both
// be due when the loop wakes; timers run first, so a plain setTimeout would report "no answer
// within N ms" for a connection or reply that had arrived in time. Here the expiry waits one
// turn (setImmediate runs after the poll phase, where that I/O is delivered) and then fires
// only if nothing settled the wait meanwhile.

/** A pending deadline: `clear` cancels it; safe to call more than once. */
export type Deadline = {
	clear(): void;
};

/** Calls `onExpire` after `timeoutMs`, unless `clear` was called first (see above). */
export function startDeadline(timeoutMs: number, onExpire: () => void): Deadline {
	let isCleared = false;
	let late: NodeJS.Immediate | undefined;
	const timer = setTimeout(() => {
		late = setImmediate(() => {
			late = undefined;
			if (!isCleared) {
				isCleared = true;
				onExpire();
			}
		});
	}, timeoutMs);
	return {
		clear() {
			isCleared = true;
			clearTimeout(timer);
			if (late) {
				clearImmediate(late);
				late = undefined;
			}
		},
	};
}
