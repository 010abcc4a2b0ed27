// The closing lines of .ci/run: one line per Node version, then the ONE plain
// "N passed, N failed" line CI reads, summed over every version. Reads the machine's own run
// (.tmp/vitest.json) and the runs scripts/ci/node-matrix.mjs lists in .tmp/node-matrix.json.
// A version whose report is missing (its run crashed before writing it) counts as a failure.
// The per-version lines are worded so that only the last line has the plain shape.
import {readFileSync} from 'node:fs';
import process from 'node:process';

const runs = [{version: process.versions.node, report: '.tmp/vitest.json'}];
try {
	runs.push(...JSON.parse(readFileSync('.tmp/node-matrix.json', 'utf8')));
} catch {}

let passed = 0;
let failed = 0;
let skipped = 0;
for (const {version, report: file} of runs) {
	try {
		const report = JSON.parse(readFileSync(file, 'utf8'));
		passed += report.numPassedTests;
		failed += report.numFailedTests;
		skipped += report.numPendingTests;
		console.log(
			`Node ${version}: ${report.numPassedTests} tests passed, ${report.numFailedTests} failed` +
				(report.numPendingTests ? `, ${report.numPendingTests} skipped` : ''),
		);
	} catch (error) {
		failed += 1;
		console.log(
			`Node ${version}: no test report (${error instanceof Error ? error.message : String(error)})`,
		);
	}
}

console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
