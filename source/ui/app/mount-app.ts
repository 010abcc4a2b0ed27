// Renders the app on the real terminal, waits until it quits (q, Ctrl+C, SIGTERM), restores
// the terminal and resolves with the exit code. Loaded by run-app.ts (see there why).
import process from 'node:process';
import {render} from 'ink';
import {createElement, Fragment} from 'react';
import type {AppOptions} from '../../config/app-options.js';
import {LanguageProvider} from '../../i18n/language-context.js';
import {App} from './app.js';
import {createServices} from './create-services.js';
import {ClearOnResize} from '../hooks/use-clear-on-resize.js';
import type {LoginDefaults} from '../../config/login-defaults.js';
import type {ProbeRequest} from './services.js';
import {createSettleTracker} from './settle-tracker.js';
import {createTheme, ThemeContext} from '../theme.js';

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
		stdout.write('\u001B[?25h');
	}
}

/** Renders the app, waits until it quits (q, Ctrl+C, SIGTERM) and returns the exit code. */
export async function mountApp(
	options: AppOptions,
	initialRequest: ProbeRequest | undefined,
	login?: LoginDefaults,
	initialDiscovery?: string,
	isPracticeFirst?: boolean,
): Promise<number> {
	let exitCode = 0;
	const tracker = createSettleTracker();
	const services = createServices(options, login);
	const app = createElement(App, {
		services,
		tracker,
		initialRequest,
		initialDiscovery,
		isPracticeFirst,
		onExit(code: number) {
			exitCode = code;
		},
	});
	const tree = createElement(
		ThemeContext.Provider,
		{value: createTheme(options.isColor)},
		createElement(LanguageProvider, {initialLang: options.lang, children: app}),
	);
	// Stale copies of the frame stay above it after a resize unless the screen is cleared.
	const root = createElement(Fragment, null, createElement(ClearOnResize), tree);
	const instance = render(root, {
		exitOnCtrlC: false,
		patchConsole: true,
		maxFps: 20,
	});
	const onSignal = (signal: NodeJS.Signals) => {
		exitCode = signal === 'SIGTERM' ? 143 : 130;
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
		restoreTerminal();
	}

	return exitCode;
}
