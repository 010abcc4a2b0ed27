// The interactive app's start and memory, in a real pseudo-terminal (node-pty + xterm-headless),
// NODE_EXTRA_CA_CERTS unset (run-cli.mjs removes it from this process's environment):
// - time from spawning `smtp-doctor` to its first frame on screen, beside a bundled Ink hello
//   world spawned the same way in the same rounds (the floor of any Ink app; target: 1.10 x
//   it), and bare `node -e 0`;
// - peak RSS (VmHWM) of a full lab run: start the lab, probe all four ports, open a port
//   detail, then quit (target: 70 MiB), beside the hello world's;
// - quit latency: with a probe in the middle of waiting for a greeting (a loopback tarpit),
//   the time from SIGTERM, and from pressing q, to the process having exited (target: within
//   half a second, probes aborted, sockets closed, terminal restored).
// Prints figures; asserts nothing. Needs the build: `npm run build` (npm run bench does it).
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import net from 'node:net';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';
import {startScreen} from '../scripts/pty-screen.mjs';
import {figure, heading, printTally, summary} from './report.mjs';
import {cliPath, inheritedExtraCaCerts} from './run-cli.mjs';
import {isMain} from './fixtures.mjs';

const cli = cliPath;
const runs = Number(process.env['BENCH_TUI_RUNS'] ?? 9);

async function timeBareNode() {
	const started = performance.now();
	const screen = startScreen(process.execPath, ['-e', '0']);
	await screen.exited;
	const ms = performance.now() - started;
	screen.dispose();
	return ms;
}

// The floor: an Ink hello world bundled the same way (one line of text, then exit).
async function buildHello(helloDirectory) {
	await build({
		stdin: {
			contents:
				"import {createElement} from 'react'; import {render, Text} from 'ink'; render(createElement(Text, null, 'smtp-doctor: hello')); setTimeout(() => process.exit(0), 300);",
			resolveDir: fileURLToPath(new URL('..', import.meta.url)),
			loader: 'js',
		},
		outdir: helloDirectory,
		entryNames: 'hello',
		bundle: true,
		splitting: true,
		platform: 'node',
		format: 'esm',
		minify: true,
		define: {'process.env.NODE_ENV': '"production"'},
		external: ['react-devtools-core'],
		banner: {
			js: "import {createRequire as __cr} from 'node:module';const require=__cr(import.meta.url);",
		},
		logLevel: 'warning',
	});
	return path.join(helloDirectory, 'hello.js');
}

/** Spawn to first frame; also the peak RSS at that moment. */
async function timeFirstFrame(file = cli) {
	const started = performance.now();
	const screen = startScreen(process.execPath, [file]);
	await screen.waitFor('smtp-doctor:', 15_000);
	const ms = performance.now() - started;
	const mb = peakRssMb(screen.child.pid);
	screen.press('q');
	await screen.exited;
	screen.dispose();
	return {ms, mb};
}

function peakRssMb(pid) {
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	const match = /^VmHWM:\s+(\d+) kB/m.exec(status);
	return match ? Number(match[1]) / 1024 : Number.NaN;
}

async function pause(ms) {
	await new Promise((resolve) => {
		setTimeout(resolve, ms);
	});
}

async function fullLabRun() {
	const screen = startScreen(process.execPath, [cli, '--lab']);
	await screen.waitFor(/Use these settings|No port works/, 30_000);
	await pause(120);
	screen.press('j');
	await screen.waitFor('› 465');
	await pause(120);
	screen.press('\r');
	await screen.waitFor('Timeline');
	const mb = peakRssMb(screen.child.pid);
	screen.press('q');
	const {exitCode} = await screen.exited;
	screen.dispose();
	return {mb, exitCode};
}

/** A loopback server that accepts and never greets: the probe waits for the greeting. */
async function startTarpit() {
	const sockets = new Set();
	const server = net.createServer((socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
		socket.on('error', () => undefined);
	});
	await new Promise((resolve) => {
		server.listen(0, '127.0.0.1', resolve);
	});
	return {
		port: server.address().port,
		sockets,
		async close() {
			for (const socket of sockets) {
				socket.destroy();
			}

			await new Promise((resolve) => {
				server.close(resolve);
			});
		},
	};
}

