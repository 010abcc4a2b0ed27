// Start-up of the single executable (release/smtp-doctor, `npm run package`) next to the
// bundled script (distribution/cli.js, `npm run build`) and bare Node, on the same machine:
//   bare node -e 0 (Node 20 here, and the Node 24 the file is made of)
//   --version, and check --json against a fast local SMTP server (start to exit)
//   the interactive app in a pty, start to its first frame (Home screen)
// Median and fastest of BENCH_RUNS (default 15) interleaved runs after one warm-up each, so a
// load spike on a shared machine hits every case alike. NODE_EXTRA_CA_CERTS is unset for every
// child (on these machines it adds ~30 ms to each Node start). Prints figures; never fails on
// timing. Usage: npm run build && npm run package && node bench/startup-sea.mjs
import {spawn} from 'node:child_process';
import {existsSync, statSync} from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import process from 'node:process';
import {fileURLToPath} from 'node:url';
import {ensureNode} from '../scripts/ci/node-cache.mjs';
import {startScreen} from '../scripts/pty-screen.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = path.join(root, 'distribution', 'cli.js');
const sea = path.join(root, 'release', 'smtp-doctor');
const runs = Number(process.env.BENCH_RUNS ?? 15);

for (const [file, how] of [
	[cli, 'npm run build'],
	[sea, 'npm run package'],
]) {
	if (!existsSync(file)) {
		console.error(`startup-sea: ${path.relative(root, file)} is missing: run \`${how}\``);
		process.exit(1);
	}
}

const env = {...process.env, LANG: 'C'};
delete env.NODE_EXTRA_CA_CERTS;
delete env.NODE_OPTIONS;

/** A plain SMTP server that answers at once: the check's own work stays small. */
async function startFastSmtp() {
	const sockets = new Set();
	const server = net.createServer((socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
		socket.on('error', () => undefined);
		socket.write('220 bench ESMTP\r\n');
		socket.on('data', (chunk) => {
			const verb = String(chunk).slice(0, 4).toUpperCase();
			socket.write(
				verb === 'QUIT' ? '221 bye\r\n' : verb === 'EHLO' ? '250 bench\r\n' : '250 ok\r\n',
			);
			if (verb === 'QUIT') socket.end();
		});
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
	return {
		port: server.address().port,
		close: () =>
			new Promise((resolve) => {
				for (const socket of sockets) socket.destroy();
				server.close(resolve);
			}),
	};
}

/**
 * Milliseconds from spawn to exit of `file args`, output discarded. A check of a plain-text-only
 * server ends with 1 (plain text is never recommended): a finished run either way.
 */
function timeRun(file, args, okCodes = [0]) {
	return new Promise((resolve, reject) => {
		const started = process.hrtime.bigint();
		const child = spawn(file, args, {env, stdio: 'ignore'});
		child.once('error', reject);
		child.once('exit', (code) => {
			if (!okCodes.includes(code)) {
				reject(new Error(`${file} ${args.join(' ')} exited with ${code}`));
				return;
			}

			resolve(Number(process.hrtime.bigint() - started) / 1e6);
		});
	});
}

/** Milliseconds from spawn to the app's first frame in an 80x24 pty. */
async function timeFirstFrame(file, args) {
	const started = process.hrtime.bigint();
	const screen = startScreen(file, args, {cols: 80, rows: 24, env: {...env, HOME: root}});
	try {
		await screen.waitFor('q quit', 30_000);
		return Number(process.hrtime.bigint() - started) / 1e6;
	} finally {
		screen.press('q');
		await screen.exited;
		screen.dispose();
	}
}

const median = (list) => {
	const sorted = [...list].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
};

const node24 = await ensureNode(24, {isCurrentAllowed: false});
const ownMajor = process.versions.node.split('.')[0];
const server = await startFastSmtp();
const check = ['check', '127.0.0.1', '--ports', String(server.port), '--mode', 'none', '--json'];
const cases = [
	[`node ${ownMajor} -e 0 (bare)`, () => timeRun(process.execPath, ['-e', '0'])],
	['node 24 -e 0 (bare)', () => timeRun(node24, ['-e', '0'])],
	[`node ${ownMajor} cli.js --version`, () => timeRun(process.execPath, [cli, '--version'])],
	['node 24 cli.js --version', () => timeRun(node24, [cli, '--version'])],
	['single file --version', () => timeRun(sea, ['--version'])],
	[
		`node ${ownMajor} cli.js check --json`,
		() => timeRun(process.execPath, [cli, ...check], [0, 1]),
	],
	['node 24 cli.js check --json', () => timeRun(node24, [cli, ...check], [0, 1])],
	['single file check --json', () => timeRun(sea, check, [0, 1])],
	['node 24 cli.js: app first frame', () => timeFirstFrame(node24, [cli])],
	['single file: app first frame', () => timeFirstFrame(sea, [])],
];

try {
	for (const [, measure] of cases) {
		await measure();
	}

	const samples = cases.map(() => []);
	for (let round = 0; round < runs; round++) {
		for (const [index, [, measure]] of cases.entries()) {
			samples[index].push(await measure());
		}
	}

	const format = (ms) => `${ms.toFixed(1).padStart(7)} ms`;
	console.log(
		`startup-sea (median / fastest of ${runs} interleaved runs; NODE_EXTRA_CA_CERTS unset)`,
	);
	for (const [index, [name]] of cases.entries()) {
		console.log(
			`  ${name.padEnd(34)} ${format(median(samples[index]))}   ${format(Math.min(...samples[index]))}`,
		);
	}

	const mib = (file) => `${(statSync(file).size / 1024 / 1024).toFixed(1)} MiB`;
	console.log(`  release/smtp-doctor ${mib(sea)}; Node 24 binary ${mib(node24)} (unstripped)`);
} finally {
	await server.close();
}
