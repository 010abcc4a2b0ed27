// `smtp-doctor lessons [ID] [--export FILE.md [--force]] [--lang en|id]`: the lessons without
// the app. No argument lists them, an ID prints one at 80 columns, and --export writes every
// lesson, the myths and the port page as one Markdown handout (written by config/safe-write.ts:
// a new file, or an earlier handout; anything else only with --force, never a link or device).
import type {CommandContext} from '../command-context.js';
import {writeFully} from '../io.js';
import {quote} from '../quote.js';
import {version} from '../version.js';
import {detectLang, isLang} from '../../config/lang.js';
import {SafeWriteError, type SafeWriteRefusal} from '../../config/safe-write.js';
import {UsageError} from '../../config/usage-error.js';
import {loadCatalogue, type Catalogue} from '../../i18n/catalogue.js';
import {exportHandout} from '../../lessons/export.js';
import {handoutText} from '../../lessons/handout.js';
import {
	getLesson,
	isLessonId,
	lessonIds,
	lessonLayout,
	listLessons,
	listMyths,
	loadLessonTexts,
	type LessonTexts,
} from '../../lessons/index.js';

/** Why the handout was not written, in one line (the file name is quoted and escaped). */
const refusals: Readonly<Record<SafeWriteRefusal, (file: string) => string>> = {
	'no-folder': (file) => `--export: the folder of ${file} does not exist`,
	'is-directory': (file) => `--export: ${file} is a folder; give a file name such as lessons.md`,
	'is-symlink': (file) => `--export: ${file} is a symbolic link; not writing through it`,
	'not-regular-file': (file) =>
		`--export: ${file} is not a regular file (a device, FIFO or socket); not writing to it`,
	'exists-not-ours': (file) =>
		`--export: ${file} exists and is not an earlier handout; choose another name, or add --force to replace it`,
	'io-error': (file) => `--export: cannot write ${file}`,
};

function listing(source: LessonTexts): string {
	const {lang} = source;
	const shelves = handoutText(lang).shelves;
	const width = Math.max(...lessonIds.map((id) => id.length));
	const lines = listLessons(source.lessons).flatMap((shelf) => [
		`${shelves[shelf.group]}:`,
		...shelf.lessons.map((lesson) => `  ${lesson.id.padEnd(width)}  ${lesson.title}`),
		'',
	]);
	return `${lines.join('\n')}${handoutText(lang).listHint}\n`;
}

function oneLesson(id: string, source: LessonTexts, catalogue: Catalogue): string {
	if (!isLessonId(id)) {
		throw new UsageError(
			`Unknown lesson ${quote(id)}; smtp-doctor lessons lists them (for example port-465)`,
		);
	}

	const layout = lessonLayout(getLesson(id, source.lessons), 80, catalogue.messages.learn.sources);
	return `${layout.map((line) => line.text).join('\n')}\n`;
}

async function writeHandout(file: string, source: LessonTexts, force: boolean): Promise<string> {
	const {lang} = source;
	if (file.trim() === '') {
		throw new UsageError('--export needs a file name, e.g. --export lessons.md');
	}

	try {
		const written = await exportHandout(file, source, {version, force});
		const text = handoutText(lang);
		const values: Readonly<Record<string, string>> = {
			file: quote(written.path),
			lessons: String(lessonIds.length),
			myths: String(listMyths(source.myths).length),
			kib: String(Math.max(1, Math.round(written.bytes / 1024))),
			replaced: written.isReplaced ? text.replaced : '',
		};
		return `${text.written.replaceAll(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole)}\n`;
	} catch (error) {
		if (error instanceof SafeWriteError) {
			const reason =
				error.reason === 'io-error' ? `: ${error.code ?? error.message.split(': ').at(-1)}` : '';
			throw new UsageError(`${refusals[error.reason](quote(file))}${reason}`);
		}

		throw error;
	}
}

/** Lists the lessons, prints one, or writes the handout; resolves with the exit code. */
export async function runLessonsCli({args, flags, io}: CommandContext): Promise<number> {
	if (flags.lang !== undefined && !isLang(flags.lang)) {
		throw new UsageError(`--lang: unknown language ${quote(flags.lang)}; use en or id`);
	}

	const lang = detectLang(flags.lang, io.env);
	if (flags.force === true && flags.export === undefined) {
		throw new UsageError('--force only applies with --export FILE');
	}

	if (args.length > 1 || (flags.export !== undefined && args.length > 0)) {
		throw new UsageError(
			`Unexpected argument ${quote(args.at(-1)!)}: lessons takes one lesson id, or --export FILE`,
		);
	}

	const catalogue = await loadCatalogue(lang);
	const source = await loadLessonTexts(catalogue);
	if (flags.export !== undefined) {
		await writeFully(io.stdout, await writeHandout(flags.export, source, flags.force === true));
		return 0;
	}

	await writeFully(
		io.stdout,
		args[0] === undefined ? listing(source) : oneLesson(args[0], source, catalogue),
	);
	return 0;
}
