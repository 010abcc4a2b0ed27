// Lab names and titles without the servers, so screens can name a lab without loading
// smtp-server and the certificate code (those load when a lab starts).

export const labScenarios = ['provider-like', 'classic-mistakes'] as const;

/** Which lab to start. */
export type LabScenario = (typeof labScenarios)[number];

/** The name on the lab certificates, checked through `ProbeOptions.servername`. */
export const labHostName = 'smtp.lab.test';

export const labTitles: Readonly<Record<LabScenario, string>> = {
	'provider-like': 'Lab: a provider like Hostinger',
	'classic-mistakes': 'Lab: classic mistakes',
};
