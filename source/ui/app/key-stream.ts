// The stdin handed to Ink's render(): one key at a time, each only after React has finished
// with the one before.
//
// Why: Ink 6.8 emits a run of printable characters as ONE input event ("jj\r" reaches every
// useInput handler once), and the keys it does split (escape sequences) in one synchronous
// loop. Either way the second key runs before React re-subscribed the handlers of the frame
// the first key produced (they re-subscribe in a passive effect), so it reads stale state.
// Here each read of the terminal is split into keys (split-keys.ts) and queued; a key is
// handed to Ink only when the one before has been committed and its effects flushed, which
// `afterReactWork` waits for behind React's own scheduler. Widgets can then
// be plain ink-select-input and ink-text-input, with no burst handling of their own.
import {EventEmitter} from 'node:events';
import {unstable_IdlePriority, unstable_scheduleCallback} from 'scheduler';
import {releaseRest, splitKeys, type SplitKey} from './split-keys.js';

/** What the stream reads from: the real terminal's stdin, or a test's fake. */
export type KeySource = {
	readonly isTTY?: boolean;
	setRawMode?(isEnabled: boolean): unknown;
	setEncoding?(encoding: BufferEncoding): unknown;
	on(event: 'data', listener: (chunk: string | Uint8Array) => void): unknown;
	off(event: 'data', listener: (chunk: string | Uint8Array) => void): unknown;
	ref?(): unknown;
	unref?(): unknown;
	pause?(): unknown;
	resume?(): unknown;
};

/** The key Ink is handling now, for widgets that must know where it came from. */
export type DeliveredKey = {
	readonly sequence: string;
	/** Keys of one read of the terminal (one burst) share this number. */
	readonly burst: number;
	readonly isPaste: boolean;
};

export type KeyStreamOptions = {
	/** How long a lone Esc waits for the rest of a sequence before it counts as Esc (ms). */
	readonly escapeTimeoutMs?: number;
	/** A hold (see `hold`) lets keys through after this long anyway (ms). */
	readonly holdLimitMs?: number;
	/** Keys waiting beyond this are dropped (a stuck screen must not grow memory). */
	readonly maxQueue?: number;
	/** Calls `release` once React is done with the work the previous key caused. */
	readonly afterReact?: (release: () => void) => void;
};

const interrupt = '\u0003';

/**
 * Rounds of `afterReactWork`: a key's commit, its passive effects, a render those effects
 * asked for (ink-text-input moves its cursor in an effect) and that render's effects.
 */
const rounds = 3;

/**
 * Calls `release` once React is done with what the last key caused. One round queues an
 * idle-priority task behind every task in React's scheduler (passive effects are such tasks)
 * and then waits one macrotask, so that a render an effect asked for (React runs it in a
 * microtask) has committed and queued its own effects for the next round. React 19's
 * scheduler exposes no "anything pending?", hence a fixed number of rounds; each costs a few
 * microseconds when nothing is pending.
 */
export function afterReactWork(release: () => void, round = 1): void {
	setImmediate(() => {
		unstable_scheduleCallback(unstable_IdlePriority, () => {
			if (round < rounds) {
				afterReactWork(release, round + 1);
			} else {
				setImmediate(release);
			}
		});
	});
}

/** A tty-like Readable for Ink: `isTTY`, `setRawMode`, `ref`/`unref`, 'readable' and `read()`. */
export class KeyStream extends EventEmitter {
	readonly isTTY: boolean;
	/** Keys handed to Ink so far. */
	released = 0;
	private readonly queue: DeliveredKey[] = [];
	private pending = '';
	private escapeTimer: NodeJS.Timeout | undefined;
	private ready: string | undefined;
	private isScheduled = false;
	private isStarted = false;
	private isClosed = false;
	private burst = 0;
	private holds = 0;
	private currentKey: DeliveredKey | undefined;
	private readonly escapeTimeoutMs: number;
	private readonly holdLimitMs: number;
	private readonly maxQueue: number;
	private readonly afterReact: (release: () => void) => void;
	private readonly source: KeySource;

