// Writes the handout to a file through the one safe writer: a new file, or an earlier handout
// (recognised by its marker line); anything else only with `force`. Used by
// `smtp-doctor lessons --export` and by `e` on the Learn screen.
import type {Lang} from '../config/lang.js';
import {writeFileSafely, type SafeWriteResult} from '../config/safe-write.js';
import {isHandout, lessonHandout} from './handout.js';
import type {LessonTexts} from './lessons.js';

/** The file `e` on the Learn screen writes, in the current folder. */
export function handoutFileName(lang: Lang): string {
	return `smtp-doctor-lessons-${lang}.md`;
}

/** Writes the handout of `source`'s language to `file`; throws `SafeWriteError` when it may not. */
export async function exportHandout(
	file: string,
	source: LessonTexts,
	options: {readonly version: string; readonly force?: boolean},
): Promise<SafeWriteResult> {
	return writeFileSafely(file, lessonHandout(source, {version: options.version}), {
		isOurs: isHandout,
		force: options.force === true,
	});
}
