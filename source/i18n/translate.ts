// Message catalogues and the translator. Keys are dotted paths into the English catalogue
// ("table.port"); {name} placeholders are filled from params.

import type {Messages} from './messages-type.js';

export type {Messages} from './messages-type.js';

type Paths<T, Prefix extends string = ''> = {
	[K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Paths<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** A dotted key of an interface string, such as `table.port`. */
export type MessageKey = Paths<Messages>;

/** Values for {placeholders}. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** Looks up a string by key and fills its placeholders. */
export type Translator = (key: MessageKey, params?: MessageParams) => string;

/** Flattens a catalogue into dotted keys (tests, tools). */
export function flattenMessages(messages: Messages): ReadonlyMap<string, string> {
	const flat = new Map<string, string>();
	const walk = (node: unknown, prefix: string): void => {
		if (typeof node === 'string') {
			flat.set(prefix, node);
			return;
		}

		for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
			walk(value, prefix === '' ? key : `${prefix}.${key}`);
		}
	};

	walk(messages, '');
	return flat;
}

/** Replaces each {name} in `template` with params[name]; unknown names stay visible as {name}. */
export function interpolate(template: string, params: MessageParams = {}): string {
	return template.replaceAll(/\{(\w+)\}/g, (whole, name: string) => {
		const value = params[name];
		return value === undefined ? whole : String(value);
	});
}

/** The {placeholder} names used in a template, sorted. */
export function placeholders(template: string): string[] {
	return [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();
}

/**
 * A translator over one language's messages. The tables are typed and tested key for key, so
 * a key is never missing; an unknown one shows as itself rather than in another language.
 */
export function createTranslator(messages: Messages): Translator {
	const flat = flattenMessages(messages);
	return (key, params) => interpolate(flat.get(key) ?? key, params);
}
