// Pure helpers of the probe session: the options screen's login flags in the credentials, the
// countdown of each running port, and text broken into lines before Ink wraps it.
import type {Translator} from '../../i18n/translate.js';
import type {ProbeState} from '../../state/index.js';
import type {ProbeAccess} from '../hooks/use-probe-run.js';
import {wordWrap} from '../widgets/word-wrap.js';
import type {RowProgress} from './ports-table.js';
import type {RunSettings} from './run-settings.js';

/** The phase each running port is in, since when, and its timeout (for the row's countdown). */
export function rowProgress(state: ProbeState): ReadonlyMap<number, RowProgress> {
	const started = state.startedAt === undefined ? undefined : Date.parse(state.startedAt);
	const progress = new Map<number, RowProgress>();
	for (const row of state.rows) {
		if (started !== undefined && row.currentPhase && row.progress !== 'done') {
			progress.set(row.port, {
				phase: row.currentPhase.phase,
				sinceMs: started + row.currentPhase.startMs,
				...(row.currentPhase.timeoutMs === undefined
					? {}
					: {timeoutMs: row.currentPhase.timeoutMs}),
			});
		}
	}

	return progress;
}

/** Room the advice panel's widest prefix ("Next step: ") takes from a line. */
export function advicePrefix(t: Translator): number {
	return [...t('recommendation.nextStep')].length + 1;
}

/**
 * Text broken into lines of at most `width` before Ink sees it: Ink's own wrap keeps the
 * space it broke at, so continuation lines would start with one.
 */
export function prewrap(text: string, width: number): string {
	return text.length <= width ? text : wordWrap(text, width).join('\n');
}

/** The credentials with what the options screen says the login may do. */
export function withLoginSettings(access: ProbeAccess, settings: RunSettings): ProbeAccess {
	if (!access.credentials) {
		return access;
	}

	const {user, secret} = access.credentials;
	return {
		...access,
		credentials: {
			user,
			secret,
			...(settings.mechanism ? {mechanism: settings.mechanism} : {}),
			...(settings.allowPlaintext ? {allowPlaintext: true} : {}),
			...(settings.allowInsecure ? {allowInsecure: true} : {}),
		},
	};
}
