// What the terminal keeps after the app quits (it ran on the alternate screen): the finished
// run's plain report, or, when the run was stopped, the table as it stood with every row that
// never finished as "○ SKIP" (never a frozen spinner).
import type {Lang} from '../../config/lang.js';
import type {Translator} from '../../i18n/translate.js';
import type {Lab} from '../../lab/lab.js';
import {rowStatusDisplays, type ProbeState} from '../../state/index.js';
import type {AppServices} from '../app/services.js';
import type {PortRowView} from './view-model.js';

export type FinalReportInput = {
	readonly state: ProbeState;
	readonly rows: readonly PortRowView[];
	readonly title: string;
	readonly host: string;
	readonly lab?: Lab;
	readonly services: Pick<AppServices, 'formatPlain'>;
	readonly lang: Lang;
	readonly t: Translator;
	readonly isColor: boolean;
};

/** The text to leave in the scrollback (see the top of this file). */
export function finalReportText({
	state,
	rows,
	title,
	host,
	lab,
	services,
	lang,
	t,
	isColor,
}: FinalReportInput): string {
	const {result} = state;
	if (result && state.isFinished && !state.isCancelled) {
		// The lab reads as its table: its host name, not the loopback address.
		const shown = lab
			? {
					...result,
					host: lab.servername,
					...(result.recommendation
						? {recommendation: {...result.recommendation, host: lab.servername}}
						: {}),
				}
			: result;
		return services.formatPlain(shown, lang, isColor);
	}

	const skipped = rowStatusDisplays.skipped;
	const portWidth = Math.max(6, ...rows.map((row) => portText(row).length + 2));
	const lines = [
		title.includes(host) ? title : `${title} · ${host}`,
		'',
		...rows.map((row) => {
			const isUnfinished = row.isPending;
			const status = isUnfinished
				? `${skipped.symbol} ${t('status.skipped')}`
				: `${row.status.symbol} ${row.status.word}`;
			const meaning = isUnfinished ? t('probe.rowNotProbed') : row.meaning;
			return `${portText(row).padEnd(portWidth)}${row.encryption.padEnd(12)}${status.padEnd(11)}${(isUnfinished ? '' : row.time).padEnd(9)}${meaning}`.trimEnd();
		}),
		'',
		t('report.cancelled'),
	];
	return `${lines.join('\n')}\n`;
}

function portText(row: PortRowView): string {
	return row.realPort === undefined ? String(row.port) : `${row.port} (${row.realPort})`;
}
