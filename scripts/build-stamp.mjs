// What the last build was made from: scripts/build.mjs records a hash of every input esbuild
// read (its metafile), of the build scripts and of package.json, plus the files it wrote, in
// .tmp/build-inputs.json; scripts/start.mjs rebuilds only when one of them changed.
import {createHash} from 'node:crypto';
import {existsSync, readFileSync} from 'node:fs';
import {mkdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const stampFile = path.join(root, '.tmp', 'build-inputs.json');
/** Inputs of every build besides the bundled files: the scripts themselves and the version. */
const buildFiles = [
	'package.json',
	'scripts/build.mjs',
	'scripts/build-stamp.mjs',
	'scripts/third-party-licenses.mjs',
];

function hashOf(file) {
	try {
		return createHash('sha256')
			.update(readFileSync(path.join(root, file)))
			.digest('hex');
	} catch {
		return 'missing';
	}
}

/** Records the inputs and outputs of a finished build (its esbuild metafile). */
export async function writeBuildStamp(metafile, extraOutputs = []) {
	const inputs = {};
	for (const file of [...Object.keys(metafile.inputs), ...buildFiles]) {
		if (!file.includes(':')) {
			inputs[file] = hashOf(file);
		}
	}

	const outputs = [...Object.keys(metafile.outputs), ...extraOutputs];
	await mkdir(path.dirname(stampFile), {recursive: true});
	await writeFile(stampFile, `${JSON.stringify({inputs, outputs})}\n`);
}

/** Why distribution/ must be rebuilt, or undefined when it is up to date. */
export async function staleReason() {
	let stamp;
	try {
		stamp = JSON.parse(await readFile(stampFile, 'utf8'));
	} catch {
		return 'no record of a previous build';
	}

	const missing = stamp.outputs.find((file) => !existsSync(path.join(root, file)));
	if (missing) {
		return `${missing} is missing`;
	}

	const changed = Object.entries(stamp.inputs).find(([file, hash]) => hashOf(file) !== hash);
	return changed ? `${changed[0]} changed` : undefined;
}