	constructor(source: KeySource, options: KeyStreamOptions = {}) {
		super();
		this.source = source;
		this.isTTY = source.isTTY ?? true;
		this.escapeTimeoutMs = options.escapeTimeoutMs ?? 50;
		this.holdLimitMs = options.holdLimitMs ?? 3000;
		this.maxQueue = options.maxQueue ?? 1024;
		this.afterReact = options.afterReact ?? afterReactWork;
		this.on('newListener', (event: string) => {
			if (event === 'readable') {
				// Ink attaches its reader when an input handler becomes active: keys typed
				// before (while a list was loading) go now.
				queueMicrotask(() => {
					this.pump();
				});
			}
		});
	}

	/** True when every key read so far has been handed to Ink (tests wait for it). */
	isIdle(): boolean {
		return this.queue.length === 0 && this.pending === '' && !this.isScheduled;
	}

	/** The key being handled right now (undefined before the first). */
	current(): DeliveredKey | undefined {
		return this.currentKey;
	}

	/** Keys wait (up to `holdLimitMs`) until the returned function is called; Ctrl+C never waits. */
	hold(): () => void {
		this.holds++;
		let isReleased = false;
		const release = () => {
			if (isReleased) {
				return;
			}

			isReleased = true;
			clearTimeout(timer);
			this.holds--;
			this.pump();
		};

		const timer = setTimeout(release, this.holdLimitMs);
		timer.unref?.();
		return release;
	}

	/** Ink turns raw mode on when its first input handler mounts; the terminal stays raw until `close`. */
	setRawMode(isEnabled: boolean): this {
		if (isEnabled && !this.isStarted && !this.isClosed) {
			this.isStarted = true;
			this.source.setEncoding?.('utf8');
			this.source.setRawMode?.(true);
			this.source.on('data', this.onData);
		}

		return this;
	}

	setEncoding(): this {
		return this;
	}

	ref(): this {
		this.source.ref?.();
		return this;
	}

	unref(): this {
		this.source.unref?.();
		return this;
	}

	pause(): this {
		return this;
	}

	resume(): this {
		return this;
	}

	/** Ink's reader: the one key released now, then null. */
	read(): string | null {
		const key = this.ready;
		this.ready = undefined;
		return key ?? null;
	}

	/** Stops reading, restores the terminal's cooked mode and drops waiting keys. */
	close(): void {
		if (this.isClosed) {
			return;
		}

		this.isClosed = true;
		clearTimeout(this.escapeTimer);
		this.queue.length = 0;
		if (this.isStarted) {
			this.source.off('data', this.onData);
			this.source.setRawMode?.(false);
			this.source.pause?.();
		}
	}

	private readonly onData = (chunk: string | Uint8Array) => {
		const text =
			this.pending + (typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
		this.pending = '';
		clearTimeout(this.escapeTimer);
		this.escapeTimer = undefined;
		this.burst++;
		const {keys, rest} = splitKeys(text);
		this.enqueue(keys);
		if (rest !== '') {
			this.pending = rest;
			this.escapeTimer = setTimeout(() => {
				this.escapeTimer = undefined;
				const waiting = this.pending;
				this.pending = '';
				this.enqueue(releaseRest(waiting));
				this.pump();
			}, this.escapeTimeoutMs);
		}

		this.pump();
	};

	private enqueue(keys: readonly SplitKey[]): void {
		for (const key of keys) {
			const sequence = key.kind === 'paste' ? key.text : key.sequence;
			if (sequence !== '' && this.queue.length < this.maxQueue) {
				this.queue.push({sequence, burst: this.burst, isPaste: key.kind === 'paste'});
			}
		}
	}

	private canRelease(): boolean {
		if (this.isClosed || this.queue.length === 0 || this.listenerCount('readable') === 0) {
			return false;
		}

		return this.holds === 0 || this.queue.some((key) => key.sequence === interrupt);
	}

	private pump(): void {
		if (this.isScheduled || !this.canRelease()) {
			return;
		}

		this.isScheduled = true;
		this.afterReact(() => {
			this.isScheduled = false;
			this.releaseOne();
		});
	}

	private releaseOne(): void {
		if (!this.canRelease()) {
			return;
		}

		// While held, only Ctrl+C jumps the queue.
		const index = this.holds === 0 ? 0 : this.queue.findIndex((key) => key.sequence === interrupt);
		const [key] = this.queue.splice(index, 1);
		if (key === undefined) {
			return;
		}

		this.currentKey = key;
		this.released++;
		this.ready = key.sequence;
		this.emit('readable');
		this.ready = undefined;
		this.pump();
	}
}
