import {constants} from 'node:fs';
import {access, lstat, readFile, stat} from 'node:fs/promises';
import path from 'node:path';
import {SafeWriteError, writeFileSafely} from '../../config/safe-write.js';

/** The first characters of every report (its title line). */
const reportTitle = '# smtp-doctor: ';

/** A file name for a report: smtp-doctor-HOST-YYYYMMDD-HHMMSS.md (host made file-safe). */
export function reportFileName(host: string, now = new Date()): string {
	const safeHost = host.replaceAll(/[^a-z\d.-]/gi, '_').slice(0, 60) || 'host';
	const stamp = now.toISOString().replaceAll(/[-:]/g, '').replace('T', '-').slice(0, 15);
	return `smtp-doctor-${safeHost}-${stamp}.md`;
}

/** Adds lines to the report's header list (after its "# title" and first facts). */
export function withHeaderLines(markdown: string, lines: readonly string[]): string {
	if (lines.length === 0) {
		return markdown;
	}

	const all = markdown.split('\n');
	// The header: "# title", a blank line, then "- fact" lines up to the next blank line.
	let index = 2;
	while (index < all.length && all[index]?.startsWith('- ')) {
		index++;
	}

	return [...all.slice(0, index), ...lines, ...all.slice(index)].join('\n');
}

/** Whether a report can be written into `directory`. */
export async function isWritableDirectory(directory: string): Promise<boolean> {
	try {
		await access(directory, constants.W_OK);
		return (await stat(directory)).isDirectory();
	} catch {
		return false;
	}
}

/** A file this app wrote before (its title line), which a new report may replace. */
export async function isEarlierReport(file: string): Promise<boolean> {
	try {
		const head = (await readFile(file, 'utf8')).slice(0, 200);
		return head.startsWith(reportTitle);
	} catch {
		return false;
	}
}

/** Thrown when the target exists and is not an earlier report. */
export class NotAReportError extends Error {
	readonly file: string;
	constructor(file: string) {
		super(`${file} exists and is not an smtp-doctor report`);
		this.file = file;
	}
}

/**
 * Writes the report and resolves to its full path. `target` is a folder (a new file named
 * after the host and time goes in it, never over anything) or a file, which may only replace
 * an earlier report. Through config/safe-write.ts, as `check --report`: never through a link,
 * onto a device or FIFO, and never half a file (a temporary file takes the name in one step).
 */
export async function saveReport(
	markdown: string,
	host: string,
	target = process.cwd(),
): Promise<string> {
	const resolved = path.resolve(target);
	const info = await lstat(resolved).catch(() => undefined);
	const file = info?.isDirectory() ? path.join(resolved, reportFileName(host)) : resolved;
	try {
		return (await writeFileSafely(file, markdown, {isOurs: (head) => head.startsWith(reportTitle)}))
			.path;
	} catch (error) {
		if (error instanceof SafeWriteError && error.reason === 'exists-not-ours') {
			throw new NotAReportError(file);
		}

		throw error;
	}
}
