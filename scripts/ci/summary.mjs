// The closing lines of .ci/run: one line per Node version (and one for the real-MTA tier),
// then the ONE plain "N passed, N failed" line CI reads, summed over every run. Reads the
// machine's own run (.tmp/vitest.json), the runs scripts/ci/node-matrix.mjs lists in
// .tmp/node-matrix.json, and the MTA tier's .tmp/vitest-mta.json when .ci/run's marker
// .tmp/mta-tier.ran says that step ran.
// A run whose report is missing (it crashed before writing it) counts as a failure.
// Where scripts/ci/rerun-failed.mjs ran failed files again (<report>-rerun.json), a test's
// second result replaces its first; each test that passed only the second time is printed as
// FLAKY by name, so a flaky test is never silent.
// The per-version lines are worded so that only the last line has the plain shape.
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import process from 'node:process';

const runs = [{version: process.versions.node, report: '.tmp/vitest.json'}];
try {
	runs.push(...JSON.parse(readFileSync('.tmp/node-matrix.json', 'utf8')));
} catch {}

// The real-MTA tier (tests/mta/, vitest.mta.config.ts) runs under the machine's Node only.
if (existsSync('.tmp/mta-tier.ran')) {
	runs.push({
		label: `MTA tier (Node ${process.versions.node})`,
		report: '.tmp/vitest-mta.json',
	});
}

/** file + " > " + full name -> status, for every test of a vitest JSON report. */
function statuses(file) {
	const report = JSON.parse(readFileSync(file, 'utf8'));
	const map = new Map();
	for (const result of report.testResults) {
		const name = path.relative(process.cwd(), result.name);
		for (const test of result.assertionResults) {
			map.set(`${name} > ${test.fullName}`, test.status);
		}

		// A file that failed with no test result (a worker that crashed) is one failure.
		if (result.status === 'failed' && result.assertionResults.length === 0) {
			map.set(`${name} (the whole file)`, 'failed');
		}
	}

	return map;
}

let passed = 0;
let failed = 0;
let skipped = 0;
const flaky = [];
for (const {version, label = `Node ${version}`, report: file} of runs) {
	try {
		const tests = statuses(file);
		const rerunFile = file.replace(/\.json$/, '-rerun.json');
		if (existsSync(rerunFile)) {
			const rerun = statuses(rerunFile);
			const rerunFiles = new Set([...rerun.keys()].map((key) => key.split(' > ')[0]));
			// The rerun covers whole files: their first results give way to the second ones.
			for (const [key, status] of tests) {
				const ownFile = key.split(' > ')[0].replace(/ \(the whole file\)$/, '');
				if (rerunFiles.has(ownFile) && !rerun.has(key)) {
					tests.delete(key);
				} else if (rerun.has(key) && status === 'failed' && rerun.get(key) === 'passed') {
					flaky.push(`${label}: ${key}`);
				}
			}

			for (const [key, status] of rerun) {
				tests.set(key, status);
			}
		}

		const count = (status) => [...tests.values()].filter((value) => value === status).length;
		const versionPassed = count('passed');
		const versionFailed = count('failed');
		const versionSkipped = tests.size - versionPassed - versionFailed;
		passed += versionPassed;
		failed += versionFailed;
		skipped += versionSkipped;
		console.log(
			`${label}: ${versionPassed} tests passed, ${versionFailed} failed` +
				(versionSkipped ? `, ${versionSkipped} skipped` : ''),
		);
	} catch (error) {
		failed += 1;
		console.log(
			`${label}: no test report (${error instanceof Error ? error.message : String(error)})`,
		);
	}
}

for (const line of flaky) {
	console.log(`FLAKY (failed, then passed when its file ran again): ${line}`);
}

console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
