// The interactive app's start and memory, in a real pseudo-terminal (node-pty + xterm-headless):
// - time from spawning `smtp-doctor` to its first frame on screen, beside bare `node -e 0`
//   spawned the same way (target: under 2.5 x);
// - peak RSS (VmHWM) of a full lab run: start the lab, probe all four ports, open a port
//   detail, then quit (target: under 80 MB);
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

const cli = fileURLToPath(new URL('../distribution/cli.js', import.meta.url));
const runs = Number(process.env['BENCH_RUNS'] ?? 9);

function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
}

async function timeBareNode() {
	const started = performance.now();
	const screen = startScreen(process.execPath, ['-e', '0']);
	await screen.exited;
	const ms = performance.now() - started;
	screen.dispose();
	return ms;
}

// The floor: an Ink hello world bundled the same way (one line of text, then exit).
const helloDirectory = mkdtempSync(path.join(tmpdir(), 'smtp-doctor-bench-'));
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
const hello = path.join(helloDirectory, 'hello.js');

async function timeFirstFrame(file = cli) {
	const started = performance.now();
	const screen = startScreen(process.execPath, [file]);
	await screen.waitFor('smtp-doctor:', 15_000);
	const ms = performance.now() - started;
	screen.press('q');
	await screen.exited;
	screen.dispose();
	return ms;
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

// Warm the file cache once so the first sample is not an outlier.
await timeBareNode();
await timeFirstFrame();
const bare = [];
const app = [];
const floor = [];
for (let index = 0; index < runs; index++) {
	bare.push(await timeBareNode());
	app.push(await timeFirstFrame());
	floor.push(await timeFirstFrame(hello));
}

rmSync(helloDirectory, {recursive: true, force: true});
const sigterm = [];
const quitKey = [];
for (let index = 0; index < Math.min(runs, 5); index++) {
	sigterm.push(await quitLatency('SIGTERM'));
	quitKey.push(await quitLatency('q'));
}

const bareMs = median(bare);
const appMs = median(app);
const floorMs = median(floor);
const lab = await fullLabRun();
const bareRss =
	Number(
		(await import('node:child_process'))
			.execFileSync(process.execPath, [
				'-e',
				'process.stdout.write(String(process.resourceUsage().maxRSS))',
			])
			.toString(),
	) / 1024;

console.log(`TUI startup (pty, median of ${runs})`);
console.log(`  node -e 0 (spawn to exit)        ${bareMs.toFixed(0).padStart(6)} ms`);
console.log(
	`  smtp-doctor (spawn to 1st frame) ${appMs.toFixed(0).padStart(6)} ms   ${(appMs / bareMs).toFixed(2)} x bare node (target < 2.5 x)`,
);
console.log(
	`  Ink hello world, bundled (floor) ${floorMs.toFixed(0).padStart(6)} ms   ${(floorMs / bareMs).toFixed(2)} x bare node`,
);
console.log('TUI memory');
console.log(`  node -e 0 peak RSS               ${bareRss.toFixed(1).padStart(6)} MB`);
console.log(
	`  full lab run peak RSS (VmHWM)    ${lab.mb.toFixed(1).padStart(6)} MB   (target < 80 MB; exit code ${lab.exitCode})`,
);
console.log(`TUI quit latency mid-probe (pty, median of ${sigterm.length}; target < 500 ms)`);
for (const [name, samples] of [
	['SIGTERM to exit', sigterm],
	['q to exit', quitKey],
]) {
	const ms = median(samples.map((sample) => sample.ms));
	const codes = [...new Set(samples.map((sample) => sample.exitCode))].join('/');
	const isClean = samples.every((sample) => sample.isCursorShown && sample.openSockets === 0);
	console.log(
		`  ${name.padEnd(32)} ${ms.toFixed(0).padStart(6)} ms   exit ${codes}; cursor shown, sockets closed: ${isClean ? 'yes' : 'NO'}`,
	);
}
