// A one-line live status on stderr while a headless check runs, only when stderr is a
// terminal (never in pipes, files or CI logs): "Checking smtp.example.com  465 ✔ OK · 587
// waiting for greeting 3/10 s · 25 …". Reads the same reducer state the TUI renders.
import type {Catalogue} from '../i18n/catalogue.js';
import {formatStatus, selectRowStatus} from '../state/row-status.js';
import type {ProbeState} from '../state/probe-reducer.js';
import {escapeAndClip} from '../report/escape.js';
import type {OutputStream} from './io.js';

/** The status line for a state at `nowMs` (milliseconds since the run started), in the catalogue's words. */
export function progressLine(
	state: ProbeState,
	nowMs: number,
	catalogue: Pick<Catalogue, 't' | 'messages'>,
): string {
	const {t} = catalogue;
	const cells = state.rows.map((row) => {
		if (row.progress === 'done' || state.isFinished) {
			return `${row.port} ${formatStatus(selectRowStatus(row, state), catalogue.messages.status)}`;
		}

		const phase = row.currentPhase;
		if (!phase) {
			return `${row.port} …`;
		}

		const elapsed = Math.max(0, Math.floor((nowMs - phase.startMs) / 1000));
		const limit = phase.timeoutMs === undefined ? '' : `/${Math.round(phase.timeoutMs / 1000)}`;
		return `${row.port} ${t(`phase.${phase.phase}`)} ${elapsed}${limit} s`;
	});
	const what = state.isResolved ? cells.join(' · ') : `${t('phase.resolve')}…`;
	return `${t('cli.progress.checking', {host: escapeAndClip(state.host, 60)})}  ${what}`;
}

/** Options of `startProgress`. */
export type ProgressOptions = {
	readonly stream: OutputStream & {readonly columns?: number};
	readonly env: NodeJS.ProcessEnv;
	/** Milliseconds since the run started. */
	readonly now: () => number;
	readonly intervalMs?: number;
	/** The words of the run's language. */
	readonly catalogue: Pick<Catalogue, 't' | 'messages'>;
};

/** A running status line: `update` with new state, `stop` clears it. A no-op off a TTY. */
export type Progress = {
	/** False when no line is drawn (not a terminal, CI, TERM=dumb). */
	readonly isActive: boolean;
	update(state: ProbeState): void;
	stop(): void;
};

const noProgress: Progress = {isActive: false, update: () => undefined, stop: () => undefined};

export function startProgress(options: ProgressOptions): Progress {
	const {stream, env} = options;
	if (stream.isTTY !== true || env['CI'] || env['TERM'] === 'dumb') {
		return noProgress;
	}

	let state: ProbeState | undefined;
	let isShown = false;
	const render = () => {
		if (!state) {
			return;
		}

		const width = Math.max(20, (stream.columns || 80) - 1);
		const line = progressLine(state, options.now(), options.catalogue);
		stream.write(`\r\u001B[2K${[...line].slice(0, width).join('')}`);
		isShown = true;
	};

	const timer = setInterval(render, options.intervalMs ?? 250);
	timer.unref();
	return {
		isActive: true,
		update(next) {
			state = next;
		},
		stop() {
			clearInterval(timer);
			if (isShown) {
				stream.write('\r\u001B[2K');
			}
		},
	};
}
