// The "s" key: the run as a redacted Markdown report, written next to the user.
import type {Lang} from '../../config/lang.js';
import type {Credentials, RunResult} from '../../engine/types.js';
import type {Translator} from '../../i18n/translate.js';
import type {Lab} from '../../lab/lab.js';
import {labTitle} from '../app/run-request.js';
import type {AppServices} from '../app/services.js';
import {saveReport, withHeaderLines} from './report-file.js';

/** The report's Markdown. A lab's report reads as its table: the lab's host name, and each standard port with the real loopback port behind it. */
export function runReport(options: {
	readonly result: RunResult;
	readonly lab?: Lab;
	readonly services: Pick<AppServices, 'formatReport'>;
	readonly lang: Lang;
	readonly t: Translator;
	readonly credentials?: Credentials;
}): string {
	const {result, lab, t} = options;
	const shown = lab
		? {
				...result,
				host: lab.servername,
				...(result.recommendation
					? {recommendation: {...result.recommendation, host: lab.servername}}
					: {}),
			}
		: result;
	const labLines = lab
		? [
				`- ${t('lab.reportPorts', {
					title: labTitle(lab.scenario, t),
					host: lab.connectHost,
					ports: lab.ports.map((port) => `${port.displayPort} -> ${port.realPort}`).join(', '),
				})}`,
			]
		: [];
	return withHeaderLines(
		options.services.formatReport(shown, options.lang, options.credentials),
		labLines,
	);
}

/** Saves the report and says where (or why not) through `onMessage`. */
export function saveRunReport(
	markdown: string,
	host: string,
	t: Translator,
	onMessage: (message: string) => void,
): void {
	saveReport(markdown, host).then(
		(file) => {
			onMessage(t('probe.reportSaved', {file}));
		},
		(error: unknown) => {
			onMessage(
				t('probe.reportFailed', {reason: error instanceof Error ? error.message : String(error)}),
			);
		},
	);
}
