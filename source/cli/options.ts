// From parsed flags to validated run options, shared by `check` and the interactive app.
import {defaultEhloName, defaultPorts} from '../engine/index.js';
import {defaultTimeouts} from '../engine/types.js';
import {detectLang, isLang} from '../config/lang.js';
import {shouldUseColor} from '../report/color.js';
import type {AppOptions} from '../config/app-options.js';
import type {ParsedFlags} from './flags.js';
import {parseControls} from '../controls/loopback.js';
import type {ControlTarget} from '../engine/controls.js';
import {UsageError} from '../config/usage-error.js';
import {
	parseDnsServer,
	parseEhloName,
	parseFamily,
	parseHost,
	parseMode,
	parseServername,
	parsePorts,
	parseTimeouts,
	quote,
	readCaFile,
} from './validate.js';
import {version} from './version.js';

/** Where the run's output goes, as far as options care. */
export type OutputContext = {
	readonly env: NodeJS.ProcessEnv;
	readonly isStdoutTty: boolean;
};

/** Validates every run flag; `host` is the positional host, if any. Throws UsageError. */
export function buildAppOptions(
	flags: ParsedFlags,
	host: string | undefined,
	context: OutputContext,
): AppOptions {
	if (flags.lang !== undefined && !isLang(flags.lang)) {
		throw new UsageError(`--lang: unknown language ${quote(flags.lang)}; use en or id`);
	}

	const target = host === undefined ? undefined : parseHost(host);
	const ca = flags.ca === undefined ? undefined : readCaFile(flags.ca);
	return {
		...(target ? {host: target.host} : {}),
		ports: flags.ports === undefined ? defaultPorts : parsePorts(flags.ports),
		mode: parseMode(flags.mode),
		timeouts: parseTimeouts(flags, defaultTimeouts),
		...(ca ? {ca} : {}),
		ehlo: flags.ehlo === undefined ? defaultEhloName() : parseEhloName(flags.ehlo),
		family: parseFamily(flags.ipv4, flags.ipv6),
		...(flags.dnsServer === undefined ? {} : {dnsServer: parseDnsServer(flags.dnsServer)}),
		...(flags.servername === undefined ? {} : {servername: parseServername(flags.servername)}),
		lang: detectLang(flags.lang, context.env),
		isColor: shouldUseColor({flag: flags.color, env: context.env, isTty: context.isStdoutTty}),
		version,
		...(flags.lab ? {lab: true} : {}),
		...controlsOf(flags),
	};
}

/** --control / --no-controls: the control hosts, or none (a contradiction is a usage error). */
function controlsOf(flags: ParsedFlags): {controls?: readonly ControlTarget[] | 'built-in'} {
	if (flags.noControls === true && flags.control !== undefined) {
		throw new UsageError('--control and --no-controls contradict each other; give one');
	}

	if (flags.noControls === true || flags.lab) {
		return {};
	}

	if (flags.control === undefined) {
		// Resolved where a run needs them (the list reads the preset catalogue: not at start-up).
		return {controls: 'built-in'};
	}

	const controls = parseControls(flags.control);
	if (!controls) {
		throw new UsageError(
			`--control: ${quote(flags.control.slice(0, 100))} is not HOST[:PORT][,HOST[:PORT]...]`,
		);
	}

	return {controls};
}
