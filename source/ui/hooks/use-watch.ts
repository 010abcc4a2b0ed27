// `--watch 30s`: once a run has finished, the next starts after the interval, until q. The
// seconds left are counted down for the line under the table.
import {useEffect, useRef, useState} from 'react';

/** Seconds until the next run (undefined when not watching or a run is going). */
export function useWatch(
	intervalMs: number | undefined,
	isFinished: boolean,
	isPaused: boolean,
	onRun: () => void,
): number | undefined {
	const [left, setLeft] = useState<number>();
	const latest = useRef(onRun);
	latest.current = onRun;
	const isCounting = intervalMs !== undefined && isFinished && !isPaused;
	useEffect(() => {
		if (!isCounting) {
			setLeft(undefined);
			return;
		}

		const due = Date.now() + intervalMs;
		const tick = () => {
			setLeft(Math.max(0, Math.ceil((due - Date.now()) / 1000)));
		};

		tick();
		const countdown = setInterval(tick, 1000);
		const timer = setTimeout(() => {
			latest.current();
		}, intervalMs);
		return () => {
			clearInterval(countdown);
			clearTimeout(timer);
		};
	}, [isCounting, intervalMs]);
	return left;
}
