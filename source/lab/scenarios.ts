// Lab names and titles without the servers, so screens can name a lab without loading
// smtp-server and the certificate code (those load when a lab starts).
import {UsageError} from '../config/usage-error.js';

export const labScenarios = ['provider-like', 'classic-mistakes'] as const;

/** Which lab to start. */
export type LabScenario = (typeof labScenarios)[number];

/** The name on the lab certificates, checked through `ProbeOptions.servername`. */
export const labHostName = 'smtp.lab.test';

export const labTitles: Readonly<Record<LabScenario, string>> = {
	'provider-like': 'Lab: a provider like Hostinger',
	'classic-mistakes': 'Lab: classic mistakes',
};

const scenarioNames: Readonly<Record<string, LabScenario>> = {
	provider: 'provider-like',
	'provider-like': 'provider-like',
	classic: 'classic-mistakes',
	mistakes: 'classic-mistakes',
	'classic-mistakes': 'classic-mistakes',
};

/** `--lab [provider|classic]`: which scenario; throws a UsageError for an unknown word. */
export function parseLabScenario(word: string | undefined): LabScenario {
	if (word === undefined) {
		return 'provider-like';
	}

	const scenario = scenarioNames[word.toLowerCase()];
	if (!scenario) {
		throw new UsageError(
			`--lab: unknown scenario "${word.slice(0, 40)}"; use provider (default) or classic`,
		);
	}

	return scenario;
}
