// Whether to colour output, and the few SGR codes the plain formatter uses. No chalk: it
// ignores NO_COLOR (see STYLE.md), and four codes do not need a dependency.
import type {RowStatusKind} from '../state/row-status.js';

/** What decides colour: the `--no-color`/`--color` flag, the environment and the stream. */
export type ColorContext = {
	/** `false` from `--no-color`, `true` from `--color`, undefined when not given. */
	readonly flag?: boolean;
	readonly env?: NodeJS.ProcessEnv;
	readonly isTty?: boolean;
};

/**
 * NO_COLOR (any non-empty value, no-color.org) wins over everything except an explicit
 * flag; FORCE_COLOR=0/false disables, any other non-empty FORCE_COLOR enables; otherwise
 * colour only on a TTY whose TERM is not "dumb".
 */
export function shouldUseColor({flag, env = process.env, isTty = false}: ColorContext): boolean {
	if (flag !== undefined) {
		return flag;
	}

	if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') {
		return false;
	}

	const force = env['FORCE_COLOR'];
	if (force !== undefined && force !== '') {
		return force !== '0' && force.toLowerCase() !== 'false';
	}

	return isTty && env['TERM'] !== 'dumb';
}

const codes = {
	bold: [1, 22],
	dim: [2, 22],
	red: [31, 39],
	green: [32, 39],
	yellow: [33, 39],
	cyan: [36, 39],
} as const;

/** A style name the plain formatter uses. */
export type StyleName = keyof typeof codes;

/** Wraps text in one SGR style when colour is on; identity otherwise. */
export type Paint = (style: StyleName, text: string) => string;

export function createPaint(isEnabled: boolean): Paint {
	if (!isEnabled) {
		return (_style, text) => text;
	}

	return (style, text) => `\u001B[${codes[style][0]}m${text}\u001B[${codes[style][1]}m`;
}

/** The colour of each row status. */
export const statusStyles: Readonly<Record<RowStatusKind, StyleName>> = {
	ok: 'green',
	warn: 'yellow',
	fail: 'red',
	info: 'cyan',
	skipped: 'dim',
	pending: 'dim',
};
