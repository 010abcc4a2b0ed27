// Pure functions from the shared table state (source/state/) to what the screens show.
// Components receive these views as props and never see sockets, events or the reducer.
import type {PortResult, Recommendation, Verdict} from '../../engine/types.js';
import type {DetectedEncryption, EncryptionMode} from '../../engine/types.js';
import type {Translator} from '../../i18n/translate.js';
import {
	formatDuration,
	rowStatusKind,
	rowStatusDisplays,
	type PortRowState,
	type ProbeState,
	type RowStatusKind,
} from '../../state/index.js';
import type {DescribeVerdict, ProbeRequest} from '../app/services.js';
import type {Tone} from '../theme.js';

export type {DescribeVerdict, VerdictWords} from '../app/services.js';

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

/** The row's words: its verdict, then the login and test-message results, then findings. */
function meaningOf(row: PortRowState, describe: DescribeVerdict): string {
	const verdicts = [row.verdict, row.result?.auth?.verdict, row.result?.send?.verdict];
	const seen = new Set<string>();
	return [...verdicts, ...row.findings]
		.filter((verdict): verdict is Verdict => verdict !== undefined)
		.filter((verdict) => {
			const isNew = !seen.has(verdict.code);
			seen.add(verdict.code);
			return isNew;
		})
		.map((verdict) => describe(verdict).title)
		.join(' · ');
}

export function buildRow(
	row: PortRowState,
	state: ProbeState,
	describe: DescribeVerdict,
	t: Translator,
	realPort?: number,
): PortRowView {
	const kind = rowStatusKind(row, state);
	// "Not offered by the provider" is information, but greyed out like a skipped row.
	const tone = row.verdict?.code === 'not-offered-by-provider' ? 'muted' : kindTones[kind];
	const status = {symbol: rowStatusDisplays[kind].symbol, word: t(`status.${kind}`), tone};
	const encryption = row.encryption === 'unknown' ? '-' : encryptionWords(row.encryption, t);
	if (!row.verdict) {
		const isPending = !state.isFinished;
		return {
			port: row.port,
			realPort,
			encryption,
			status,
			isPending,
			time: '',
			meaning: isPending
				? row.currentPhase
					? `${t(`phase.${row.currentPhase.phase}`)}...`
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
		meaning: meaningOf(row, describe),
		verdict: row.verdict,
	};
}

/** The text under the table: mail-client settings, or the likely cause and next step. */
export type AdviceView =
	| {
			readonly kind: 'settings';
			readonly line: string;
			readonly note?: string;
	  }
	| {readonly kind: 'cause'; readonly cause: string; readonly nextStep: string}
	| {readonly kind: 'waiting'}
	| {readonly kind: 'cancelled'};

/** Picks the words under the table once the run is done. */
export function buildAdvice(input: {
	readonly state: ProbeState;
	readonly displayHost: string;
	readonly authHint?: string;
	readonly describe: DescribeVerdict;
	readonly t: Translator;
}): AdviceView {
	const {t} = input;
	const {state} = input;
	if (!state.isFinished) {
		return {kind: 'waiting'};
	}

	if (state.isCancelled) {
		return {kind: 'cancelled'};
	}

	const recommendation: Recommendation | undefined = state.recommendation;
	if (recommendation) {
		return {
			kind: 'settings',
			line: t('recommendation.settingsWithAuth', {
				host: input.displayHost,
				port: recommendation.port,
				encryption: encryptionWords(recommendation.encryption, t),
				auth: input.authHint ?? t('recommendation.authDefault'),
			}),
			note: recommendation.encryption === 'none' ? t('recommendation.plainNote') : undefined,
		};
	}

	const ports: readonly PortResult[] = state.result?.ports ?? [];
	const culprit =
		state.resolveVerdict ??
		ports.find((port) => port.verdict.severity === 'fail')?.verdict ??
		ports[0]?.verdict;
	if (!culprit) {
		return {kind: 'cause', cause: t('probe.nothingProbed'), nextStep: t('probe.pressRerun')};
	}

	const words = input.describe(culprit);
	return {kind: 'cause', cause: words.summary, nextStep: words.advice};
}

/** One line of the "Preset X says" panel under the table. */
export type PresetLine = {readonly text: string; readonly tone?: Tone};

/**
 * What the picked preset says, port by port, beside what the servers speak: "465 SSL/TLS
 * (recommended): server agrees ✓". Unconfirmed facts are said to be unconfirmed.
 */
export function buildPresetLines(
	preset: ProbeRequest['preset'],
	state: ProbeState,
	t: Translator,
): PresetLine[] {
	if (!preset) {
		return [];
	}

	const lines: PresetLine[] = [{text: t('presets.says', {name: preset.name})}];
	for (const claim of [...preset.claims].sort((a, b) => a.port - b.port)) {
		const row = state.rows.find((item) => item.port === claim.port);
		const detected = row?.verdict ? row.encryption : 'unknown';
		const agreement = preset.compare(preset.claims, claim.port, detected);
		const marks = [
			claim.isRecommended ? t('presets.recommended') : '',
			claim.certainty === 'unconfirmed'
				? t('presets.unconfirmed')
				: claim.certainty === 'third-party'
					? t('presets.thirdParty')
					: '',
		].filter(Boolean);
		const words =
			agreement === 'differs'
				? t('presets.differs', {detected: encryptionWords(detected, t)})
				: agreement === 'agrees' || agreement === 'better'
					? t(`presets.${agreement}`)
					: t('presets.unknown');
		lines.push({
			text: `  ${t('presets.portSays', {
				port: claim.port,
				encryption: encryptionWords(claim.encryption, t),
				marks: marks.length > 0 ? ` (${marks.join(', ')})` : '',
				agreement: words,
			})}`,
			tone:
				agreement === 'differs'
					? 'warn'
					: agreement === 'agrees' || agreement === 'better'
						? 'ok'
						: 'muted',
		});
	}

	for (const fact of preset.unconfirmed) {
		lines.push({text: `  ${t('presets.unconfirmedFact', {fact})}`, tone: 'muted'});
	}

	return lines;
}
