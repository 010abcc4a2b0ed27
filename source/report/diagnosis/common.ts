// Small pieces every part of the diagnosis uses: a verdict in words, the relay test, port order.
import type {Verdict} from '../../engine/types.js';
import {verdictStatusKind} from '../../state/row-status.js';
import {escapeTerminal} from '../escape.js';
import {describeSafely, type VerdictText} from '../types.js';
import type {DiagnoseOptions, DiagnosedVerdict} from './types.js';

export const standardOrder: readonly number[] = [465, 587];

export function describeVerdict(
	verdict: Verdict,
	facts: Readonly<Record<string, string>>,
	options: DiagnoseOptions,
	findings: readonly Verdict[] = [],
): DiagnosedVerdict {
	// Port facts the static texts branch on (e.g. whether STARTTLS was offered), unless the
	// engine set them itself.
	const withFacts: Verdict = {...verdict, params: {...facts, ...verdict.params}};
	const text: VerdictText = describeSafely(options.catalogue.describe, withFacts);
	return {
		verdict,
		status: verdictStatusKind(verdict, findings),
		title: escapeTerminal(text.title),
		summary: escapeTerminal(text.summary),
		advice: escapeTerminal(text.advice),
	};
}

export function isRelay(options: DiagnoseOptions, port: number): boolean {
	return (options.isRelayPort ?? ((candidate: number) => candidate === 25))(port);
}

/** Order of ports in a story: 465, 587, 2525, the others, 25 last. */
export function order(port: number): number {
	const index = [465, 587, 2525].indexOf(port);
	return index === -1 ? (port === 25 ? 100_000 : 1000 + port) : index;
}
