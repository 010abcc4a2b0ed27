// The interface language for the Ink app: one provider at the root, `useLanguage()` anywhere.
// It holds the current language's catalogue (i18n/catalogue.ts); the L key loads the next
// language's catalogue and switches once it is there. Only the TUI imports this file, so the
// headless CLI path never loads React.
import {createContext, useCallback, useContext, useMemo, useState, type ReactNode} from 'react';
import {languages, type Lang} from '../config/lang.js';
import type {Catalogue} from './catalogue-base.js';
import {catalogueEn} from './catalogue-en.js';
import {loadCatalogue} from './catalogue.js';
import type {Translator} from './translate.js';

/** The current language, its words, and how to change it (the L key). */
export type LanguageState = {
	readonly lang: Lang;
	readonly t: Translator;
	readonly catalogue: Catalogue;
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
	t: catalogueEn.t,
	catalogue: catalogueEn,
	setLang() {},
	toggleLang() {},
});

export type LanguageProviderProps = {
	/** The catalogue to start with (loaded before the first frame). */
	readonly initialCatalogue: Catalogue;
	/** Told about every change. */
	readonly onChange?: (lang: Lang) => void;
	readonly children: ReactNode;
};

/** Holds the interface language for everything below it. */
export function LanguageProvider({initialCatalogue, onChange, children}: LanguageProviderProps) {
	const [catalogue, setCatalogue] = useState<Catalogue>(initialCatalogue);
	const setLang = useCallback(
		(next: Lang) => {
			void loadCatalogue(next).then((loaded) => {
				setCatalogue(loaded);
				onChange?.(next);
			});
		},
		[onChange],
	);
	const {lang} = catalogue;
	const toggleLang = useCallback(() => {
		setLang(nextLang(lang));
	}, [lang, setLang]);
	const value = useMemo(
		() => ({lang, t: catalogue.t, catalogue, setLang, toggleLang}),
		[lang, catalogue, setLang, toggleLang],
	);
	return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

/** The current language and its words (English outside a provider). */
export function useLanguage(): LanguageState {
	return useContext(LanguageContext);
}
