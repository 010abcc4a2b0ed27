// Options the interactive app starts with: what the command line said, validated. The CLI
// builds them; `source/ui/app/run-app.ts` (the TUI) receives them.
import type {ControlTarget} from '../engine/controls.js';
import type {EncryptionMode, ProbeOptions, Timeouts} from '../engine/types.js';
import type {Lang} from './lang.js';
import type {PresetProbeOptions} from './preset-probe.js';

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
	/** Name the certificate must carry (`--servername`, like openssl -servername), sent in SNI. */
	readonly servername?: string;
	readonly lang: Lang;
	readonly isColor: boolean;
	readonly version: string;
	/** Start in the teaching lab (`--lab`, lessons issue). */
	readonly lab?: boolean;
	/** Provider preset name (`--preset`, presets issue). */
	readonly preset?: string;
	/** What the preset says (host, ports, expected encryption), when `--preset` was given. */
	readonly presetProbe?: PresetProbeOptions;
	/** Ports the preset's provider does not offer: a failure there is info, not fail. */
	readonly notOfferedPorts?: readonly number[];
	/**
	 * Control hosts for ports that cannot be reached (`--control`, or the built-in list unless
	 * `--no-controls`); a run on a loopback host or in the lab uses none.
	 */
	readonly controls?: readonly ControlTarget[] | 'built-in';
};

/**
 * The engine options every run takes from the command line, in one place so the headless
 * check and the app cannot drift apart (ports, credentials and the signal are per run).
 */
export function baseProbeOptions(
	options: AppOptions,
): Omit<ProbeOptions, 'ports' | 'signal' | 'credentials' | 'testMessage'> {
	return {
		mode: options.mode,
		timeouts: options.timeouts,
		ehloName: options.ehlo,
		family: options.family,
		...(options.ca ? {ca: options.ca} : {}),
		...(options.dnsServer ? {dnsServer: options.dnsServer} : {}),
		...(options.servername ? {servername: options.servername} : {}),
	};
}