/** Time from SIGTERM (or q) mid-probe to exit, and whether the probe's socket was closed by then. */
async function quitLatency(how) {
	const tarpit = await startTarpit();
	const screen = startScreen(process.execPath, [cli, '127.0.0.1', '--ports', String(tarpit.port)]);
	await screen.waitFor(/waiting for greeting/i, 15_000);
	await pause(50);
	const started = performance.now();
	if (how === 'SIGTERM') {
		screen.child.kill('SIGTERM');
	} else {
		screen.press('q');
	}

	const {exitCode} = await screen.exited;
	const ms = performance.now() - started;
	const raw = screen.raw();
	const isCursorShown = raw.lastIndexOf('\u001B[?25h') > raw.lastIndexOf('\u001B[?25l');
	// The process is gone, so its socket is closed; let the server see the FIN.
	await pause(20);
	const openSockets = tarpit.sockets.size;
	screen.dispose();
	await tarpit.close();
	return {ms, exitCode, isCursorShown, openSockets};
}

export async function run() {
	const helloDirectory = mkdtempSync(path.join(tmpdir(), 'smtp-doctor-bench-'));
	let hello;
	const bare = [];
	const app = [];
	const floor = [];
	try {
		hello = await buildHello(helloDirectory);
		// Warm the file cache once so the first sample is not an outlier.
		await timeBareNode();
		await timeFirstFrame();
		await timeFirstFrame(hello);
		for (let index = 0; index < runs; index++) {
			bare.push(await timeBareNode());
			app.push(await timeFirstFrame());
			floor.push(await timeFirstFrame(hello));
		}
	} finally {
		rmSync(helloDirectory, {recursive: true, force: true});
	}

	const sigterm = [];
	const quitKey = [];
	for (let index = 0; index < Math.min(runs, 5); index++) {
		sigterm.push(await quitLatency('SIGTERM'));
		quitKey.push(await quitLatency('q'));
	}

	const labs = [];
	for (let index = 0; index < 3; index++) {
		labs.push(await fullLabRun());
	}

	const appMs = summary(app.map((sample) => sample.ms));
	const floorMs = summary(floor.map((sample) => sample.ms));
	const ratio = summary(app.map((sample, index) => sample.ms / floor[index].ms));
	heading(
		`TUI start-up (pty, spawn to first frame, median of ${runs} interleaved rounds; NODE_EXTRA_CA_CERTS ${inheritedExtraCaCerts ? 'unset (this machine sets it)' : 'not set'})`,
	);
	figure('node -e 0 (spawn to exit, pty)', summary(bare).median, {spread: summary(bare)});
	figure('Ink hello world, bundled (the floor)', floorMs.median, {spread: floorMs});
	figure('smtp-doctor first frame', appMs.median, {spread: appMs, floor: floorMs.median});
	figure('first frame / Ink hello world, same rounds', ratio.median, {
		unit: 'x',
		spread: ratio,
		floor: 1,
		target: 1.1,
	});
	heading('TUI memory (peak RSS, VmHWM)');
	const helloRss = summary(floor.map((sample) => sample.mb));
	figure('Ink hello world at its first frame', helloRss.median, {unit: 'MiB', spread: helloRss});
	figure('smtp-doctor at its first frame', summary(app.map((sample) => sample.mb)).median, {
		unit: 'MiB',
		spread: summary(app.map((sample) => sample.mb)),
	});
	const labRss = summary(labs.map((lab) => lab.mb));
	figure('full lab run (lab, 4 probes, port detail)', labRss.median, {
		unit: 'MiB',
		spread: labRss,
		floor: helloRss.median,
		target: 70,
		note: `${labs.length} runs, exit codes ${[...new Set(labs.map((lab) => lab.exitCode))].join('/')}`,
	});
	heading(`TUI quit latency mid-probe (pty, median of ${sigterm.length})`);
	for (const [name, samples] of [
		['SIGTERM to exit', sigterm],
		['q to exit', quitKey],
	]) {
		const ms = summary(samples.map((sample) => sample.ms));
		const codes = [...new Set(samples.map((sample) => sample.exitCode))].join('/');
		const isClean = samples.every((sample) => sample.isCursorShown && sample.openSockets === 0);
		figure(name, ms.median, {
			spread: ms,
			target: 500,
			note: `exit ${codes}; cursor shown, sockets closed: ${isClean ? 'yes' : 'NO'}`,
		});
	}
}

if (isMain(import.meta.url)) {
	await run();
	printTally();
}
