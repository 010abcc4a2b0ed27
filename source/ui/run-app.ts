// Starts the interactive app on the real terminal and resolves with the exit code once it
// has quit and the terminal is restored. The CLI reaches this file only through a dynamic
// import, so the headless commands never load Ink or React.
import process from 'node:process';
import {render} from 'ink';
import {createElement} from 'react';
import type {AppOptions} from '../cli/app-options.js';
import {labHostName, labTitles} from '../lab/scenarios.js';
import {App} from './app.js';
import {createServices} from './create-services.js';
import type {SettleTracker} from './hooks/use-probe-run.js';
import {standardPorts} from './presets-default.js';
import type {ProbeRequest} from './services.js';
import {createTheme, ThemeContext} from './theme.js';

/** How long quitting waits for aborted probes and the lab to close their sockets. */
const settleLimitMs = 400;

/** Collects promises that must settle before the process exits. */
export function createSettleTracker(): SettleTracker & {settle(limitMs: number): Promise<void>} {
	const pending = new Set<Promise<unknown>>();
	return {
		add(promise) {
			const tracked = promise.catch(() => undefined);
			pending.add(tracked);
			void tracked.finally(() => pending.delete(tracked));
		},
		async settle(limitMs) {
			let timer: NodeJS.Timeout | undefined;
			const limit = new Promise<void>((resolve) => {
				timer = setTimeout(resolve, limitMs);
			});
			await Promise.race([Promise.allSettled([...pending]), limit]);
			clearTimeout(timer);
		},
	};
}

/** The probe the app opens straight into, from the command line. */
export function initialRequestFor(options: AppOptions): ProbeRequest | undefined {
	if (options.lab) {
		return {
			host: labHostName,
			ports: [...standardPorts],
			lab: 'provider-like',
			title: labTitles['provider-like'],
			authHint: 'any name: the lab has no real mailbox (your provider: usually your full address)',
		};
	}

	return options.host === undefined
		? undefined
		: {host: options.host, ports: options.ports, title: options.host};
}

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
export async function runApp(options: AppOptions): Promise<number> {
	let exitCode = 0;
	const tracker = createSettleTracker();
	const services = createServices(options);
	const tree = createElement(
		ThemeContext.Provider,
		{value: createTheme(options.isColor)},
		createElement(App, {
			services,
			tracker,
			initialRequest: initialRequestFor(options),
			onExit(code: number) {
				exitCode = code;
			},
		}),
	);
	const instance = render(tree, {
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
