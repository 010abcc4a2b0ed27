// The shape every message catalogue has, apart from the translator so catalogues can name it.
import type {messagesEn} from './messages.en.js';

/** The shape every catalogue has: the English one with its strings widened. */
export type Messages = WidenStrings<typeof messagesEn>;

type WidenStrings<T> = {
	readonly [K in keyof T]: T[K] extends string ? string : WidenStrings<T[K]>;
};
