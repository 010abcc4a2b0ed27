// Runs once more the test files that failed in a vitest JSON report, and only those:
// `node scripts/ci/rerun-failed.mjs <report.json>` (exit 0 when they all pass the second time).
// These machines are shared and have two cores; a test that waits on a real server or a real
// terminal can lose a race to the load itself. A second run tells that apart from a broken
// test: the failure stays in the logs, scripts/ci/summary.mjs prints every test that passed
// only on the second run as FLAKY (by name), and a test that fails twice fails CI.
// The second run writes <report>-rerun.json next to the report. A run that failed with no
// failed file (an unhandled error after every test passed) is not rerun: it stays a failure.
import {spawnSync} from 'node:child_process';
import {existsSync, readFileSync, rmSync} from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import {fileURLToPath} from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The -rerun.json file next to `report`. */
export function rerunReportOf(report) {
	return report.replace(/\.json$/, '-rerun.json');
}

/** Files of `report` with a failed test, or that failed as a whole (a worker that crashed). */
export function failedFiles(report) {
	const json = JSON.parse(readFileSync(path.resolve(root, report), 'utf8'));
	return json.testResults
		.filter(
			(file) =>
				file.status === 'failed' || file.assertionResults.some((test) => test.status === 'failed'),
		)
		.map((file) => path.relative(root, file.name));
}

/** Reruns the failed files of `report` under `node` (with `env`); true when they all pass. */
export function rerunFailed(report, {node = process.execPath, env = process.env} = {}) {
	const rerun = rerunReportOf(report);
	rmSync(path.resolve(root, rerun), {force: true});
	if (!existsSync(path.resolve(root, report))) {
		console.log(`rerun-failed: no report at ${report}: nothing to rerun`);
		return false;
	}

	const files = failedFiles(report);
	if (files.length === 0) {
		console.log(`rerun-failed: ${report} has no failed file (an unhandled error?): not rerun`);
		return false;
	}

	console.log(`\nrerun-failed: running again, once: ${files.join(' ')}`);
	const run = spawnSync(
		node,
		[
			path.join(root, 'node_modules', 'vitest', 'vitest.mjs'),
			'run',
			'--reporter=default',
			'--reporter=json',
			`--outputFile.json=${rerun}`,
			...files,
		],
		{cwd: root, stdio: 'inherit', env},
	);
	return run.status === 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const [report] = process.argv.slice(2);
	if (!report) {
		console.error('usage: node scripts/ci/rerun-failed.mjs <vitest-report.json>');
		process.exit(2);
	}

	process.exitCode = rerunFailed(report) ? 0 : 1;
}
