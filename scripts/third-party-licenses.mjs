// The licence texts of every package esbuild bundled into an output: the bundle carries their
// code (the published package has no runtime dependencies), so it carries their notices too.
// Called by scripts/build.mjs (distribution/THIRD-PARTY-LICENSES.txt, in the npm tarball) and
// scripts/package-sea.mjs (release/THIRD-PARTY-LICENSES.txt, with Node's own licence).
import {readdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';

/** Package folders ("node_modules/ink", "node_modules/@scope/name") among esbuild inputs. */
function packageFolders(metafile) {
	const folders = new Set();
	for (const input of Object.keys(metafile.inputs)) {
		// A plugin's namespace comes first ("fast-width:/abs/node_modules/string-width/index.js");
		// the real file is bundled too, under its own path.
		if (/^[\w-]+:/.test(input)) {
			continue;
		}

		const match = /^(.*?node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
		if (match) {
			folders.add(match[1]);
		}
	}

	return [...folders].sort();
}

async function licenceText(folder) {
	const names = await readdir(folder);
	const file = names.find((name) => /^(?:licen[cs]e|copying)(?:\.(?:md|txt))?$/i.test(name));
	return file ? (await readFile(path.join(folder, file), 'utf8')).trim() : undefined;
}

/**
 * Writes the notices of the packages in `metafile` (paths relative to `root`) to `outfile`;
 * `extra` entries ({name, text}) come first. Returns the number of packages listed.
 */
export async function writeThirdPartyLicenses(metafile, root, outfile, extra = []) {
	const sections = extra.map(({name, text}) => `${name}\n\n${text.trim()}`);
	const folders = packageFolders(metafile);
	for (const folder of folders) {
		const absolute = path.join(root, folder);
		const pkg = JSON.parse(await readFile(path.join(absolute, 'package.json'), 'utf8'));
		const text = (await licenceText(absolute)) ?? `License: ${pkg.license ?? 'see the package'}`;
		sections.push(`${pkg.name}@${pkg.version} (${pkg.license ?? 'no licence field'})\n\n${text}`);
	}

	const rule = `\n\n${'-'.repeat(72)}\n\n`;
	await writeFile(
		outfile,
		`Third-party software bundled into smtp-doctor, with its licence notices.${rule}${sections.join(rule)}\n`,
	);
	return folders.length;
}
