// Entry logic: parse flags (parse-arguments.ts), route to a command, map errors to one line and exit 2.
//
//   smtp-doctor check HOST ...   headless check (never loads the UI)
//   smtp-doctor [HOST] ...       interactive app when stdout is a TTY, else the headless check
//
// The interactive app is reached only through a dynamic import of ./ui/run-app.js, which the
// build puts in its own chunk, so the headless path never parses Ink or React.
import {escapeAndClip, escapeLines} from '../report/escape.js';
import {assertFlagsApply, commands, findCommand, type Command} from './commands.js';
import {detectLang} from '../config/lang.js';
import {
	interruptionExitCode,
	OutputError,
	writeFully,
	type CommandIo,
	type Interruption,
	type OutputStream,
} from './io.js';
import {parseArguments, type ParsedArguments} from './parse-arguments.js';
import {exitCodes, UsageError} from '../config/usage-error.js';
import {quote} from './quote.js';
import {version} from './version.js';

/** The process pieces `main` uses (tests pass their own). */
export type MainIo = {
	readonly argv: readonly string[];
	readonly stdout: OutputStream;
	readonly stderr: OutputStream;
	readonly env: NodeJS.ProcessEnv;
	/** Subscribe to SIGINT/SIGTERM; returns an unsubscribe function. */
	readonly onSignal?: (handler: (signal: Interruption) => void) => () => void;
};

type Parsed = ParsedArguments;

function wireSignals(io: MainIo): {
	readonly signal: AbortSignal;
	readonly interruption: () => Interruption | undefined;
	readonly dispose: () => void;
} {
	const controller = new AbortController();
	let received: Interruption | undefined;
	const dispose =
		io.onSignal?.((signal) => {
			received ??= signal;
			controller.abort();
		}) ?? (() => undefined);
	return {signal: controller.signal, interruption: () => received, dispose};
}

async function runInteractive(
	parsed: Parsed,
	io: MainIo,
	discoverTarget?: string,
): Promise<number> {
	if (parsed.input.length > 1) {
		throw new UsageError(`Unexpected argument ${quote(parsed.input[1]!)} (see --help)`);
	}

	if (discoverTarget !== undefined) {
		// A mistyped address is a one-line usage error before the app starts.
		const {DiscoveryInputError, parseDiscoveryTarget} = await import('../discovery/target.js');
		try {
			parseDiscoveryTarget(discoverTarget);
		} catch (error) {
			throw error instanceof DiscoveryInputError ? new UsageError(error.message) : error;
		}
	}

	const options =
		parsed.flags.preset === undefined
			? (await import('./options.js')).buildAppOptions(
					parsed.flags,
					discoverTarget === undefined && parsed.flags.lab !== true ? parsed.input[0] : undefined,
					{
						env: io.env,
						isStdoutTty: true,
					},
				)
			: await (
					await import('./commands/check.js')
				).buildCheckOptions(parsed.flags, parsed.input[0], io);
	// --user, --auth-mech, ... feed the app's login step (cli/login-defaults.ts).
	const {loginDefaultsFromFlags} = await import('./login-defaults.js');
	const login = loginDefaultsFromFlags(parsed.flags, io.env);
	// `--lab classic`: the word after --lab picks the scenario.
	const labScenario = parsed.flags.lab
		? (await import('../lab/scenarios.js')).parseLabScenario(parsed.input[0])
		: undefined;
	const watchMs = await watchInterval(parsed.flags.watch);
	const {runApp} = await import('../ui/app/run-app.js');
	return runApp(options, {
		login,
		...(discoverTarget ? {discoverTarget} : {}),
		...(labScenario ? {labScenario} : {}),
		...(watchMs ? {watchMs} : {}),
	});
}

/** `--watch DURATION` (at least a second between runs). */
async function watchInterval(raw: string | undefined): Promise<number | undefined> {
	if (raw === undefined) {
		return undefined;
	}

	const ms = (await import('./validate.js')).parseDuration('watch', raw);
	if (ms < 1000) {
		throw new UsageError(`--watch: ${quote(raw)} is too short; at least 1s between runs`);
	}

	return ms;
}

async function runHeadless(
	command: Pick<Command, 'run'>,
	args: readonly string[],
	parsed: Parsed,
	io: MainIo,
): Promise<number> {
	const signals = wireSignals(io);
	const commandIo: CommandIo = {
		stdout: io.stdout,
		stderr: io.stderr,
		env: io.env,
		signal: signals.signal,
		interruption: signals.interruption,
	};
	try {
		return await command.run({args, flags: parsed.flags, io: commandIo});
	} catch (error) {
		// After a hang-up the terminal is gone: the failed write is expected, the signal is the news.
		const interruption = signals.interruption();
		if (interruption !== undefined && error instanceof OutputError) {
			return interruptionExitCode(interruption);
		}

		throw error;
	} finally {
		signals.dispose();
	}
}

