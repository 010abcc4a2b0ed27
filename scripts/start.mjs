// `npm start [-- ARGS]`: builds distribution/ only when an input changed (scripts/build-stamp.mjs),
// keeps the build quiet unless it fails, removes npm's own "> smtp-port-doctor start" banner
// from a terminal, then runs the app in this same process (one Node start, not two).
import {spawnSync} from 'node:child_process';
import process from 'node:process';
import {fileURLToPath} from 'node:url';
import {staleReason} from './build-stamp.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const isTerminal = process.stdout.isTTY === true && process.stderr.isTTY === true;

/**
 * Rows npm's banner took: it prints "\n> NAME@VERSION start\n> SCRIPT ARGS\n\n" before running
 * the script (not with --silent). Long lines wrap, so each line counts ceil(length / columns).
 */
function bannerRows() {
	const env = process.env;
	if (env.npm_lifecycle_event !== 'start' || env.npm_config_loglevel === 'silent') {
		return 0;
	}

	const columns = process.stdout.columns || 80;
	const args = process.argv.slice(2);
	const lines = [
		`> ${env.npm_package_name}@${env.npm_package_version} start`,
		`> ${[env.npm_lifecycle_script, ...args].join(' ')}`,
	];
	return 2 + lines.reduce((rows, line) => rows + Math.max(1, Math.ceil(line.length / columns)), 0);
}

const reason = await staleReason();
if (reason !== undefined) {
	if (isTerminal) {
		process.stderr.write(`Building distribution/ (${reason})...`);
	}

	const build = spawnSync(process.execPath, ['scripts/build.mjs'], {cwd: root, encoding: 'utf8'});
	if (build.status !== 0) {
		process.stderr.write(`\n${build.stdout}${build.stderr}npm start: the build failed\n`);
		process.exit(build.status ?? 1);
	}

	if (isTerminal) {
		// The progress line goes away: the app starts on a clean line.
		process.stderr.write('\r\u001B[2K');
	}
}

const rows = isTerminal ? bannerRows() : 0;
if (rows > 0) {
	// Up over the banner, then erase from there to the end of the screen.
	process.stdout.write(`\u001B[${rows}F\u001B[J`);
}

await import('../distribution/cli.js');
