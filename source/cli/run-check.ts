// `smtp-doctor check HOST`: the headless probe. Streams the engine's events through the shared
// reducer, then prints one report (plain or JSON) and maps the result to an exit code. Never
// imports Ink or React: scripts and SSH one-liners start fast and get no escape codes.
import {constants} from 'node:fs';
import {access} from 'node:fs/promises';
import path from 'node:path';
import {probeHost} from '../engine/index.js';
import type {ConnectionGate} from '../engine/connection-limiter.js';
import type {Credentials, ProbeEvent, RunResult, TestMessage} from '../engine/types.js';
import {
	diagnose,
	type Conclusion,
	type Diagnosis,
	type DiagnoseOptions,
} from '../report/diagnosis.js';
import {formatJson} from '../report/format-json.js';
import {formatPlain} from '../report/format-plain.js';
import {formatClientSettings, jsonClientSettings, settingsFor} from './client-output.js';
import {startControlWatch} from '../controls/watch.js';
import {detectHostPolicy} from '../hostinfo/cloud.js';
import type {ControlResult, ControlTarget} from '../engine/controls.js';
import {createRedactor, redactDeep} from '../engine/redact.js';
import {initialProbeState, probeReducer, stateFromResult} from '../state/probe-reducer.js';
import {loadCatalogue, type Catalogue} from '../i18n/catalogue.js';
import {baseProbeOptions, type AppOptions} from '../config/app-options.js';
import {
	interruptionExitCode,
	OutputError,
	writeFully,
	type CommandIo,
	type Interruption,
} from './io.js';
import {startProgress} from './progress.js';
import {exitCodes, UsageError} from '../config/usage-error.js';
import {
	checkWriteTarget,
	SafeWriteError,
	writeFileSafely,
	type SafeWriteRefusal,
} from '../config/safe-write.js';
import {quote} from './validate.js';
import {nowMs} from '../engine/clock.js';

/** Options of one headless check. */
export type CheckOptions = Omit<AppOptions, 'controls'> & {
	/** Control hosts for ports that cannot be reached, resolved (undefined: no control probes). */
	readonly controls?: readonly ControlTarget[];
	readonly host: string;
	readonly output: 'plain' | 'json';
	/** Write a redacted Markdown report here as well. */
	readonly reportFile?: string;
	/** --client: the client ids to print settings for. */
	readonly clients?: readonly string[];
	/** --force: --report may replace a file smtp-doctor did not write. */
	readonly force?: boolean;
	/** AUTH on every port where it is safe (`--user`). */
	readonly credentials?: Credentials;
	/** The confirmed opt-in test message (`--send-to`). */
	readonly testMessage?: TestMessage;
	/** Print each port's transcript after the table (`--transcript`, `-v`; plain output only). */
	readonly hasTranscript?: boolean;
	/** A batch's connection limiter (`check --targets`): asked before every connect. */
	readonly connectionGate?: ConnectionGate;
};

/** The exit code a diagnosed run deserves (README "Exit codes"). */
export function exitCodeFor(
	conclusion: Pick<Conclusion, 'outcome'>,
	interruption?: Interruption,
): number {
	if (interruption !== undefined) {
		return interruptionExitCode(interruption);
	}

	return conclusion.outcome === 'works'
		? exitCodes.ok
		: conclusion.outcome === 'fails'
			? exitCodes.noWorkingPort
			: exitCodes.inconclusive;
}

/** The diagnosis of a finished run, in the catalogue's language (JSON: always English). */
export function diagnoseResult(
	result: RunResult,
	options: DiagnoseOptions & {readonly ports?: readonly number[]},
): Diagnosis {
	const {ports, ...rest} = options;
	return diagnose(stateFromResult(result, ports ? {ports} : {}), rest);
}

/** Runs the probe to the end (or until `signal` aborts) and returns its result. */
export async function collectRun(
	options: CheckOptions,
	signal: AbortSignal,
	onEvent?: (event: ProbeEvent) => void,
): Promise<RunResult> {
	const events = probeHost(options.host, {
		...baseProbeOptions(options),
		ports: options.ports,
		...(options.credentials ? {credentials: options.credentials} : {}),
		...(options.testMessage ? {testMessage: options.testMessage} : {}),
		...(options.notOfferedPorts ? {notOfferedPorts: options.notOfferedPorts} : {}),
		...(options.connectionGate ? {connectionGate: options.connectionGate} : {}),
		signal,
	});
	for (;;) {
		const next = await events.next();
		if (next.done) {
			return next.value;
		}

		onEvent?.(next.value);
	}
}

