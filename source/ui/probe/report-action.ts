// The "s" key: the run as a redacted Markdown report, written next to the user.
import type {Lang} from '../../config/lang.js';
import type {Credentials, RunResult} from '../../engine/types.js';
import type {Translator} from '../../i18n/translate.js';
import type {Lab} from '../../lab/lab.js';
import {labTitle} from '../app/run-request.js';
import type {AppServices} from '../app/services.js';
import {homedir} from 'node:os';
import {useCallback, useEffect, useRef, useState} from 'react';
import type {ProbeState} from '../../state/index.js';
import {isWritableDirectory, NotAReportError, saveReport, withHeaderLines} from './report-file.js';

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

/** The current folder, or undefined when it is gone (deleted while the app ran). */
function currentDirectory(): string | undefined {
	try {
		return process.cwd();
	} catch {
		return undefined;
	}
}

export type ReportSaver = {
	/** The "s" key. */
	readonly save: () => void;
	/** Set while asking where to save (the current folder is not writable). */
	readonly question?: {readonly initial: string};
	readonly answer: (target: string) => void;
	readonly cancel: () => void;
};

/**
 * The "s" key: saves the finished run's report in the current folder, or asks where when that
 * is not writable ($HOME first). While the last result is still on its way (every row ended,
 * the run's result not yet folded in) it waits for it instead of saying "still running".
 */
export function useReportSaver(options: {
	readonly state: ProbeState;
	readonly lab?: Lab;
	readonly services: Pick<AppServices, 'formatReport'>;
	readonly lang: Lang;
	readonly t: Translator;
	readonly credentials?: Credentials;
	readonly host: string;
	readonly onMessage: (message: string | undefined) => void;
}): ReportSaver {
	const {state, t, onMessage} = options;
	const [isWaiting, setIsWaiting] = useState(false);
	const [question, setQuestion] = useState<{readonly initial: string}>();
	const latest = useRef(options);
	latest.current = options;
	const saveTo = useCallback((target: string | undefined) => {
		const {state, lab, services, lang, t, credentials, host, onMessage} = latest.current;
		if (!state.result) {
			return;
		}

		const markdown = runReport({result: state.result, lab, services, lang, t, credentials});
		const written = async () => {
			const directory = target ?? currentDirectory();
			if (
				directory === undefined ||
				(target === undefined && !(await isWritableDirectory(directory)))
			) {
				setQuestion({initial: homedir()});
				return undefined;
			}

			return saveReport(markdown, host, directory);
		};

		written().then(
			(file) => {
				if (file !== undefined) {
					onMessage(t('probe.reportSaved', {file}));
				}
			},
			(error: unknown) => {
				onMessage(
					error instanceof NotAReportError
						? t('probe.notAReport', {file: error.file})
						: t('probe.reportFailed', {
								reason: error instanceof Error ? error.message : String(error),
							}),
				);
			},
		);
	}, []);
	const isDone = state.result !== undefined && state.isFinished;
	useEffect(() => {
		if (isWaiting && isDone) {
			setIsWaiting(false);
			saveTo(undefined);
		}
	}, [isDone, isWaiting, saveTo]);
	return {
		save() {
			if (state.result && state.isFinished) {
				saveTo(undefined);
			} else if (state.rows.length > 0 && state.rows.every((row) => row.progress === 'done')) {
				setIsWaiting(true);
				onMessage(t('probe.savingWhenDone'));
			} else {
				onMessage(t('probe.stillRunning'));
			}
		},
		...(question ? {question} : {}),
		answer(target) {
			setQuestion(undefined);
			saveTo(target);
		},
		cancel() {
			setQuestion(undefined);
		},
	};
}
