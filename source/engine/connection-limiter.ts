// Bounds the sockets a batch of probes holds open: at most `maxTotal` in flight overall and at
// most `maxPerKey` to one key (an IP address: several names can point to one server, and a
// mail server treats many parallel connections from one client as an attack). Generic
// scheduling with no knowledge of SMTP, so it sits in the engine (the lowest floor) and the
// engine's connect can ask it for a slot. Waiters are served in arrival order among those
// whose key has room: a busy server never holds up connections to the others.

/** Gives a slot back. Safe to call more than once (only the first call counts). */
export type ConnectionRelease = () => void;

/**
 * Waits for a slot to open one connection to `key`; resolves with its release, or with
 * undefined when `signal` aborts first (then nothing is held).
 */
export type ConnectionGate = (
	key: string,
	signal?: AbortSignal,
) => Promise<ConnectionRelease | undefined>;

/** Limits of a limiter. */
export type ConnectionLimits = {
	/** Connections in flight at once, over every key (at least 1). */
	readonly maxTotal: number;
	/** Connections in flight at once to one key (at least 1). */
	readonly maxPerKey: number;
};

/** A limiter: `acquire` is the gate; the counters are for tests and benches. */
export type ConnectionLimiter = {
	readonly acquire: ConnectionGate;
	/** Slots held right now. */
	readonly inFlight: () => number;
	/** Slots held right now for `key`. */
	readonly inFlightFor: (key: string) => number;
	/** The most slots ever held at once. */
	readonly peak: () => number;
	/** Waiters not yet served. */
	readonly waiting: () => number;
};

type Waiter = {
	readonly key: string;
	readonly order: number;
	readonly grant: (release: ConnectionRelease) => void;
	isDone: boolean;
};

type KeyState = {active: number; readonly queue: Waiter[]};

/** A limiter with these limits (throws a RangeError for a limit below 1). */
export function createConnectionLimiter(limits: ConnectionLimits): ConnectionLimiter {
	const {maxTotal, maxPerKey} = limits;
	if (!(
		Number.isInteger(maxTotal) &&
		maxTotal >= 1 &&
		Number.isInteger(maxPerKey) &&
		maxPerKey >= 1
	)) {
		throw new RangeError('connection limits must be whole numbers of at least 1');
	}

	const keys = new Map<string, KeyState>();
	/** Keys with someone waiting (their queue's head is the oldest waiter for that key). */
	const waitingKeys = new Set<KeyState>();
	let active = 0;
	let peak = 0;
	let waiting = 0;
	let order = 0;

	const stateOf = (key: string): KeyState => {
		let state = keys.get(key);
		if (!state) {
			state = {active: 0, queue: []};
			keys.set(key, state);
		}

		return state;
	};

	const forget = (key: string, state: KeyState) => {
		if (state.active === 0 && state.queue.length === 0) {
			keys.delete(key);
			waitingKeys.delete(state);
		}
	};

	const take = (key: string, state: KeyState): ConnectionRelease => {
		active++;
		state.active++;
		peak = Math.max(peak, active);
		let isReleased = false;
		return () => {
			if (isReleased) {
				return;
			}

			isReleased = true;
			active--;
			state.active--;
			forget(key, state);
			serve();
		};
	};

	/** Hands free slots to the oldest waiters whose key has room. */
	function serve(): void {
		while (active < maxTotal && waitingKeys.size > 0) {
			let best: KeyState | undefined;
			for (const state of waitingKeys) {
				const head = state.queue[0]!;
				if (state.active < maxPerKey && (!best || head.order < best.queue[0]!.order)) {
					best = state;
				}
			}

			if (!best) {
				return;
			}

			const waiter = best.queue.shift()!;
			if (best.queue.length === 0) {
				waitingKeys.delete(best);
			}

			waiting--;
			waiter.isDone = true;
			waiter.grant(take(waiter.key, best));
		}
	}

	const acquire: ConnectionGate = async (key, signal) => {
		if (signal?.aborted) {
			return undefined;
		}

		const state = stateOf(key);
		if (active < maxTotal && state.active < maxPerKey && state.queue.length === 0) {
			return take(key, state);
		}

		return new Promise<ConnectionRelease | undefined>((resolve) => {
			const onAbort = () => {
				if (waiter.isDone) {
					return;
				}

				waiter.isDone = true;
				const index = state.queue.indexOf(waiter);
				state.queue.splice(index, 1);
				waiting--;
				if (state.queue.length === 0) {
					waitingKeys.delete(state);
				}

				forget(key, state);
				resolve(undefined);
			};

			const waiter: Waiter = {
				key,
				order: order++,
				grant(release) {
					signal?.removeEventListener('abort', onAbort);
					resolve(release);
				},
				isDone: false,
			};
			state.queue.push(waiter);
			waitingKeys.add(state);
			waiting++;
			signal?.addEventListener('abort', onAbort, {once: true});
		});
	};

	return {
		acquire,
		inFlight: () => active,
		inFlightFor: (key) => keys.get(key)?.active ?? 0,
		peak: () => peak,
		waiting: () => waiting,
	};
}
