// The small input the client settings need, taken from a Diagnosis: its recommended working
// setting (never a port that failed or was not tested), the runner-up, and the facts of this
// run that change the advice (the certificate's names, an IP typed as host, an app password).
import {isIP} from 'node:net';
import type {Diagnosis} from '../report/diagnosis.js';
import {clientSettingsList} from './client-settings.js';
import type {ClientInput, ClientLang, ClientSettings, ClientTarget} from './types.js';

function targetOf(setting: Diagnosis['recommendation']): ClientTarget | undefined {
	if (!setting || setting.encryption === 'none') {
		return undefined;
	}

	return {port: setting.port, encryption: setting.encryption};
}

/**
 * The client input for `diagnosis`, or undefined when the run recommends nothing encrypted
 * (then no client snippet is true for this run).
 */
export function clientInputOf(
	diagnosis: Pick<
		Diagnosis,
		'recommendation' | 'runnerUp' | 'allRows' | 'displayHost' | 'families'
	>,
	options: {readonly user?: string} = {},
): ClientInput | undefined {
	const recommended = targetOf(diagnosis.recommendation);
	if (!recommended || !diagnosis.recommendation) {
		return undefined;
	}

	const row = diagnosis.allRows.find((candidate) => candidate.port === recommended.port);
	const certificate = row?.result?.tls?.certificate;
	const subject = /(?:^|[,/])\s*CN\s*=\s*([^,/]+)/.exec(certificate?.subject ?? '')?.[1]?.trim();
	const certNames = certificate
		? [...new Set([...certificate.subjectAltNames, ...(subject ? [subject] : [])])]
		: [];
	const needsAppPassword = diagnosis.allRows.some(
		(candidate) => candidate.result?.auth?.verdict.code === 'auth-app-password-required',
	);
	const isStarttlsOptional =
		row?.result?.findings.some((finding) => finding.code === 'starttls-optional') === true;
	const runnerUp = targetOf(diagnosis.runnerUp);
	const host = diagnosis.recommendation.host;
	return {
		...recommended,
		host,
		...(options.user === undefined ? {} : {user: options.user}),
		...(certNames.length > 0 ? {certNames} : {}),
		...(isIP(host) === 0 ? {} : {hostIsIp: true}),
		...(needsAppPassword ? {needsAppPassword: true} : {}),
		...(isStarttlsOptional ? {starttlsOptional: true} : {}),
		// IPv6 times out or has no route here while IPv4 works: the client should use IPv4.
		...(diagnosis.families?.trapPorts.includes(recommended.port) ? {preferIpv4: true} : {}),
		...(runnerUp ? {runnerUp} : {}),
	};
}

/**
 * The settings of `clients` for `diagnosis` (the recommended setting, then the runner-up), or
 * undefined when it recommends nothing encrypted. `check --client` and the app's client picker
 * both call this, so they can never show different text for the same run.
 */
export function settingsForDiagnosis(
	diagnosis: Pick<Diagnosis, 'recommendation' | 'runnerUp' | 'allRows' | 'displayHost'>,
	clients: readonly string[],
	options: {readonly user?: string; readonly lang: ClientLang},
): readonly ClientSettings[] | undefined {
	const input = clientInputOf(diagnosis, options.user === undefined ? {} : {user: options.user});
	return input ? clientSettingsList(input, clients, {lang: options.lang}) : undefined;
}
