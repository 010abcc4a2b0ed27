// Message catalogues and the translator. Keys are dotted paths into the English catalogue
// ("table.port"); {name} placeholders are filled from params.

import type {Lang} from '../config/lang.js';
import {messagesEn} from './messages.en.js';
import {messagesId} from './messages.id.js';
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

const catalogues: Readonly<Record<Lang, Messages>> = {en: messagesEn, id: messagesId};

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

const flatCatalogues = new Map<Lang, ReadonlyMap<string, string>>();

function flatCatalogue(lang: Lang): ReadonlyMap<string, string> {
	let flat = flatCatalogues.get(lang);
	if (!flat) {
		flat = flattenMessages(catalogues[lang]);
		flatCatalogues.set(lang, flat);
	}

	return flat;
}

/** The catalogue of one language (nested, typed). */
export function messages(lang: Lang): Messages {
	return catalogues[lang];
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

/** A translator for one language. Falls back to English, then to the key itself. */
export function createTranslator(lang: Lang): Translator {
	const flat = flatCatalogue(lang);
	const english = flatCatalogue('en');
	return (key, params) => interpolate(flat.get(key) ?? english.get(key) ?? key, params);
}

/** Shorthand for `createTranslator`. */
export const t = createTranslator;
