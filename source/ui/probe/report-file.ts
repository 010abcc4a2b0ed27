import {writeFile} from 'node:fs/promises';
import path from 'node:path';

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

/** Writes the report in `directory` without overwriting anything; resolves to the full path. */
export async function saveReport(
	markdown: string,
	host: string,
	directory = process.cwd(),
): Promise<string> {
	const file = path.join(directory, reportFileName(host));
	await writeFile(file, markdown, {encoding: 'utf8', flag: 'wx', mode: 0o600});
	return file;
}
