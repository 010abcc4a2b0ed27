// Colours by meaning. chalk ignores NO_COLOR, so the theme decides: with NO_COLOR (or
// FORCE_COLOR=0) every colour is undefined and the symbols and words carry the meaning alone.
import {createContext, useContext} from 'react';

/** What a piece of text means, which picks its colour. */
export type Tone = 'ok' | 'warn' | 'fail' | 'info' | 'muted' | 'pending' | 'accent' | 'lab';

/** Resolved colours; `undefined` means "terminal default". */
export type Theme = {
	readonly hasColor: boolean;
	color(tone: Tone): string | undefined;
};

const palette: Readonly<Record<Tone, string>> = {
	ok: 'green',
	warn: 'yellow',
	fail: 'red',
	info: 'cyan',
	muted: 'gray',
	pending: 'blue',
	accent: 'cyan',
	lab: 'magenta',
};

/** True unless NO_COLOR is set (any non-empty value) or FORCE_COLOR asks for none. */
export function wantsColor(env: NodeJS.ProcessEnv = process.env): boolean {
	if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') {
		return false;
	}

	return env['FORCE_COLOR'] !== '0' && env['FORCE_COLOR'] !== 'false';
}

export function createTheme(hasColor: boolean): Theme {
	return {
		hasColor,
		color: (tone) => (hasColor ? palette[tone] : undefined),
	};
}

export const ThemeContext = createContext<Theme>(createTheme(wantsColor()));

export function useTheme(): Theme {
	return useContext(ThemeContext);
}
