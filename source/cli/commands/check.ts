// Glue between the command map and `runCheck`: positional arguments and flags to CheckOptions.
import {builtInControls, isLoopbackHost} from '../../controls/watch.js';
import {parseClientFlag} from '../client-output.js';
import {
	confirmSend,
	resolveCredentials,
	type ResolvedCredentials,
	sendDetails,
} from '../credential-options.js';
import {SecretError} from '../read-secret.js';
import {escapeAndClip} from '../../report/escape.js';
import {buildAppOptions} from '../options.js';
import {checkReportPath, runCheck} from '../run-check.js';
import type {CommandContext} from '../command-context.js';
import {UsageError} from '../../config/usage-error.js';
import {quote} from '../validate.js';
import type {AppOptions} from '../../config/app-options.js';
import type {ParsedFlags} from '../flags.js';
import {writeFully, type CommandIo} from '../io.js';

/** Run options from flags, with `--preset` applied (its host when none is given). */
export async function buildCheckOptions(
	flags: ParsedFlags,
	host: string | undefined,
	io: Pick<CommandIo, 'env' | 'stdout' | 'stderr'>,
): Promise<AppOptions> {
	if (flags.preset === undefined) {
		return buildAppOptions(flags, host ?? '', {env: io.env, isStdoutTty: io.stdout.isTTY === true});
	}

	// Loaded only with --preset, so a plain check never parses the preset catalogue.
	const {applyPresetFlag, resolvePresetFlag} = await import('../preset-flag.js');
	const preset = await resolvePresetFlag(flags.preset, io.env);
	for (const warning of preset.warnings) {
		await writeFully(io.stderr, `smtp-doctor: ${warning}\n`);
	}

	// Validated first: a bad HOST is one line, with no note about it before.
	const options = buildAppOptions(flags, host ?? preset.probe.host, {
		env: io.env,
		isStdoutTty: io.stdout.isTTY === true,
	});
	if (host !== undefined && host.toLowerCase() !== preset.probe.host.toLowerCase()) {
		// An explicit HOST wins over the preset's host; say so, the ports and the expected
		// encryption still come from the preset.
		await writeFully(
			io.stderr,
			`smtp-doctor: using host ${escapeAndClip(host, 255)} with the ${escapeAndClip(flags.preset, 60)} preset's ports and expectations (its host is ${preset.probe.host}).\n`,
		);
	}

	return applyPresetFlag(options, preset, flags.ports !== undefined);
}

/** `smtp-doctor check HOST [flags]`, also used for `smtp-doctor HOST` without a TTY. */
export async function runCheckCommand({args, flags, io}: CommandContext): Promise<number> {
	if (flags.targets !== undefined) {
		// Many hosts: loaded only then (source/cli/commands/check-targets.ts).
		const {runTargetsCommand} = await import('./check-targets.js');
		return runTargetsCommand({args, flags, io});
	}

	for (const name of ['concurrency', 'shard'] as const) {
		if (flags[name] !== undefined) {
			throw new UsageError(`--${name} only applies with --targets FILE`);
		}
	}

	if (args.length > 1) {
		throw new UsageError(
			`Unexpected argument ${quote(args[1]!)}: check takes one host (ports go in --ports)`,
		);
	}

	const options = await buildCheckOptions(flags, args[0], io);
	// A loopback server's reachability says nothing about the network: no built-in controls
	// (an explicit --control list still runs).
	const {controls: chosen, ...withoutControls} = options;
	const controls =
		chosen === 'built-in'
			? isLoopbackHost(options.host ?? '')
				? undefined
				: builtInControls()
			: chosen;

	// Checked before probing: a typo in a client name must not cost a run.
	const clients = flags.client === undefined ? undefined : parseClientFlag(flags.client);
	if (flags.force === true && flags.report === undefined) {
		throw new UsageError('--force only applies with --report FILE');
	}

	if (flags.report !== undefined) {
		await checkReportPath(flags.report, flags.force === true);
	}

	const host = options.host!;
	let resolved: ResolvedCredentials;
	let testMessage;
	try {
		resolved = await resolveCredentials(flags, {host, ports: options.ports, env: io.env});
		testMessage = resolved.testMessage;
		if (testMessage) {
			const isConfirmed = await confirmSend(sendDetails(testMessage, host), {
				yes: flags.yes === true,
				isStdinUsed: flags.passwordStdin === true,
			});
			if (!isConfirmed) {
				await writeFully(io.stderr, 'smtp-doctor: not sending the test message.\n');
				testMessage = undefined;
			}
		}
	} catch (error) {
		if (error instanceof SecretError) {
			throw new UsageError(error.message);
		}

		throw error;
	}

	for (const warning of resolved.warnings) {
		await writeFully(io.stderr, `smtp-doctor: ${warning}\n`);
	}

	return runCheck(
		{
			...withoutControls,
			host,
			output: flags.json ? 'json' : 'plain',
			...(flags.transcript ? {hasTranscript: true} : {}),
			...(flags.report === undefined ? {} : {reportFile: flags.report}),
			...(flags.force === true ? {force: true} : {}),
			...(clients ? {clients} : {}),
			...(controls ? {controls} : {}),
			...(resolved.credentials ? {credentials: resolved.credentials} : {}),
			...(testMessage ? {testMessage} : {}),
		},
		io,
	);
}
