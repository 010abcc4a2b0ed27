// Facts every formatter states the same way: the recommendation in mail-client words and
// the status of each port.
import type {PortResult, RunResult} from '../engine/types.js';
import type {Lang} from '../i18n/lang.js';
import {encryptionLabel} from '../state/labels.js';
import {rowStatusDisplays, verdictStatusKind, type RowStatusDisplay} from '../state/row-status.js';
import {escapeTerminal} from './escape.js';
import {reportWords} from './words.js';

/** The port a recommendation points at, when it is in the result. */
export function recommendedPort(result: RunResult): PortResult | undefined {
	const {recommendation} = result;
	return recommendation
		? result.ports.find((port) => port.port === recommendation.port)
		: undefined;
}

/**
 * "Host smtp.example.com - Port 465 - Encryption SSL/TLS - Authentication: your full email
 * address": the line to copy into a mail client, or undefined when nothing worked.
 */
export function recommendationLine(result: RunResult, lang: Lang): string | undefined {
	const {recommendation} = result;
	if (!recommendation) {
		return undefined;
	}

	const words = reportWords(lang);
	const port = recommendedPort(result);
	const mechanisms = port?.capabilities?.authMechanisms;
	const auth = mechanisms && mechanisms.length === 0 ? words.authNotOffered : words.authFullAddress;
	return [
		`${words.host} ${escapeTerminal(recommendation.host)}`,
		`${words.port} ${recommendation.port}`,
		`${words.encryption} ${encryptionLabel(recommendation.encryption)}`,
		`${words.authentication}: ${auth}`,
	].join(' - ');
}

/** Status symbol and word of a finished port. */
export function portStatus(port: PortResult): RowStatusDisplay {
	return rowStatusDisplays[verdictStatusKind(port.verdict, port.findings)];
}
