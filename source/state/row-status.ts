// The status a ports-table row shows, as a kind plus a symbol and a word, so it reads the same
// without colour (NO_COLOR, screen readers, pasted into a ticket). Shared by the plain output,
// the Markdown report and the TUI; colours are the UI theme's business, keyed by `kind`.
import type {Severity, Verdict} from '../engine/types.js';
import type {PortRowState, ProbeState} from './probe-reducer.js';

/** What a row shows: a verdict severity, `skipped` (cancelled or never run), or `pending`. */
export type RowStatusKind = Severity | 'skipped' | 'pending';

/** Symbol and word for one status kind; `word` is short upper-case text that fits a 4-wide column. */
export type RowStatusDisplay = {
	readonly kind: RowStatusKind;
	readonly symbol: string;
	readonly word: string;
};

/** Symbol and word per kind. Each symbol is one terminal cell wide. */
export const rowStatusDisplays: Readonly<Record<RowStatusKind, RowStatusDisplay>> = {
	ok: {kind: 'ok', symbol: '✔', word: 'OK'},
	warn: {kind: 'warn', symbol: '▲', word: 'WARN'},
	fail: {kind: 'fail', symbol: '✖', word: 'FAIL'},
	info: {kind: 'info', symbol: '●', word: 'INFO'},
	skipped: {kind: 'skipped', symbol: '○', word: 'SKIP'},
	pending: {kind: 'pending', symbol: '…', word: 'WAIT'},
};

const severityRank: Readonly<Record<Severity, number>> = {ok: 0, info: 1, warn: 2, fail: 3};

/**
 * The status kind of a verdict with its findings. The verdict decides, except that an ok
 * verdict with a warning finding (a certificate expiring soon, AUTH offered before TLS) shows
 * as warn: the port works, but someone should look.
 */
export function verdictStatusKind(
	verdict: Verdict,
	findings: readonly Verdict[] = [],
): RowStatusKind {
	if (verdict.code === 'cancelled') {
		return 'skipped';
	}

	if (verdict.severity === 'ok') {
		const worst = Math.max(0, ...findings.map((finding) => severityRank[finding.severity]));
		return worst >= severityRank.warn ? 'warn' : 'ok';
	}

	return verdict.severity;
}

/** The status kind of a table row. Rows left unfinished by a finished (cancelled) run are skipped. */
export function rowStatusKind(
	row: PortRowState,
	state?: Pick<ProbeState, 'isFinished'>,
): RowStatusKind {
	if (row.verdict) {
		return verdictStatusKind(row.verdict, row.findings);
	}

	return state?.isFinished ? 'skipped' : 'pending';
}

/** Symbol and word for a row (see `rowStatusKind`). */
export function selectRowStatus(
	row: PortRowState,
	state?: Pick<ProbeState, 'isFinished'>,
): RowStatusDisplay {
	return rowStatusDisplays[rowStatusKind(row, state)];
}

/**
 * "✔ OK", "▲ WARN": the status as text that reads without colour. `words` gives the word in
 * the interface language (the i18n catalogue's `status`); English otherwise.
 */
export function formatStatus(
	display: RowStatusDisplay,
	words?: Readonly<Record<RowStatusKind, string>>,
): string {
	return `${display.symbol} ${words?.[display.kind] ?? display.word}`;
}
