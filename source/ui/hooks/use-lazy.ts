import {useEffect, useState} from 'react';

/**
 * The value `load` resolves to, once something needs it (`isNeeded`); undefined until then.
 * A new `load` (another language) loads again.
 */
export function useLazy<T>(load: () => Promise<T>, isNeeded: boolean): T | undefined {
	const [loaded, setLoaded] = useState<{readonly load: () => Promise<T>; readonly value: T}>();
	const isCurrent = loaded?.load === load;
	useEffect(() => {
		if (!isNeeded || isCurrent) {
			return;
		}

		let isWanted = true;
		void load().then((value) => {
			if (isWanted) {
				setLoaded({load, value});
			}
		});
		return () => {
			isWanted = false;
		};
	}, [load, isNeeded, isCurrent]);
	return isCurrent ? loaded.value : undefined;
}
