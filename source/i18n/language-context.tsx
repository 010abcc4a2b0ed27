// The interface language for the Ink app: one provider at the root, `useLanguage()` anywhere.
// Only the TUI imports this file, so the headless CLI path never loads React.
import {createContext, useCallback, useContext, useMemo, useState, type ReactNode} from 'react';
import {languages, type Lang} from '../config/lang.js';
import {createTranslator, type Translator} from './translate.js';

/** The current language, its translator, and how to change it (the L key). */
export type LanguageState = {
	readonly lang: Lang;
	readonly t: Translator;
	readonly setLang: (lang: Lang) => void;
	/** Switches to the next language (en -> id -> en). */
	readonly toggleLang: () => void;
};

/** The language after `lang`, cycling through every supported language. */
export function nextLang(lang: Lang): Lang {
	return languages[(languages.indexOf(lang) + 1) % languages.length] ?? 'en';
}

const LanguageContext = createContext<LanguageState>({
	lang: 'en',
	t: createTranslator('en'),
	setLang() {},
	toggleLang() {},
});

export type LanguageProviderProps = {
	readonly initialLang: Lang;
	/** Told about every change, e.g. to re-describe verdicts in the new language. */
	readonly onChange?: (lang: Lang) => void;
	readonly children: ReactNode;
};

/** Holds the interface language for everything below it. */
export function LanguageProvider({initialLang, onChange, children}: LanguageProviderProps) {
	const [lang, setLangState] = useState<Lang>(initialLang);
	const setLang = useCallback(
		(next: Lang) => {
			setLangState(next);
			onChange?.(next);
		},
		[onChange],
	);
	const toggleLang = useCallback(() => {
		setLang(nextLang(lang));
	}, [lang, setLang]);
	const value = useMemo(
		() => ({lang, t: createTranslator(lang), setLang, toggleLang}),
		[lang, setLang, toggleLang],
	);
	return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

/** The current language and translator (English outside a provider). */
export function useLanguage(): LanguageState {
	return useContext(LanguageContext);
}
