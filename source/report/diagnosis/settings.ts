// The settings to type into a mail client for a working port, and why this one.
import {standardOrder} from './common.js';
import {encryptionLabel} from '../../state/labels.js';
import type {PortRowState} from '../../state/probe-reducer.js';
import {escapeTerminal} from '../escape.js';
import type {RankedSetting} from '../ranking.js';
import {fill, type ReportWords} from '../../i18n/report-words.js';
import type {DiagnoseOptions, DiagnosedSetting} from './types.js';

/** "Authentication:" in words: logged in, not offered, or the hint. */
export function authenticationText(
	setting: RankedSetting,
	options: DiagnoseOptions,
	words: ReportWords,
): string {
	if (options.user !== undefined && setting.isLoggedIn) {
		return fill(words.loggedInAs, {user: escapeTerminal(options.user)});
	}

	if (!setting.canLogin && setting.result.capabilities) {
		return words.authNotOffered;
	}

	return escapeTerminal(options.authHint ?? words.authDefault);
}

/** Why this setting, from this run: what became of the better-ranked standard ports. */
export function whyText(
	setting: RankedSetting,
	ranked: readonly RankedSetting[],
	rows: readonly PortRowState[],
	options: DiagnoseOptions,
	words: ReportWords,
): string {
	const parts = [fill(words.why[setting.reason], {port: setting.port})];
	if (setting.reason === 'relay-25' || setting.reason === 'plain-only-last-resort') {
		return parts.join(' ');
	}

	const index = standardOrder.indexOf(setting.port);
	const better = index === -1 ? standardOrder : standardOrder.slice(0, index);
	for (const port of better) {
		if (port === setting.port) {
			continue;
		}

		const row = rows.find((candidate) => candidate.port === port);
		const candidate = ranked.find((item) => item.port === port);
		if (!row) {
			parts.push(fill(words.whyOther.notTested, {port}));
		} else if (!row.verdict) {
			parts.push(fill(words.whyOther.unfinished, {port}));
		} else if (!candidate) {
			parts.push(fill(words.whyOther.failed, {port}));
		} else if (options.user !== undefined && !candidate.isLoggedIn && setting.isLoggedIn) {
			parts.push(fill(words.whyOther.loginFailed, {port}));
		} else if (!candidate.canLogin && setting.canLogin) {
			parts.push(fill(words.whyOther.noLogin, {port}));
		}
	}

	return parts.join(' ');
}

export function settingOf(
	setting: RankedSetting,
	ranked: readonly RankedSetting[],
	rows: readonly PortRowState[],
	displayHost: string,
	options: DiagnoseOptions,
	words: ReportWords,
): DiagnosedSetting {
	const authentication = authenticationText(setting, options, words);
	const label = encryptionLabel(setting.encryption);
	return {
		host: displayHost,
		port: setting.port,
		encryption: setting.encryption,
		encryptionLabel: label,
		reason: setting.reason,
		why: whyText(setting, ranked, rows, options, words),
		authentication,
		isLoggedIn: options.user !== undefined && setting.isLoggedIn,
		line: [
			`${words.host} ${escapeTerminal(displayHost)}`,
			`${words.port} ${setting.port}`,
			`${words.encryption} ${label}`,
			`${words.authentication}: ${authentication}`,
		].join(' - '),
		...(setting.encryption === 'none' ? {note: words.plainNote} : {}),
	};
}
