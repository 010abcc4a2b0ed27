// `smtp-doctor check --targets FILE`: many hosts in one run. Each host is the same probe as
// `check HOST` (same engine options, same Diagnosis, same JSON object), run through one
// connection limiter: at most --concurrency sockets in flight over every host, and never more
// than two at once to one IP address (the gate is keyed by the resolved address, so several
// names of one server share its two). A line per host as it finishes, then a summary.
//
// Control probes (--control, the built-in control hosts, the cloud-policy reading) are off in
// this mode: they answer "is it this network?" for one host, and a batch would repeat the same
// question once per host; `--control` here is a usage error, `--no-controls` is accepted.
import {setMaxListeners} from 'node:events';
import path from 'node:path';
import process from 'node:process';
import {createConnectionLimiter} from '../../engine/connection-limiter.js';
import type {Diagnosis, RunOutcome} from '../../report/diagnosis.js';
import {
	batchOutcome,
	formatBatchLine,
	formatBatchMarkdown,
	formatBatchSummary,
	formatBatchSummaryJson,
	outcomeSeverity,
	type BatchEntry,
	type BatchSummary,
} from '../../report/format-batch.js';
import {formatJsonLine} from '../../report/format-json.js';
import {loadCatalogue} from '../../i18n/catalogue.js';
import {exitCodes, UsageError} from '../../config/usage-error.js';
import {writeFileSafely} from '../../config/safe-write.js';
import type {CommandContext} from '../command-context.js';
import {credentialFlags} from '../credential-flags.js';
import {flagDefinitions, flagSpelling, type FlagDefinition, type FlagName} from '../flags.js';
import {interruptionExitCode, OutputError, writeFully} from '../io.js';
import {buildAppOptions} from '../options.js';
import {
	checkReportPath,
	collectRun,
	diagnoseResult,
	isEarlierReportHead,
	reportWriteError,
	type CheckOptions,
} from '../run-check.js';
import {parseShard, parseTargets, readTargetsText, shardTargets, type Target} from '../targets.js';
import {quote} from '../validate.js';
import {nowMs} from '../../engine/clock.js';

/** Sockets in flight at once when --concurrency is not given. */
export const defaultConcurrency = 32;
/** Largest --concurrency (file descriptors, and mail servers' patience). */
export const maxConcurrency = 1024;
/** Connections at once to one IP address, whatever --concurrency says. */
export const maxPerAddress = 2;

/** Flags about one host (a login, a message, a preset, a certificate name, controls). */
const oneHostFlags: readonly FlagName[] = [
	'preset',
	'client',
	'transcript',
	'servername',
	'lab',
	'control',
	'watch',
	...(Object.keys(credentialFlags) as FlagName[]),
];

function shown(name: FlagName): string {
	const help = (flagDefinitions as Record<string, FlagDefinition>)[name]?.help;
	return help?.match(/--[a-z\d-]+/)?.[0] ?? flagSpelling(name);
}

/** Parses `--concurrency N` (1 to 1024). */
export function parseConcurrency(raw: string | undefined): number {
	if (raw === undefined) {
		return defaultConcurrency;
	}

	const value = Number(raw.trim());
	if (!/^\s*\d{1,5}\s*$/.test(raw) || value < 1 || value > maxConcurrency) {
		throw new UsageError(
			`--concurrency: ${quote(raw.slice(0, 40))} is not a number of sockets from 1 to ${maxConcurrency}`,
		);
	}

	return value;
}

function shownTarget(target: Target): string {
	return target.email ? `${target.host} (${target.email})` : target.host;
}

