// Runs the test suite under other Node versions: `node scripts/ci/node-matrix.mjs [22,24]
// [vitest arguments...]`. Each version's official binary comes from the npm registry
// (scripts/ci/node-cache.mjs) and goes first on PATH, so vitest, its workers
// (process.execPath) and everything the tests start by name (`node` in a pty, `sh -c node ...`)
// run under it; tests/package/node-version.test.ts checks that from the inside.
// Each run writes .tmp/vitest-node<MAJOR>.json, listed in .tmp/node-matrix.json;
// scripts/ci/summary.mjs adds them up. The machine's own major is left out of the default list
// (.ci/run already ran the suite under it).
// A failed run gets one more run of its failed files (scripts/ci/rerun-failed.mjs).
// Exits 1 when any version has a test that failed twice (after running all of them).
import {spawnSync} from 'node:child_process';
import {mkdirSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import {ensureNode, root} from './node-cache.mjs';
import {rerunFailed} from './rerun-failed.mjs';

const [first, ...rest] = process.argv.slice(2);
const hasList = first !== undefined && /^\d+(?:,\d+)*$/.test(first);
const ownMajor = Number(process.versions.node.split('.')[0]);
const majors = hasList
	? first.split(',').map(Number)
	: [22, 24].filter((major) => major !== ownMajor);
const vitestArguments = hasList ? rest : process.argv.slice(2);

mkdirSync(path.join(root, '.tmp'), {recursive: true});
let hasFailure = false;
const runs = [];
for (const major of majors) {
	const node = await ensureNode(major);
	const report = path.join('.tmp', `vitest-node${major}.json`);
	rmSync(path.join(root, report), {force: true});
	const version = spawnSync(node, ['-p', 'process.versions.node'], {
		encoding: 'utf8',
	}).stdout.trim();
	runs.push({version, report});
	writeFileSync(path.join(root, '.tmp', 'node-matrix.json'), `${JSON.stringify(runs)}\n`);
	console.log(`\nnode-matrix: Node ${version} (${node})`);
	const env = {
		...process.env,
		PATH: `${path.dirname(node)}${path.delimiter}${process.env.PATH ?? ''}`,
		SMTP_DOCTOR_EXPECT_NODE: String(major),
	};
	const run = spawnSync(
		node,
		[
			path.join(root, 'node_modules', 'vitest', 'vitest.mjs'),
			'run',
			'--reporter=default',
			'--reporter=json',
			`--outputFile.json=${report}`,
			...vitestArguments,
		],
		{
			cwd: root,
			stdio: 'inherit',
			env,
		},
	);
	if (run.status !== 0) {
		console.log(`node-matrix: Node ${version}: vitest exited with ${run.status ?? run.signal}`);
		// Once more for the failed files only (scripts/ci/rerun-failed.mjs says why).
		if (!rerunFailed(report, {node, env})) {
			hasFailure = true;
		}
	}
}

process.exitCode = hasFailure ? 1 : 0;
