// The preset panel: what the provider documents, next to what this run found.
import {encryptionLabel} from '../../state/labels.js';
import type {ProbeState} from '../../state/probe-reducer.js';
import {escapeTerminal} from '../escape.js';
import {presetAgreement, type PresetExpectations} from '../preset-compare.js';
import {fill, type ReportWords} from '../../i18n/report-words.js';
import type {DiagnosisRow, PresetLineAgreement, DiagnosedPreset} from './types.js';

export function presetPanel(
	preset: PresetExpectations,
	state: ProbeState,
	rows: readonly DiagnosisRow[] | undefined,
	words: ReportWords,
): DiagnosedPreset {
	const w = words.presetWords;
	const lines: Array<DiagnosedPreset['lines'][number]> = [];
	if (!rows) {
		return {
			...(preset.id === undefined ? {} : {id: preset.id}),
			name: preset.name,
			title: fill(w.title, {name: escapeTerminal(preset.name)}),
			lines,
		};
	}

	for (const expectation of [...preset.expected].sort((a, b) => a.port - b.port)) {
		const row = rows.find((item) => item.port === expectation.port);
		let agreement: PresetLineAgreement;
		if (!row) {
			agreement = 'not-tested';
		} else if (!row.verdict) {
			agreement = state.isFinished ? 'not-tested' : 'pending';
		} else {
			const compared = presetAgreement(preset.expected, expectation.port, row.encryption);
			agreement =
				compared === 'agrees' && row.status === 'fail'
					? 'agrees-but-fails'
					: compared === 'not-listed'
						? 'unknown'
						: compared;
		}

		const marks = [
			expectation.isRecommended ? w.recommended : '',
			expectation.certainty === 'unconfirmed'
				? w.unconfirmed
				: expectation.certainty === 'third-party'
					? w.thirdParty
					: '',
		].filter(Boolean);
		const verdictWords =
			agreement === 'differs' || agreement === 'better'
				? fill(w[agreement], {detected: row ? row.encryptionLabel : '?'})
				: w[
						agreement === 'agrees-but-fails'
							? 'agreesButFails'
							: agreement === 'not-tested'
								? 'notTested'
								: agreement
					];
		lines.push({
			port: expectation.port,
			agreement,
			text: `${expectation.port} ${encryptionLabel(expectation.encryption)}${marks.length > 0 ? ` (${marks.join(', ')})` : ''}: ${verdictWords}`,
		});
	}

	for (const port of preset.notOfferedPorts ?? []) {
		if (rows.some((row) => row.port === port)) {
			lines.push({port, agreement: 'not-listed', text: fill(w.notListed, {port})});
		}
	}

	for (const fact of preset.unconfirmed ?? []) {
		lines.push({
			port: 0,
			agreement: 'unknown',
			text: fill(w.unconfirmedFact, {fact: escapeTerminal(fact)}),
		});
	}

	return {
		...(preset.id === undefined ? {} : {id: preset.id}),
		name: preset.name,
		title: fill(w.title, {name: escapeTerminal(preset.name)}),
		lines,
	};
}