/** `check --targets FILE [--concurrency N] [--shard K/N] [--json] [--report FILE]`. */
export async function runTargetsCommand({args, flags, io}: CommandContext): Promise<number> {
	if (args.length > 0) {
		throw new UsageError(
			`--targets reads the hosts from a file: give no HOST argument (got ${quote(args[0]!)})`,
		);
	}

	for (const name of oneHostFlags) {
		if (flags[name] !== undefined && !(name === 'lab' && flags.lab === false)) {
			throw new UsageError(`${shown(name)} is about one host; it does not apply with --targets`);
		}
	}

	const concurrency = parseConcurrency(flags.concurrency);
	const shard = flags.shard === undefined ? undefined : parseShard(flags.shard);
	if (flags.force === true && flags.report === undefined) {
		throw new UsageError('--force only applies with --report FILE');
	}

	// No control probes in a batch (see the top of this file).
	const appOptions = buildAppOptions(flags, undefined, {
		env: io.env,
		isStdoutTty: io.stdout.isTTY === true,
	});
	const options = {...appOptions, controls: undefined};
	if (flags.report !== undefined) {
		await checkReportPath(flags.report, flags.force === true);
	}

	const file = flags.targets!;
	const name = file === '-' ? 'stdin' : quote(file);
	const all = parseTargets(await readTargetsText(file, process.stdin), name);
	const targets = shardTargets(all, shard);
	const isJson = flags.json === true;
	const catalogue = await loadCatalogue(options.lang);
	const english = isJson ? await loadCatalogue('en') : catalogue;
	const limiter = createConnectionLimiter({maxTotal: concurrency, maxPerKey: maxPerAddress});
	const controller = new AbortController();
	// Every host in flight listens on this one signal (its probes, their sockets and timers),
	// and each removes its listeners when it ends: the count is bounded by --concurrency, so
	// Node's leak warning (at 11) would be a false alarm on stderr.
	setMaxListeners(0, controller.signal);
	const onAbort = () => {
		controller.abort();
	};

	io.signal.addEventListener('abort', onAbort, {once: true});
	if (io.signal.aborted) {
		controller.abort();
	}

	const started = nowMs();
	const startedAt = new Date().toISOString();
	const outcomes: Record<RunOutcome, number> = {works: 0, fails: 0, inconclusive: 0};
	const reasons: Record<string, number> = {};
	const entries: Array<{readonly index: number; readonly entry: BatchEntry}> = [];
	let finished = 0;
	let worst: RunOutcome | undefined;
	let output = Promise.resolve();
	let outputError: OutputError | undefined;
	const write = (text: string) => {
		output = output.then(async () => {
			if (outputError) {
				return;
			}

			try {
				await writeFully(io.stdout, text);
			} catch (error) {
				if (!(error instanceof OutputError)) {
					throw error;
				}

				// The reader went away (| head) or the disk is full: stop probing, report it once.
				outputError = error;
				controller.abort();
			}
		});
	};

	const runOne = async (target: Target, index: number) => {
		const checkOptions: CheckOptions = {...options, host: target.host, output: 'plain'};
		const result = await collectRun(
			{...checkOptions, connectionGate: limiter.acquire},
			controller.signal,
		);
		if (result.isCancelled) {
			return;
		}

		const diagnosis: Diagnosis = diagnoseResult(result, {ports: options.ports, catalogue: english});
		const outcome = batchOutcome(diagnosis);
		finished++;
		outcomes[outcome]++;
		reasons[diagnosis.conclusion.reason] = (reasons[diagnosis.conclusion.reason] ?? 0) + 1;
		if (worst === undefined || outcomeSeverity[outcome] > outcomeSeverity[worst]) {
			worst = outcome;
		}

		const target_ = shownTarget(target);
		write(
			isJson
				? formatJsonLine(diagnosis, {version: options.version})
				: formatBatchLine({target: target_, diagnosis}),
		);
		if (flags.report !== undefined) {
			entries.push({
				index,
				entry: {
					target: target_,
					diagnosis:
						english === catalogue
							? diagnosis
							: diagnoseResult(result, {ports: options.ports, catalogue}),
				},
			});
		}
	};

	// As many hosts at once as there are sockets to give: each holds at most two (one IP), and
	// the limiter bounds the total, so more hosts in flight would only wait in its queue.
	let next = 0;
	const worker = async () => {
		while (!controller.signal.aborted && next < targets.length) {
			const index = next++;
			await runOne(targets[index]!, index);
		}
	};

	try {
		await Promise.all(Array.from({length: Math.min(concurrency, targets.length)}, worker));
	} finally {
		io.signal.removeEventListener('abort', onAbort);
	}

	await output;
	const interruption = io.interruption();
	const exitCode =
		interruption === undefined
			? worst === 'fails'
				? exitCodes.noWorkingPort
				: worst === 'inconclusive'
					? exitCodes.inconclusive
					: exitCodes.ok
			: interruptionExitCode(interruption);
	const summary: BatchSummary = {
		total: targets.length,
		finished,
		notFinished: targets.length - finished,
		outcomes,
		reasons,
		durationMs: Math.round(nowMs() - started),
		exitCode,
		concurrency,
		peakInFlight: limiter.peak(),
		shard: shard ? `${shard.index}/${shard.count}` : null,
		isInterrupted: interruption !== undefined,
	};
	write(isJson ? formatBatchSummaryJson(summary) : formatBatchSummary(summary, english.report));
	await output;
	if (flags.report !== undefined) {
		// Rows in target order (they finished in any order); the safe writer's refusal rules.
		entries.sort((a, b) => a.index - b.index);
		const report = formatBatchMarkdown(
			entries.map((item) => item.entry),
			summary,
			{words: catalogue.report, version: options.version, startedAt},
		);
		try {
			await writeFileSafely(flags.report, report, {
				isOurs: isEarlierReportHead,
				force: flags.force === true,
			});
		} catch (error) {
			throw reportWriteError(flags.report, error);
		}

		if (!outputError) {
			await writeFully(
				io.stderr,
				`smtp-doctor: ${catalogue.t('cli.notes.reportWritten', {file: quote(path.resolve(flags.report))})}\n`,
			);
		}
	}

	if (outputError) {
		throw outputError;
	}

	return exitCode;
}
