import type {SettleTracker} from '../hooks/use-probe-run.js';

/** Collects promises that must settle before the process exits. */
export function createSettleTracker(): SettleTracker & {settle(limitMs: number): Promise<void>} {
	const pending = new Set<Promise<unknown>>();
	return {
		add(promise) {
			const tracked = promise.catch(() => undefined);
			pending.add(tracked);
			void tracked.finally(() => pending.delete(tracked));
		},
		async settle(limitMs) {
			let timer: NodeJS.Timeout | undefined;
			const limit = new Promise<void>((resolve) => {
				timer = setTimeout(resolve, limitMs);
			});
			await Promise.race([Promise.allSettled([...pending]), limit]);
			clearTimeout(timer);
		},
	};
}
