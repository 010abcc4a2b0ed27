// Interface language: `--lang`, else LC_ALL / LC_MESSAGES / LANG, else English.

export const languages = ['en', 'id'] as const;

/** A supported interface language. */
export type Lang = (typeof languages)[number];

export function isLang(value: unknown): value is Lang {
	return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** Picks the language from an explicit flag or the POSIX locale variables. */
export function detectLang(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): Lang {
	if (isLang(flag)) {
		return flag;
	}

	for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const) {
		const value = env[name];
		if (value) {
			return /^id(?:[_.@-]|$)/i.test(value) ? 'id' : 'en';
		}
	}

	return 'en';
}
