import {createContext, useContext, useEffect} from 'react';
import type {DeliveredKey} from '../app/key-stream.js';

/** What widgets may ask of the key stream handed to Ink (see app/key-stream.ts). */
export type KeyStreamHandle = {
	/** The key being handled right now. */
	current(): DeliveredKey | undefined;
	/** Keys wait until the returned function is called (bounded; Ctrl+C never waits). */
	hold(): () => void;
};

export const KeyStreamContext = createContext<KeyStreamHandle | undefined>(undefined);

/** The key stream, when the app was rendered with one (always, outside some unit tests). */
export function useKeyStream(): KeyStreamHandle | undefined {
	return useContext(KeyStreamContext);
}

/**
 * Holds keys while `isHeld` (a list still loading): what the user typed meanwhile applies to
 * the list once it is there, instead of falling through to the screen behind it.
 */
export function useKeyHold(isHeld: boolean): void {
	const stream = useKeyStream();
	useEffect(() => (isHeld && stream ? stream.hold() : undefined), [isHeld, stream]);
}
