// The outputs of `check --targets` (many hosts in one run): one plain line per finished host,
// the summary (plain, or one JSON line), and one Markdown table. Each host's words come from
// its own Diagnosis, as in a single check; nothing here decides an outcome.
import {formatDuration} from '../state/labels.js';
import {fill, type ReportWords} from '../i18n/report-words.js';
import type {Diagnosis, RunOutcome} from './diagnosis.js';
import {escapeAndClip, escapeTerminal} from './escape.js';
import {terminalSafeJson} from './format-json.js';

/** One finished host of a batch. */
export type BatchEntry = {
	/** The target as shown: the host, or "example.com (you@example.com)" for an address line. */
	readonly target: string;
	readonly diagnosis: Diagnosis;
};

/** What a batch amounted to (JSON Lines: the last line, `{"summary": ...}`). */
export type BatchSummary = {
	/** Targets this run was to probe (after de-duplication and --shard). */
	readonly total: number;
	/** Targets whose run finished. */
	readonly finished: number;
	/** Targets cut short or never started because of Ctrl+C / SIGTERM / SIGHUP. */
	readonly notFinished: number;
	readonly outcomes: Readonly<Record<RunOutcome, number>>;
	/** Finished runs by `outcomeReason`. */
	readonly reasons: Readonly<Record<string, number>>;
	readonly durationMs: number;
	readonly exitCode: number;
	readonly concurrency: number;
	/** The most sockets the batch held at once (at most `concurrency`). */
	readonly peakInFlight: number;
	/** "K/N" with --shard. */
	readonly shard: string | null;
	readonly isInterrupted: boolean;
};

/** Outcome order for the batch's exit code: a host that fails outweighs an inconclusive one. */
export const outcomeSeverity: Readonly<Record<RunOutcome, number>> = {
	works: 0,
	inconclusive: 1,
	fails: 2,
};

function outcomeOf(diagnosis: Diagnosis): RunOutcome {
	const {outcome} = diagnosis.conclusion;
	return outcome === 'pending' ? 'inconclusive' : outcome;
}

/**
 * A single report's pointers to its own sections ("(see DNS above)", "(lihat tiap port di
 * atas)"): a batch line has no such sections, so they would be untrue there.
 */
const sectionPointer =
	/\s*\((?:see [^()]*above|lihat [^()]*di atas|lihat Host kontrol|see Control hosts)\)/gi;

/** "465 SSL/TLS" for a working host, else the reason and the closing sentence. */
function settingOrWhy(diagnosis: Diagnosis, maxWhy: number): {setting: string; why: string} {
	const {recommendation, conclusion} = diagnosis;
	const setting = recommendation ? `${recommendation.port} ${recommendation.encryptionLabel}` : '';
	const why =
		conclusion.outcome === 'works'
			? ''
			: `${conclusion.reason}${conclusion.sentence ? `: ${escapeAndClip(conclusion.sentence.replaceAll(sectionPointer, ''), maxWhy)}` : ''}`;
	return {setting, why};
}

/** The plain line of one finished host (ends with a newline; terminal-safe). */
export function formatBatchLine(entry: BatchEntry): string {
	const {diagnosis} = entry;
	const words = diagnosis.words.batchWords;
	const {setting, why} = settingOrWhy(diagnosis, 200);
	const parts = [
		escapeAndClip(entry.target, 300),
		words.outcomes[outcomeOf(diagnosis)],
		...(setting ? [setting] : []),
		...(why ? [why] : []),
		formatDuration(diagnosis.durationMs ?? 0),
	];
	return `${parts.join('  ')}\n`;
}

function countsText(summary: BatchSummary, words: ReportWords['batchWords']): string {
	return (['works', 'fails', 'inconclusive'] as const)
		.map((outcome) => `${summary.outcomes[outcome]} ${words.outcomes[outcome]}`)
		.join(', ');
}

/** The plain summary (one or two lines, ending with a newline). */
export function formatBatchSummary(summary: BatchSummary, words: ReportWords): string {
	const w = words.batchWords;
	const line = fill(w.summary, {
		finished: summary.finished,
		total: summary.total,
		duration: formatDuration(summary.durationMs),
		counts: countsText(summary, w),
	});
	const extra = [
		...(summary.shard ? [fill(w.shard, {shard: summary.shard})] : []),
		...(summary.notFinished > 0 ? [fill(w.notFinished, {count: summary.notFinished})] : []),
	];
	return `${line}${extra.length > 0 ? `; ${extra.join('; ')}` : ''}\n`;
}

/** The JSON Lines summary: `{"summary":{...}}` on one line. */
export function formatBatchSummaryJson(summary: BatchSummary): string {
	return `${terminalSafeJson({summary})}\n`;
}

/** A table cell: terminal-safe, Markdown formatting characters and pipes escaped, one line. */
function cell(text: string): string {
	return escapeTerminal(text).replaceAll(/[\\`*_[\]<>|~#]/g, (char) => `\\${char}`);
}

/**
 * The Markdown report of a batch: the smtp-doctor report header (so a later run may replace
 * the file, as `check --report` does), the summary, one table row per finished host.
 */
export function formatBatchMarkdown(
	entries: readonly BatchEntry[],
	summary: BatchSummary,
	options: {readonly words: ReportWords; readonly version?: string; readonly startedAt: string},
): string {
	const {words} = options;
	const w = words.batchWords;
	const lines = [
		`# smtp-doctor: ${fill(w.title, {count: summary.total})}`,
		'',
		`- ${cell(options.startedAt)}${options.version ? `, smtp-doctor ${cell(options.version)}` : ''}`,
		`- ${cell(formatBatchSummary(summary, words).trimEnd())}`,
		'',
		`| ${w.target} | ${w.outcome} | ${w.setting} | ${w.reason} | ${w.time} |`,
		'|---|---|---|---|---|',
		...entries.map((entry) => {
			const {setting, why} = settingOrWhy(entry.diagnosis, 300);
			return `| ${cell(entry.target)} | ${w.outcomes[outcomeOf(entry.diagnosis)]} | ${cell(setting)} | ${cell(why)} | ${formatDuration(entry.diagnosis.durationMs ?? 0)} |`;
		}),
		'',
	];
	return lines.join('\n');
}

/** The outcome a finished host counts as in the summary. */
export function batchOutcome(diagnosis: Diagnosis): RunOutcome {
	return outcomeOf(diagnosis);
}