async function route(io: MainIo): Promise<number> {
	const parsed = parseArguments(io.argv);
	if (parsed.flags.version) {
		await writeFully(io.stdout, `${version}\n`);
		return exitCodes.ok;
	}

	const [first, ...rest] = parsed.input;
	if (parsed.flags.help || first === 'help') {
		const {helpText} = await import('./help.js');
		await writeFully(io.stdout, await helpText(version, detectLang(parsed.flags.lang, io.env)));
		return exitCodes.ok;
	}

	const command = findCommand(first);
	if (!command && first?.includes('@')) {
		// `smtp-doctor you@example.com`: an address means "find my server" (discovery); on a
		// terminal the app shows the candidates and probes the best one.
		if (io.stdout.isTTY === true && parsed.flags.json !== true && parsed.flags.plain !== true) {
			return runInteractive(parsed, io, first);
		}

		const discover = findCommand('discover')!;
		assertFlagsApply(discover, parsed.flags);
		return runHeadless(discover, parsed.input, parsed, io);
	}

	if (command) {
		assertFlagsApply(command, parsed.flags);
		return command.isHeadless
			? runHeadless(command, rest, parsed, io)
			: command.run({
					args: rest,
					flags: parsed.flags,
					io: {
						stdout: io.stdout,
						stderr: io.stderr,
						env: io.env,
						signal: new AbortController().signal,
						interruption: () => undefined,
					},
				});
	}

	// `smtp-doctor [HOST]` reads the check's flags (and --watch), interactive or not.
	const check = findCommand('check')!;
	assertFlagsApply({name: check.name, flags: [...(check.flags ?? []), 'watch']}, parsed.flags);
	if (parsed.input.length > 1) {
		// `smtp-doctor HOST` takes one argument, so two mean a mistyped command ("chek host").
		const names = commands.map((known) => known.name).join(', ');
		throw new UsageError(`Unknown command ${quote(first ?? '')}; commands: ${names} (see --help)`);
	}

	const wantsReport = parsed.flags.json === true || parsed.flags.plain === true;
	if (parsed.flags.targets !== undefined) {
		// `smtp-doctor --targets FILE`: a batch is always headless, on a terminal too.
		return runHeadless(findCommand('check')!, parsed.input, parsed, io);
	}

	if (io.stdout.isTTY === true && !wantsReport) {
		return runInteractive(parsed, io);
	}

	if (parsed.flags.watch !== undefined) {
		throw new UsageError('--watch re-runs the table of the interactive app: it needs a terminal');
	}

	if (parsed.flags.lab === true) {
		// `smtp-doctor --lab [classic]` off a terminal: the lab's plain (or JSON) report.
		return runHeadless(findCommand('check')!, parsed.input, parsed, io);
	}

	if (first === undefined && parsed.flags.preset === undefined) {
		throw new UsageError('No host given. Usage: smtp-doctor check HOST (see --help)');
	}

	return runHeadless(findCommand('check')!, parsed.input, parsed, io);
}

/** Runs the CLI and resolves with the exit code. Never throws: errors become one stderr line. */
export async function main(io: MainIo): Promise<number> {
	try {
		return await route(io);
	} catch (error) {
		if (error instanceof OutputError) {
			if (error.code === 'EPIPE') {
				return exitCodes.brokenPipe;
			}

			// Stdout failed (ENOSPC...): stderr may still work; if not, the exit code says it.
			await writeFully(io.stderr, `smtp-doctor: ${error.message}\n`).catch(() => undefined);
			return exitCodes.ioError;
		}

		if (error instanceof UsageError) {
			// Escaped at the sink: whatever user input a message quotes (a scenario name, a
			// file name), no control byte or escape sequence reaches the terminal, and a
			// newline in it shows as \n: a usage error is always exactly one line.
			await writeFully(io.stderr, `smtp-doctor: ${escapeAndClip(error.message, 600)}\n`).catch(
				() => undefined,
			);
			return exitCodes.usage;
		}

		const detail = error instanceof Error ? error.message : String(error);
		await writeFully(
			io.stderr,
			`smtp-doctor: unexpected error: ${escapeAndClip(detail.split('\n')[0] ?? '', 300)}\n`,
		).catch(() => undefined);
		if (io.env['SMTP_DOCTOR_DEBUG'] && error instanceof Error && error.stack) {
			await writeFully(io.stderr, `${escapeLines(error.stack)}\n`);
		}

		return exitCodes.software;
	}
}
