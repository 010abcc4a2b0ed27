// `smtp-doctor discover DOMAIN|EMAIL` and `smtp-doctor you@example.com`, as the CLI's command
// map calls them: flags validated like a check's, common names quick-probed by the engine.
import {sanitizeText} from '../../engine/sanitize.js';
import type {CommandContext} from '../command-context.js';
import {writeFully} from '../io.js';
import {loadCatalogue} from '../../i18n/catalogue.js';
import {buildAppOptions} from '../options.js';
import {exitCodes, UsageError} from '../../config/usage-error.js';
import {quote} from '../validate.js';
import {loadAllPresets} from '../../presets/command.js';
import {runDiscoverCommand} from '../../discovery/command.js';
import {createEngineProber, quickTimeouts} from '../../discovery/engine-prober.js';
import {DiscoveryInputError, parseDiscoveryTarget} from '../../discovery/target.js';

/** Runs discovery for one domain or address. Exit 0 with candidates, 1 without, 2 bad input. */
export async function runDiscoverCli({args, flags, io}: CommandContext): Promise<number> {
	if (args.length === 0) {
		throw new UsageError(
			'discover needs a domain or an email address, like: smtp-doctor discover example.com',
		);
	}

	if (args.length > 1) {
		throw new UsageError(
			`Unexpected argument ${quote(args[1]!)}: discover takes one domain or address`,
		);
	}

	// Bad input first: nothing else (like a broken presets.json) should crowd that error out.
	try {
		parseDiscoveryTarget(args[0]!);
	} catch (error) {
		if (error instanceof DiscoveryInputError) {
			throw new UsageError(error.message);
		}

		throw error;
	}

	// Validates --lang, --dns-server, -4/-6, --ehlo, --ca and timeouts the same way `check` does.
	const options = buildAppOptions(flags, undefined, {
		env: io.env,
		isStdoutTty: io.stdout.isTTY === true,
	});
	const {presets, user} = await loadAllPresets({env: io.env});
	for (const line of user.errors) {
		await writeFully(io.stderr, `smtp-doctor: ${sanitizeText(line, {maxLength: 500})}\n`);
	}

	const isTimeoutGiven = flags.timeout !== undefined || flags.connectTimeout !== undefined;
	const output = await runDiscoverCommand(args[0]!, {
		json: flags.json === true,
		// JSON words are English whatever --lang says, as in `check --json`.
		catalogue: await loadCatalogue(flags.json === true ? 'en' : options.lang),
		...(options.dnsServer === undefined ? {} : {dnsServer: options.dnsServer}),
		// DNS questions share the connect timeout, as the engine's own resolve step does.
		timeoutMs: isTimeoutGiven ? options.timeouts.connect : 4000,
		signal: io.signal,
		presets,
		probe: createEngineProber({
			timeouts: isTimeoutGiven ? options.timeouts : quickTimeouts,
			ehloName: options.ehlo,
			family: options.family,
			...(options.ca ? {ca: options.ca} : {}),
			...(options.dnsServer ? {dnsServer: options.dnsServer} : {}),
		}),
	});
	await writeFully(io.stderr, output.stderr);
	await writeFully(io.stdout, output.stdout);
	const interruption = io.interruption();
	if (interruption !== undefined) {
		return interruption === 'SIGINT' ? exitCodes.interrupted : exitCodes.terminated;
	}

	return output.exitCode;
}
