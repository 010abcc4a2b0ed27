// Options the interactive app starts with: what the command line said, validated. The CLI
// builds them; `source/ui/run-app.ts` (the TUI) receives them.
import type {EncryptionMode, Timeouts} from '../engine/types.js';
import type {Lang} from '../i18n/lang.js';

/** Everything `runApp` needs from the command line. */
export type AppOptions = {
	/** Host to probe right away; undefined opens the app on its host prompt. */
	readonly host?: string;
	readonly ports: readonly number[];
	readonly mode: EncryptionMode;
	readonly timeouts: Timeouts;
	/** PEM certificates from `--ca FILE`, already read and checked. */
	readonly ca?: readonly string[];
	readonly ehlo: string;
	/** 0 = any address family (`-4` gives 4, `-6` gives 6). */
	readonly family: 0 | 4 | 6;
	readonly dnsServer?: string;
	readonly lang: Lang;
	readonly isColor: boolean;
	readonly version: string;
	/** Start in the teaching lab (`--lab`, lessons issue). */
	readonly lab?: boolean;
	/** Provider preset name (`--preset`, presets issue). */
	readonly preset?: string;
};
