// Pure functions from the one Diagnosis (source/report/diagnosis.ts) to what the screens show:
// the rows, the advice under the table and the preset panel say what every other output says.
// Components receive these views as props and never see sockets, events or the reducer.
import type {Verdict} from '../../engine/types.js';
import type {DetectedEncryption, EncryptionMode} from '../../engine/types.js';
import type {Translator} from '../../i18n/translate.js';
import type {Diagnosis, DiagnosisRow} from '../../report/diagnosis.js';
import {formatDuration, rowStatusDisplays, type RowStatusKind} from '../../state/index.js';
import type {Tone} from '../theme.js';

export type {DescribeVerdict} from '../../report/types.js';

/** Status of a row, readable without colour: a symbol and a word, plus its tone. */
export type StatusLabel = {readonly symbol: string; readonly word: string; readonly tone: Tone};

/** One row of the live table. */
export type PortRowView = {
	readonly port: number;
	/** The real port behind a displayed one (lab runs). */
	readonly realPort?: number;
	readonly encryption: string;
	readonly status: StatusLabel;
	readonly isPending: boolean;
	readonly time: string;
	readonly meaning: string;
	readonly verdict?: Verdict;
};

const kindTones: Readonly<Record<RowStatusKind, Tone>> = {
	ok: 'ok',
	warn: 'warn',
	fail: 'fail',
	info: 'info',
	skipped: 'muted',
	pending: 'pending',
};

/** Encryption in the words of a mail client's settings ("SSL/TLS", "STARTTLS", "NONE"). */
export function encryptionWords(
	encryption: DetectedEncryption | EncryptionMode,
	t: Translator,
): string {
	return t(`encryption.${encryption}`);
}

/** One row of the live table, from the diagnosis's row. */
export function buildRow(row: DiagnosisRow, t: Translator, realPort?: number): PortRowView {
	const kind = row.status;
	// "Not offered by the provider" is information, but greyed out like a skipped row.
	const tone = row.verdict?.verdict.code === 'not-offered-by-provider' ? 'muted' : kindTones[kind];
	const status = {symbol: rowStatusDisplays[kind].symbol, word: t(`status.${kind}`), tone};
	const encryption = row.encryption === 'unknown' ? '-' : encryptionWords(row.encryption, t);
	if (!row.verdict) {
		const isPending = kind === 'pending';
		const phase = row.live.currentPhase;
		return {
			port: row.port,
			realPort,
			encryption,
			status,
			isPending,
			time: '',
			meaning: isPending
				? phase
					? `${t(`phase.${phase.phase}`)}...`
					: t('probe.rowWaiting')
				: t('probe.rowNotProbed'),
		};
	}

	return {
		port: row.port,
		realPort,
		encryption,
		status,
		isPending: false,
		time: row.totalMs === undefined ? '' : formatDuration(row.totalMs),
		meaning: row.meaning,
		verdict: row.verdict.verdict,
	};
}

/** The text under the table: mail-client settings, or the likely cause and next step. */
export type AdviceView =
	| {
			readonly kind: 'settings';
			readonly line: string;
			readonly why?: string;
			readonly note?: string;
	  }
	| {readonly kind: 'cause'; readonly cause: string; readonly nextStep: string}
	| {readonly kind: 'waiting'}
	| {readonly kind: 'cancelled'};

/** The words under the table: the diagnosis's recommendation or its conclusion. */
export function buildAdvice(diagnosis: Diagnosis, t: Translator): AdviceView {
	const {conclusion, recommendation} = diagnosis;
	if (conclusion.outcome === 'pending') {
		return {kind: 'waiting'};
	}

	if (conclusion.reason === 'cancelled') {
		return {kind: 'cancelled'};
	}

	if (recommendation && conclusion.outcome === 'works') {
		return {
			kind: 'settings',
			line: recommendation.line,
			why: recommendation.why,
			...(recommendation.note ? {note: recommendation.note} : {}),
		};
	}

	return {
		kind: 'cause',
		cause: conclusion.sentence ?? t('probe.nothingProbed'),
		nextStep: conclusion.nextStep ?? t('probe.pressRerun'),
	};
}

/** One line of the "Preset X says" panel under the table. */
export type PresetLine = {readonly text: string; readonly tone?: Tone};

const agreementTones: Readonly<Record<string, Tone>> = {
	agrees: 'ok',
	better: 'ok',
	differs: 'warn',
	'agrees-but-fails': 'fail',
};

/**
 * What the picked preset says, port by port, beside what the servers speak: "465 SSL/TLS
 * (recommended): server agrees ✓", from the diagnosis. Unconfirmed facts are said to be unconfirmed.
 */
export function buildPresetLines(diagnosis: Diagnosis): PresetLine[] {
	const {preset} = diagnosis;
	if (!preset || preset.lines.length === 0) {
		return [];
	}

	return [
		{text: preset.title},
		...preset.lines.map((line) => ({
			text: `  ${line.text}`,
			tone: agreementTones[line.agreement] ?? 'muted',
		})),
	];
}
