// The one clock of every duration and `atMs` the engine records (and its callers compare
// against): monotonic milliseconds. process.hrtime reads the monotonic clock performance.now()
// reads too, without loading perf_hooks, whose module graph costs a check ~0.5 MiB of peak RSS
// and a millisecond or two at start-up (bench/notes). Only differences are meaningful.

/** Monotonic milliseconds (sub-millisecond precision), for differences only. */
export function nowMs(): number {
	return Number(process.hrtime.bigint()) / 1e6;
}
