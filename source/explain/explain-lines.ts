// The decoder's answer as lines, in the catalogue's language: `smtp-doctor explain` prints
// them and the app's "I have an error message..." screen draws them, so both say the same.
// Every text that came from the paste (evidence) or a server (proof) is escaped here.
import {escapeAndClip, escapeTerminal} from '../report/escape.js';
import type {Translator} from '../i18n/translate.js';
import type {ExplainedCause, Explanation} from './types.js';

/** One line of the answer; `kind` picks its look on screen (plain text ignores it). */
export type ExplanationLine = {
	readonly text: string;
	readonly kind: 'client' | 'cause' | 'detail' | 'fix' | 'evidence' | 'note' | 'blank';
};

function confidenceWord(cause: ExplainedCause, t: Translator): string {
	return cause.confirmed === true
		? t('explain.confidence.proved')
		: cause.confirmed === false
			? t('explain.confidence.ruledOut')
			: t(`explain.confidence.${cause.confidence}`);
}

/** The client, then each cause with why, fix and evidence, then the hints. */
export function explanationLines(
	explanation: Explanation,
	t: Translator,
	/** In the app, whose hints name no command-line flag. */
	options: {readonly isApp?: boolean} = {},
): ExplanationLine[] {
	const {isApp = false} = options;
	const blank: ExplanationLine = {text: '', kind: 'blank'};
	const lines: ExplanationLine[] = [
		{
			text: explanation.clientName
				? t('explain.client', {client: escapeTerminal(explanation.clientName)})
				: t(isApp ? 'explain.clientUnknownApp' : 'explain.clientUnknown'),
			kind: 'client',
		},
	];
	if (explanation.probe) {
		lines.push({
			text: t('explain.probed', {
				host: escapeTerminal(explanation.probe.host),
				ports: explanation.probe.ports.join(', '),
			}),
			kind: 'detail',
		});
	}

	if (explanation.causes.length === 0) {
		lines.push(blank, {text: t(isApp ? 'explain.noCauseApp' : 'explain.noCause'), kind: 'note'});
	}

	for (const [index, cause] of explanation.causes.entries()) {
		lines.push(blank, {
			text: t('explain.cause', {
				rank: index + 1,
				title: escapeTerminal(cause.title),
				confidence: confidenceWord(cause, t),
			}),
			kind: 'cause',
		});
		if (cause.proof) {
			lines.push({
				text: `   ${t('explain.proof', {proof: escapeTerminal(cause.proof)})}`,
				kind: 'detail',
			});
		}

		lines.push(
			{text: `   ${t('explain.why', {why: escapeTerminal(cause.why)})}`, kind: 'detail'},
			{text: `   ${t('explain.fix', {fix: escapeTerminal(cause.fix)})}`, kind: 'fix'},
		);
		for (const evidence of cause.evidence.slice(0, 2)) {
			lines.push({
				text: `   ${t('explain.matched', {evidence: escapeAndClip(evidence, 160)})}`,
				kind: 'evidence',
			});
		}
	}

	if (explanation.hint) {
		lines.push(blank, {text: escapeTerminal(explanation.hint), kind: 'note'});
	}

	if (explanation.isClipped) {
		lines.push(blank, {text: t('explain.clipped'), kind: 'note'});
	}

	return lines;
}
