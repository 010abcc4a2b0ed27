// Renders the app on the real terminal, waits until it quits (q, Ctrl+C, SIGTERM), restores
// the terminal and resolves with the exit code. Loaded by run-app.ts (see there why).
import process from 'node:process';
import {render} from 'ink';
import {createElement, Fragment} from 'react';
import type {AppOptions} from '../../config/app-options.js';
import type {Catalogue} from '../../i18n/catalogue.js';
import {LanguageProvider} from '../../i18n/language-context.js';
import {App} from './app.js';
import {createServices} from './create-services.js';
import {multiplexerOf} from '../probe/clipboard.js';
import {ClearOnResize} from '../hooks/use-clear-on-resize.js';
import type {LoginDefaults} from '../../config/login-defaults.js';
import type {FinalReport, ProbeRequest} from './services.js';
import {createSettleTracker} from './settle-tracker.js';
import {createTheme, ThemeContext} from '../theme.js';
import {KeyStreamContext} from '../hooks/use-key-stream.js';
import {KeyStream} from './key-stream.js';

/** Bracketed paste on and off: a paste arrives as one piece and never presses Enter. */
const pasteOn = '\u001B[?2004h';
const pasteOff = '\u001B[?2004l';

const enterAlternateScreen = '\u001B[?1049h\u001B[H';
const leaveAlternateScreen = '\u001B[?1049l';

/** How long quitting waits for aborted probes and the lab to close their sockets. */
const settleLimitMs = 400;

function restoreTerminal(): void {
	const {stdin, stdout} = process;
	if (stdin.isTTY && stdin.isRaw) {
		stdin.setRawMode(false);
	}

	stdin.pause();
	if (stdout.isTTY) {
		// Ink shows the cursor on unmount; repeat it so no path can leave it hidden.
		stdout.write(`${pasteOff}\u001B[?25h`);
	}
}

/** Renders the app, waits until it quits (q, Ctrl+C, SIGTERM) and returns the exit code. */
export async function mountApp(
	options: AppOptions,
	catalogue: Catalogue,
	initialRequest: ProbeRequest | undefined,
	extras: {
		readonly login?: LoginDefaults;
		readonly initialDiscovery?: string;
		readonly watchMs?: number;
		/** `smtp-doctor practice`: open on the practice. */
		readonly isPracticeFirst?: boolean;
	} = {},
): Promise<number> {
	const {login, initialDiscovery, watchMs, isPracticeFirst} = extras;
	let exitCode = 0;
	// The run as it stood when the app quit, printed once the alternate screen is left.
	const finalReport: FinalReport = {};
	let finalText: string | undefined;
	const keepFinalText = () => {
		finalText ??= finalReport.current?.();
	};

	const tracker = createSettleTracker();
	const wrap = multiplexerOf(process.env);
	const services = {...createServices(options, login), ...(wrap ? {clipboardWrap: wrap} : {})};
	const app = createElement(App, {
		services,
		tracker,
		initialRequest,
		initialDiscovery,
		watchMs,
		finalReport,
		isPracticeFirst,
		onExit(code: number) {
			exitCode = code;
			keepFinalText();
		},
	});
	// One key at a time, each after React has handled the one before (see key-stream.ts).
	const keys = process.stdin.isTTY ? new KeyStream(process.stdin) : undefined;
	const tree = createElement(
		KeyStreamContext.Provider,
		{value: keys},
		createElement(
			ThemeContext.Provider,
			{value: createTheme(options.isColor)},
			createElement(LanguageProvider, {initialCatalogue: catalogue, children: app}),
		),
	);
	// Stale copies of the frame stay above it after a resize unless the screen is cleared.
	const root = createElement(Fragment, null, createElement(ClearOnResize), tree);
	// The app draws on the alternate screen: quitting gives the terminal back as it was, plus
	// the final report (printed below) to copy from.
	if (process.stdout.isTTY) {
		process.stdout.write(enterAlternateScreen);
	}

	const instance = render(root, {
		// Ink reads it as a tty stdin: isTTY, setRawMode, ref/unref, 'readable' and read().
		...(keys ? {stdin: keys as unknown as NodeJS.ReadStream} : {}),
		exitOnCtrlC: false,
		patchConsole: true,
		maxFps: 20,
	});
	if (keys && process.stdout.isTTY) {
		process.stdout.write(pasteOn);
	}

	const onSignal = (signal: NodeJS.Signals) => {
		exitCode = signal === 'SIGTERM' ? 143 : signal === 'SIGHUP' ? 129 : 130;
		keepFinalText();
		instance.unmount();
	};

	process.once('SIGTERM', onSignal);
	process.once('SIGINT', onSignal);
	process.once('SIGHUP', onSignal);
	try {
		await instance.waitUntilExit();
	} finally {
		process.off('SIGTERM', onSignal);
		process.off('SIGINT', onSignal);
		process.off('SIGHUP', onSignal);
		// Unmounting aborted every probe and closed the lab; give their sockets a moment.
		await tracker.settle(settleLimitMs);
		keys?.close();
		restoreTerminal();
		if (process.stdout.isTTY) {
			process.stdout.write(leaveAlternateScreen);
		}

		if (finalText) {
			process.stdout.write(finalText);
		}
	}

	return exitCode;
}