/** The headless check: probe, print, exit code. */
export async function runCheck(options: CheckOptions, io: CommandIo): Promise<number> {
	const catalogue = await loadCatalogue(options.lang);
	// JSON words are English whatever --lang says (scripts match on them).
	const english = options.output === 'json' ? await loadCatalogue('en') : catalogue;
	// The reducer is the single place events become state: the live status line on a terminal
	// reads the same state the TUI shows.
	let state = initialProbeState({
		host: options.host,
		ports: options.ports,
		mode: options.mode,
		timeouts: options.timeouts,
	});
	const {credentials} = options;
	const redact = createRedactor([credentials?.secret], credentials ? {user: credentials.user} : {});
	const started = nowMs();
	const progress = startProgress({
		stream: io.stderr,
		env: io.env,
		now: () => nowMs() - started,
		catalogue,
	});
	let rawResult: RunResult;
	// Control probes for ports that cannot be reached, started while the run goes on.
	const controlWatch = options.controls
		? startControlWatch(options.controls, {
				connectTimeoutMs: options.timeouts.connect,
				signal: io.signal,
				...(options.family === 0 ? {} : {family: options.family}),
			})
		: undefined;
	let controls: ControlResult[] = [];
	try {
		// Off a terminal nobody sees the state: skip folding (start-up and CPU matter in scripts).
		rawResult = await collectRun(
			options,
			io.signal,
			progress.isActive || controlWatch
				? (event) => {
						controlWatch?.onEvent(event);
						if (progress.isActive) {
							state = probeReducer(state, event);
							progress.update(state);
						}
					}
				: undefined,
		);
	} finally {
		// Always finished (its timers cleared, its sockets closed); a control cut short by
		// Ctrl+C proves nothing and is left out.
		const finished = (await controlWatch?.finish()) ?? [];
		controls = io.signal.aborted ? [] : finished;
		progress.stop();
	}

	// Belt and braces: the engine already keeps the secret out, but nothing printed or written
	// below may carry it, whatever a server echoed.
	const result = credentials ? redactDeep(rawResult, redact) : rawResult;
	const interruption = io.interruption();
	const preset = options.presetProbe
		? {
				preset: {
					id: options.presetProbe.presetId,
					name: options.presetProbe.presetName,
					expected: options.presetProbe.expected,
					notOfferedPorts: options.presetProbe.notOfferedPorts,
				},
			}
		: {};
	const hostPolicy = options.controls ? detectHostPolicy() : undefined;
	const context = {
		...(controls.length > 0 ? {controls} : {}),
		...(hostPolicy ? {hostPolicy} : {}),
		...(credentials ? {user: credentials.user} : {}),
		...(options.testMessage ? {testMessage: options.testMessage} : {}),
		...preset,
		ports: options.ports,
	};
	const diagnosis = diagnoseResult(result, {...context, catalogue: english});
	// --client: the snippets, from this diagnosis (JSON: English, as the rest of it).
	const clients =
		options.clients === undefined
			? undefined
			: settingsFor(diagnosis, options.clients, {
					...(credentials ? {user: credentials.user} : {}),
					lang: english.lang,
				});
	const text =
		options.output === 'json'
			? formatJson(diagnosis, {
					version: options.version,
					...(options.clients === undefined
						? {}
						: {clientSettings: jsonClientSettings(clients ?? [])}),
				})
			: formatPlain(diagnosis, {
					isColor: options.isColor,
					hasTranscript: options.hasTranscript === true,
				}) + (options.clients === undefined ? '' : formatClientSettings(clients, english));
	// Stdout may be gone (`| head -1`, an SSH session that hung up): the report asked for is
	// still written, then the failure goes on to main().
	let outputError: OutputError | undefined;
	try {
		await writeFully(io.stdout, text);
		const unsent = unsentTestMessageNote(options, diagnosis, catalogue);
		if (unsent) {
			await writeFully(io.stderr, `smtp-doctor: ${unsent}\n`);
		}
	} catch (error) {
		if (!(error instanceof OutputError) || options.reportFile === undefined) {
			throw error;
		}

		outputError = error;
	}

	if (options.reportFile !== undefined) {
		// Loaded only with --report: a check without it never parses the Markdown formatter.
		const {formatMarkdownReport} = await import('../report/format-markdown.js');
		const report = formatMarkdownReport(
			english === catalogue ? diagnosis : diagnoseResult(result, {...context, catalogue}),
			{version: options.version, ...(credentials ? {redact} : {})},
		);
		try {
			await writeFileSafely(options.reportFile, report, {
				isOurs: isEarlierReportHead,
				force: options.force === true,
			});
		} catch (error) {
			throw reportWriteError(options.reportFile, error);
		}

		if (outputError !== undefined) {
			throw outputError;
		}

		await writeFully(
			io.stderr,
			`smtp-doctor: ${catalogue.t('cli.notes.reportWritten', {file: quote(path.resolve(options.reportFile))})}\n`,
		);
	}

	return exitCodeFor(diagnosis.conclusion, interruption);
}

