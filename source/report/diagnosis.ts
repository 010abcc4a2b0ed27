// The one diagnosis of a run. Every output (plain, JSON, Markdown, the Ink screens) renders
// this object; none decides a conclusion, a recommendation or an advice sentence of its own.
// It is a pure function of the live-view state (source/state/), so the TUI builds the same
// shape from a partial run while the probes resolve, and the headless check from the result.
//
//   ProbeState ──diagnose()──> Diagnosis ──> formatPlain / toJsonReport / formatMarkdownReport
//                                        └─> ports table, advice panel, preset panel (TUI)
//
// The parts, in diagnosis/: types, rows (per port), settings (what to type), conclusion,
// network (controls, cloud policy), preset-panel, common.
import type {PortResult} from '../engine/types.js';
import type {ProbeState} from '../state/probe-reducer.js';
import {rankSettings} from './ranking.js';
import {describeVerdict, isRelay} from './diagnosis/common.js';
import {diagnoseRow} from './diagnosis/rows.js';
import {settingOf} from './diagnosis/settings.js';
import {diagnoseControls, diagnoseFamilies, policyOf} from './diagnosis/network.js';
import {conclude} from './diagnosis/conclusion.js';
import {presetPanel} from './diagnosis/preset-panel.js';
import type {DiagnoseOptions, Diagnosis} from './diagnosis/types.js';

export type * from './diagnosis/types.js';

/** The one diagnosis of a run, finished or partial (see the file comment). */
export function diagnose(state: ProbeState, options: DiagnoseOptions): Diagnosis {
	const words = options.catalogue.report;
	const displayHost = options.displayHost ?? state.host;
	const finished = state.rows
		.map((row) => row.result)
		.filter((result): result is PortResult => result !== undefined);
	const ranked = rankSettings(finished, {
		hasLogin: options.user !== undefined,
		isRelayPort: (port) => isRelay(options, port),
	});
	const best = state.isCancelled ? undefined : ranked[0];
	const dns = state.resolveVerdict ? describeVerdict(state.resolveVerdict, {}, options) : undefined;
	const allRows = state.rows.map((row) => diagnoseRow(row, state, options, words, best));
	// When the name did not resolve, every port would repeat the DNS verdict: said once above.
	const dnsCode = state.resolveVerdict?.code;
	const rows =
		dnsCode && allRows.every((row) => row.verdict?.verdict.code === dnsCode) ? [] : allRows;
	const rowsByPort = new Map(allRows.map((row) => [row.port, row]));
	const conclusion = conclude(state, finished, best, rowsByPort, dns, options, words);
	const recommendation = best
		? settingOf(best, ranked, state.rows, displayHost, options, words)
		: undefined;
	const second = best ? ranked[1] : undefined;
	const runnerUp = second
		? settingOf(second, ranked, state.rows, displayHost, options, words)
		: undefined;
	return {
		lang: options.catalogue.lang,
		words,
		host: state.host,
		displayHost,
		...(state.startedAt === undefined ? {} : {startedAt: state.startedAt}),
		...(state.durationMs === undefined ? {} : {durationMs: state.durationMs}),
		addresses: state.addresses,
		isFinished: state.isFinished,
		isCancelled: state.isCancelled,
		...(dns ? {dns} : {}),
		...(options.controls && options.controls.length > 0
			? {controls: diagnoseControls(options.controls, words)}
			: {}),
		...policyOf(finished, options, words),
		...diagnoseFamilies(finished, state.result?.familyChecks, words),
		rows,
		allRows,
		conclusion,
		...(recommendation ? {recommendation} : {}),
		...(runnerUp ? {runnerUp} : {}),
		...(options.preset
			? {
					preset: presetPanel(
						options.preset,
						state,
						// Nothing was reached: there is nothing to compare with the preset.
						state.isFinished && (state.resolveVerdict || state.isCancelled) ? undefined : allRows,
						words,
					),
				}
			: {}),
		...(options.user === undefined ? {} : {user: options.user}),
		...(options.testMessage ? {testMessage: options.testMessage} : {}),
	};
}
