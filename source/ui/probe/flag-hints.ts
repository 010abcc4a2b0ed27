// Advice is written for the command line ("retry with --greeting-timeout 30s"). In the app the
// same setting is one key away, so each flag the options screen (or a question) can set is
// rewritten into what to do here: "retry with a greeting timeout of 30s (o: Options)".
import type {MessageKey, Translator} from '../../i18n/translate.js';
import type {OptionId} from './options-form.js';

type FlagHint = {
	/** The flag, and its value when it takes one. */
	readonly pattern: RegExp;
	readonly what: MessageKey;
	/** The options field `o` opens on (none: a question of the app sets it). */
	readonly field?: OptionId;
};

/** Every flag the advice texts name, and where the app sets it. */
export const flagHints: readonly FlagHint[] = [
	{
		pattern: /--greeting-timeout(?:[ =](\S+?))?(?=[\s.,;)]|$)/,
		what: 'options.what.greeting',
		field: 'greeting',
	},
	{
		pattern: /--command-timeout(?:[ =](\S+?))?(?=[\s.,;)]|$)/,
		what: 'options.what.command',
		field: 'command',
	},
	{
		pattern: /--connect-timeout(?:[ =](\S+?))?(?=[\s.,;)]|$)/,
		what: 'options.what.connect',
		field: 'connect',
	},
	{pattern: /--tls-timeout(?:[ =](\S+?))?(?=[\s.,;)]|$)/, what: 'options.what.tls', field: 'tls'},
	{
		pattern: /--timeout(?:[ =](\S+?))?(?=[\s.,;)]|$)/,
		what: 'options.what.timeout',
		field: 'connect',
	},
	{pattern: /--allow-plaintext-auth/, what: 'options.what.allowPlaintext', field: 'allowPlaintext'},
	{pattern: /--insecure/, what: 'options.what.allowInsecure', field: 'allowInsecure'},
	{pattern: /--auth-mech(?:[ =]([A-Z\d]+))?/, what: 'options.what.mechanism', field: 'mechanism'},
	{
		pattern: /--servername(?:[ =](\S+?))?(?=[\s.,;)]|$)/,
		what: 'options.what.servername',
		field: 'servername',
	},
	{pattern: /--ports(?:[ =](\S+?))?(?=[\s.,;)]|$)/, what: 'options.what.ports', field: 'ports'},
	{pattern: /--mode(?:[ =](\S+?))?(?=[\s.,;)]|$)/, what: 'options.what.mode', field: 'mode'},
	{pattern: /--ehlo\b/, what: 'options.what.ehlo', field: 'ehlo'},
	{pattern: /--ca\b/, what: 'options.what.ca', field: 'ca'},
	{pattern: /--from\b/, what: 'options.what.from'},
];

/** `text` with every flag it names replaced by where the app sets it. */
export function inAppAdvice(text: string, t: Translator): string {
	let result = text;
	for (const hint of flagHints) {
		const global = new RegExp(hint.pattern.source, 'g');
		result = result.replaceAll(global, (_whole, value: string | undefined) => {
			const what = t(hint.what, {value: value ?? ''}).trim();
			return hint.field === undefined ? what : t('options.inApp', {what});
		});
	}

	return result;
}

/** The options field the first flag of `text` belongs to (where `o` opens). */
export function optionFieldIn(text: string): OptionId | undefined {
	let first: {readonly index: number; readonly field: OptionId} | undefined;
	for (const hint of flagHints) {
		const index = text.search(hint.pattern);
		if (index !== -1 && hint.field && (!first || index < first.index)) {
			first = {index, field: hint.field};
		}
	}

	return first?.field;
}

/** Every string inside `value` (an object of any shape) rewritten by `rewrite`. */
export function mapStrings<T>(value: T, rewrite: (text: string) => string): T {
	if (typeof value === 'string') {
		return rewrite(value) as T;
	}

	if (Array.isArray(value)) {
		return value.map((item: unknown) => mapStrings(item, rewrite)) as T;
	}

	if (value !== null && typeof value === 'object') {
		return Object.fromEntries(
			Object.entries(value).map(([key, item]) => [key, mapStrings(item as unknown, rewrite)]),
		) as T;
	}

	return value;
}