/** The first line of every Markdown report: an existing file that starts so may be replaced. */
export function isEarlierReportHead(head: string): boolean {
	return head.startsWith('# smtp-doctor: ');
}

/** Why `--report FILE` was not written, in one line (the file name quoted and escaped). */
const reportRefusals: Readonly<Record<SafeWriteRefusal, (file: string) => string>> = {
	'no-folder': (file) => `--report: the folder of ${file} does not exist`,
	'is-directory': (file) => `--report: ${file} is a folder; give a file name such as report.md`,
	'is-symlink': (file) => `--report: ${file} is a symbolic link; not writing through it`,
	'not-regular-file': (file) =>
		`--report: ${file} is not a regular file (a device, FIFO or socket); not writing to it`,
	'exists-not-ours': (file) =>
		`--report: ${file} exists and is not an earlier smtp-doctor report; choose another name, or add --force to replace it`,
	'io-error': (file) => `--report: cannot write ${file}`,
};

/** A one-line UsageError (exit 2) for a refused or failed report write. */
export function reportWriteError(file: string, error: unknown): unknown {
	if (error instanceof SafeWriteError) {
		const detail = error.reason === 'io-error' ? `: ${error.code ?? 'error'}` : '';
		return new UsageError(`${reportRefusals[error.reason](quote(file))}${detail}`);
	}

	return error;
}

/**
 * Checks that `--report FILE` can be written, before any probing (a typo, or a system file
 * named by mistake, must not cost a whole run): its folder exists and is writable, and FILE is
 * new or an earlier report (any regular file with `force`), never a folder, link, device or
 * FIFO. Throws a one-line UsageError (exit 2).
 */
export async function checkReportPath(file: string, force = false): Promise<void> {
	let isExisting: boolean;
	try {
		isExisting = await checkWriteTarget(file, {isOurs: isEarlierReportHead, force});
	} catch (error) {
		throw reportWriteError(file, error);
	}

	const directory = path.dirname(path.resolve(file));
	try {
		await access(isExisting ? file : directory, constants.W_OK);
	} catch {
		throw new UsageError(
			`--report: cannot write ${quote(file)}: ${isExisting ? 'the file is not writable' : `folder ${quote(directory)} is not writable`}`,
		);
	}
}

/** Why a requested test message was not sent (login failed or never ran there), if it was not. */
export function unsentTestMessageNote(
	options: Pick<CheckOptions, 'testMessage'>,
	diagnosis: Diagnosis,
	catalogue: Pick<Catalogue, 't'>,
): string | undefined {
	const {testMessage} = options;
	if (!testMessage || diagnosis.isCancelled) {
		return undefined;
	}

	const row = diagnosis.allRows.find((candidate) => candidate.port === testMessage.port);
	if (row?.result?.send) {
		return undefined;
	}

	const {t} = catalogue;
	const login = row?.steps.find((step) => step.kind === 'login');
	const reason = login
		? t('cli.notes.loginFailedThere', {title: login.title})
		: t('cli.notes.noLoginThere');
	return t('cli.notes.testNotSent', {port: testMessage.port, reason});
}
