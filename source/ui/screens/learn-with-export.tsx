// Learn with the handout key: `e` writes every lesson, the myths and the port page as Markdown
// into the current folder (smtp-doctor-lessons-en.md), like `smtp-doctor lessons --export`.
import {useInput} from 'ink';
import {useRef} from 'react';
import {useLanguage} from '../../i18n/language-context.js';
import type {AppServices} from '../app/services.js';
import {LessonList, type LessonListProps} from './learn-screen.js';

export type LearnWithExportProps = LessonListProps & {
	readonly exportHandout?: AppServices['exportHandout'];
	/** Shows one line under the screen (written, or why not). */
	readonly onMessage: (text: string) => void;
};

/** The lessons list; `e` exports the handout and says where it went. */
export function LearnWithExport({exportHandout, onMessage, ...list}: LearnWithExportProps) {
	const {lang, t} = useLanguage();
	// One export at a time: a second `e` while writing is ignored.
	const isWriting = useRef(false);
	useInput(
		(input) => {
			if (input !== 'e' || !exportHandout || isWriting.current) {
				return;
			}

			isWriting.current = true;
			exportHandout(lang)
				.then((result) => {
					onMessage(
						result.isWritten
							? t(result.isReplaced ? 'learn.exportReplaced' : 'learn.exported', {
									file: result.path,
								})
							: result.reason === 'exists-not-ours'
								? t('learn.exportExists', {file: result.file})
								: t('learn.exportFailed', {file: result.file, reason: result.reason}),
					);
				})
				.catch((error: unknown) => {
					onMessage(t('learn.exportFailed', {file: '', reason: String(error)}));
				})
				.finally(() => {
					isWriting.current = false;
				});
		},
		{isActive: list.isFocused},
	);
	return <LessonList {...list} />;
}
