import {useEffect, useState} from 'react';

/** The value `load` resolves to, once something needs it (`isNeeded`); undefined until then. */
export function useLazy<T>(load: () => Promise<T>, isNeeded: boolean): T | undefined {
	const [value, setValue] = useState<T>();
	const isLoaded = value !== undefined;
	useEffect(() => {
		if (!isNeeded || isLoaded) {
			return;
		}

		let isCurrent = true;
		void load().then((loaded) => {
			if (isCurrent) {
				setValue(() => loaded);
			}
		});
		return () => {
			isCurrent = false;
		};
	}, [load, isNeeded, isLoaded]);
	return value;
}
