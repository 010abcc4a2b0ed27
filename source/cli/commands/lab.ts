// The lab without the app: `smtp-doctor --lab` when stdout is not a terminal (or with --json /
// --plain) and `smtp-doctor check --lab [classic]` start the lab's real loopback servers, run
// the same probe the app runs, print the plain (or JSON) report and close every server.
import {
	formatClientSettings,
	jsonClientSettings,
	parseClientFlag,
	settingsFor,
} from '../client-output.js';
import type {CommandContext} from '../command-context.js';
import {writeFully} from '../io.js';
import {buildAppOptions} from '../options.js';
import {diagnoseResult, exitCodeFor} from '../run-check.js';
import {UsageError} from '../../config/usage-error.js';
import {probeHost} from '../../engine/index.js';
import type {RunResult} from '../../engine/types.js';
import {formatJson} from '../../report/format-json.js';
import {formatPlain} from '../../report/format-plain.js';
import {loadCatalogue} from '../../i18n/catalogue.js';
import {startLab} from '../../lab/lab.js';
import {labHostName, parseLabScenario} from '../../lab/scenarios.js';

/** Runs a lab scenario headless and prints its report; resolves with the exit code. */
export async function runLabHeadless({args, flags, io}: CommandContext): Promise<number> {
	if (args.length > 1) {
		throw new UsageError('--lab takes at most one scenario: provider or classic');
	}

	const scenario = parseLabScenario(args[0]);
	if (flags.user !== undefined || flags.sendTo !== undefined) {
		throw new UsageError(
			'--lab has no mailbox to log in to from the command line; press a in the app to try the login step',
		);
	}

	if (flags.ports !== undefined || flags.preset !== undefined) {
		throw new UsageError(
			'--lab always probes its four ports (25, 465, 587, 2525); drop --ports/--preset',
		);
	}

	const options = buildAppOptions(flags, labHostName, {
		env: io.env,
		isStdoutTty: io.stdout.isTTY === true,
	});
	// --client: checked before the lab starts (a typo costs nothing).
	const clients = flags.client === undefined ? undefined : parseClientFlag(flags.client);
	const lab = await startLab(scenario);
	let result: RunResult;
	try {
		const events = probeHost(lab.connectHost, {
			ports: lab.ports.map((port) => port.displayPort),
			mode: options.mode,
			timeouts: options.timeouts,
			ehloName: options.ehlo,
			family: 4,
			portMap: lab.portMap,
			servername: lab.servername,
			// The lab CA is trusted by this run only, never installed anywhere.
			ca: [...(options.ca ?? []), ...lab.ca],
			signal: io.signal,
		});
		for (;;) {
			const next = await events.next();
			if (next.done) {
				// Shown under the lab's name, as in the app; the addresses still say 127.0.0.1.
				result = {...next.value, host: lab.servername};
				break;
			}
		}
	} finally {
		await lab.close();
	}

	const catalogue = await loadCatalogue(flags.json ? 'en' : options.lang);
	const diagnosis = diagnoseResult(result, {catalogue, authHint: catalogue.t('lab.authHint')});
	const settings = clients ? settingsFor(diagnosis, clients, {lang: catalogue.lang}) : undefined;
	if (flags.json) {
		await writeFully(
			io.stdout,
			formatJson(diagnosis, {
				version: options.version,
				...(clients ? {clientSettings: jsonClientSettings(settings ?? [])} : {}),
			}),
		);
	} else {
		const ports = lab.ports
			.map((port) => `  ${port.displayPort} -> 127.0.0.1:${port.realPort}: ${port.standsFor}`)
			.join('\n');
		await writeFully(
			io.stdout,
			`${lab.title} (real servers on loopback, certificate name ${lab.servername}, lab CA trusted by this run only)\n${ports}\n\n`,
		);
		await writeFully(io.stdout, formatPlain(diagnosis, {isColor: options.isColor}));
		if (clients) {
			await writeFully(io.stdout, formatClientSettings(settings, catalogue));
		}
	}

	return exitCodeFor(diagnosis.conclusion, io.interruption());
}
