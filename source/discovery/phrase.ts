// Discovery's sentences as data: a catalogue key and its values (a value may be a phrase of
// its own), said in the user's language only when shown, so `discover` stays language-free.
import type {MessageKey, Translator} from '../i18n/translate.js';

/** One sentence to say: a key of the catalogue's `discovery` section and its values. */
export type Phrase = {
	readonly key: MessageKey;
	readonly params?: Readonly<Record<string, string | number | Phrase>>;
};

/** The phrase in the translator's language. */
export function say(phrase: Phrase, t: Translator): string {
	const params = Object.fromEntries(
		Object.entries(phrase.params ?? {}).map(([name, value]) => [
			name,
			typeof value === 'object' ? say(value, t) : value,
		]),
	);
	return t(phrase.key, params);
}
