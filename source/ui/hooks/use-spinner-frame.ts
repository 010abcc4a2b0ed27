import {useEffect, useState} from 'react';

const frames = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

/** One shared spinner for the whole table (one timer, not one per row); stops when idle. */
export function useSpinnerFrame(isSpinning: boolean, intervalMs = 100): string {
	const [index, setIndex] = useState(0);
	useEffect(() => {
		if (!isSpinning) {
			return;
		}

		const timer = setInterval(() => {
			setIndex((current) => (current + 1) % frames.length);
		}, intervalMs);
		return () => {
			clearInterval(timer);
		};
	}, [isSpinning, intervalMs]);
	return frames[index] ?? frames[0]!;
}
