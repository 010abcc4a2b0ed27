// Start-up and memory of the headless CLI next to bare Node, NODE_EXTRA_CA_CERTS unset (see
// run-cli.mjs): node -e 0 | smtp-doctor --version | check --json of the four TLS servers with
// --ca | the floor prober (floor-probe.cjs: the least any Node program can do for the same
// facts). Interleaved rounds; ratios are taken within a round (same load), then the median.
import {existsSync, readdirSync, readFileSync, rmSync, statSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {certificates, closeFixtures, isMain, tlsServers} from './fixtures.mjs';
import {
	assertBuilt,
	cliPath,
	inheritedExtraCaCerts,
	interleave,
	scratchDirectory,
	timeNode,
} from './run-cli.mjs';
import {figure, heading, printTally, summary} from './report.mjs';

const runs = Number(process.env.BENCH_RUNS ?? 21);
const floorProbe = fileURLToPath(new URL('floor-probe.cjs', import.meta.url));
const moduleLog = fileURLToPath(new URL('module-log.mjs', import.meta.url));

/** Files (and KiB) a command loads, from one extra run under bench/module-log.mjs. */
async function loadedFiles(args) {
	const log = path.join(scratchDirectory('modules'), 'loaded.txt');
	await timeNode(['--import', moduleLog, ...args], {env: {BENCH_MODULE_LOG: log}});
	let files = [];
	try {
		files = [...new Set(readFileSync(log, 'utf8').trim().split('\n').filter(Boolean))];
	} finally {
		rmSync(log, {force: true});
	}

	const bytes = files.reduce((sum, file) => sum + statSync(file).size, 0);
	return {count: files.length, kib: bytes / 1024};
}

/** Checks a sample: exit code allowed, JSON (when asked) parses. */
function expectCode(sample, codes, what) {
	if (!codes.includes(sample.code)) {
		throw new Error(`${what} exited ${sample.code}: ${sample.stderr.trim().slice(0, 300)}`);
	}

	return sample;
}

export async function run() {
	assertBuilt();
	const certs = await certificates();
	const servers = await tlsServers();
	const checkArgs = [
		cliPath,
		'check',
		servers.host,
		'--ports',
		servers.ports.join(','),
		...servers.modeArgs,
		'--ca',
		certs.caFile,
		'--json',
	];
	const floorArgs = [
		floorProbe,
		servers.host,
		certs.caFile,
		...servers.ports.map((port) =>
			servers.isStandard && port === 465 ? `${port}:implicit` : `${port}`,
		),
	];
	const cases = [
		async () => timeNode(['-e', '0']),
		async () => expectCode(await timeNode([cliPath, '--version']), [0], '--version'),
		async () => {
			const sample = expectCode(await timeNode(checkArgs), [0], 'check --json');
			const result = JSON.parse(sample.stdout);
			return {...sample, probeMs: result.durationMs};
		},
		async () => expectCode(await timeNode(floorArgs), [0], 'floor prober'),
		...(inheritedExtraCaCerts
			? [async () => timeNode(['-e', '0'], {env: {NODE_EXTRA_CA_CERTS: inheritedExtraCaCerts}})]
			: []),
	];
	const [bare, version, check, floor, bareWithExtra] = await interleave(cases, runs);
	const ratios = (samples, key = 'ms') =>
		summary(samples.map((sample, round) => sample[key] / bare[round][key]));
	const wall = (samples) => summary(samples.map((sample) => sample.ms));
	const cpu = (samples) => summary(samples.map((sample) => sample.cpuMs));
	const rss = (samples) => summary(samples.map((sample) => sample.rssMiB));

	heading(
		`start-up, headless (node ${process.version}, median of ${runs} interleaved runs; NODE_EXTRA_CA_CERTS unset for every figure: ${
			inheritedExtraCaCerts
				? `this machine sets it to ${inheritedExtraCaCerts}, which adds ${(
						wall(bareWithExtra).median - wall(bare).median
					).toFixed(
						0,
					)} ms to every Node start: bare node ${wall(bareWithExtra).median.toFixed(0)} ms with it`
				: 'it is not set here'
		})`,
	);
	const bareWall = wall(bare);
	figure('node -e 0 (wall)', bareWall.median, {spread: bareWall});
	figure('smtp-doctor --version (wall)', wall(version).median, {spread: wall(version)});
	const versionRatio = ratios(version);
	figure('smtp-doctor --version / node -e 0', versionRatio.median, {
		unit: 'x',
		spread: versionRatio,
		floor: 1,
		target: 1.25,
	});
	const checkName = `check --json, ${servers.ports.length} TLS ports --ca`;
	figure(`${checkName} (wall)`, wall(check).median, {
		spread: wall(check),
		note: `the probe itself: ${summary(check.map((sample) => sample.probeMs)).median} ms of it`,
	});
	figure('floor prober, same 4 ports (wall)', wall(floor).median, {spread: wall(floor)});
	const checkRatio = ratios(check);
	const floorRatio = ratios(floor);
	figure(`${checkName} / node -e 0`, checkRatio.median, {
		unit: 'x',
		spread: checkRatio,
		floor: floorRatio.median,
		target: 4,
	});
	if (!servers.isStandard) {
		console.log('  (not root: four STARTTLS servers on free ports, probed with --mode starttls)');
	}

	heading('CPU per run (user + system of the child; Node starts helper threads, so CPU > wall)');
	figure('node -e 0', cpu(bare).median, {spread: cpu(bare)});
	figure('smtp-doctor --version', cpu(version).median, {
		spread: cpu(version),
		floor: cpu(bare).median,
	});
	figure(checkName, cpu(check).median, {spread: cpu(check), floor: cpu(floor).median});
	heading('peak RSS (maxrss of the child)');
	figure('node -e 0', rss(bare).median, {unit: 'MiB', spread: rss(bare)});
	figure('floor prober, 4 TLS ports', rss(floor).median, {unit: 'MiB', spread: rss(floor)});
	figure(checkName, rss(check).median, {
		unit: 'MiB',
		spread: rss(check),
		floor: rss(floor).median,
		target: 50,
	});

	const versionFiles = await loadedFiles([cliPath, '--version']);
	const checkFiles = await loadedFiles(checkArgs);
	const chunkFolder = path.join(path.dirname(cliPath), 'chunks');
	const chunks = existsSync(chunkFolder) ? readdirSync(chunkFolder) : [];
	heading('what loads');
	console.log(
		`  --version loads ${versionFiles.count} files (${versionFiles.kib.toFixed(0)} KiB); check --json ${checkFiles.count} files (${checkFiles.kib.toFixed(0)} KiB); distribution/ has check.cjs (${(statSync(path.join(path.dirname(cliPath), 'check.cjs')).size / 1024).toFixed(0)} KiB, the one-file build check runs), ui.js (${(statSync(path.join(path.dirname(cliPath), 'ui.js')).size / 1024).toFixed(0)} KiB, the one-file build the interactive app runs) and app.js + ${chunks.length} chunks (every other command)`,
	);
}

if (isMain(import.meta.url)) {
	try {
		await run();
		printTally();
	} finally {
		await closeFixtures();
	}
}
