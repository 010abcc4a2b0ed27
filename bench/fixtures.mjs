// Shared set-up for the benches, made once per `npm run bench`: the test CA and leaf, the four
// standard-port TLS servers on a loopback address of our own, and (optionally) a real Postfix
// from scripts/ci/mta.sh. `closeFixtures()` releases everything.
import {execFileSync} from 'node:child_process';
import {existsSync, readFileSync} from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {linkServerAddress} from './link.mjs';
import {repoRoot} from './run-cli.mjs';
import {makeTestCertificates, startSmtpServer, startStandardServers} from './tls-servers.mjs';

/** Loopback addresses tried for the standard-port servers (the first free one wins). */
export const serverCandidates = ['127.0.66.1', '127.0.66.3', '127.0.66.5'];
/** Loopback addresses for the delay proxies. */
export const proxyCandidates = ['127.0.66.2', '127.0.66.4', '127.0.66.6'];
/** Loopback addresses for the slow-banner servers of the concurrency bench. */
export const slowServerCandidates = ['127.0.66.7', '127.0.66.9', '127.0.66.11'];

let certificatesPromise;
let serversPromise;
const closers = [];

/** The test CA and a leaf valid for every address the benches use. */
export async function certificates() {
	certificatesPromise ??= makeTestCertificates([
		'127.0.0.1',
		...serverCandidates,
		...proxyCandidates,
		...slowServerCandidates,
		linkServerAddress,
	]);
	return certificatesPromise;
}

/**
 * The four TLS servers: {host, ports: [25, 465, 587, 2525], modeArgs, isStandard, close}. As root
 * they listen on the real port numbers of a loopback address of ours, so `check HOST` probes
 * them exactly as it would a real server (465 is TLS-first by its number). Without root they
 * fall back to STARTTLS servers on four free ports, probed with `--mode starttls`.
 */
export async function tlsServers() {
	serversPromise ??= (async () => {
		const certs = await certificates();
		const standard = await startStandardServers(serverCandidates, certs);
		if (standard) {
			closers.push(() => standard.close());
			return {host: standard.host, ports: [25, 465, 587, 2525], modeArgs: [], isStandard: true};
		}

		const servers = await Promise.all(
			[1, 2, 3, 4].map(async () => startSmtpServer({kind: 'starttls', certificates: certs})),
		);
		closers.push(async () => Promise.all(servers.map((server) => server.close())));
		return {
			host: '127.0.0.1',
			ports: servers.map((server) => server.port),
			modeArgs: ['--mode', 'starttls'],
			isStandard: false,
		};
	})();
	return serversPromise;
}

/** Registers something to close at the end. */
export function onClose(close) {
	closers.push(close);
}

/** Closes every fixture (servers, proxies). */
export async function closeFixtures() {
	const all = closers.splice(0);
	await Promise.all(all.map(async (close) => close()));
	certificatesPromise = undefined;
	serversPromise = undefined;
}

/**
 * The real Postfix of scripts/ci/mta.sh when it is there and up: {address, ca, version}, else
 * undefined with the reason. BENCH_MTA_ENV=FILE points at another mta.env (a Postfix started
 * from another checkout); the MTA is never started or stopped here.
 */
export async function postfix() {
	const script = path.join(repoRoot, 'scripts/ci/mta.sh');
	let envFile = process.env.BENCH_MTA_ENV;
	if (!envFile) {
		if (!existsSync(script)) {
			return {unavailable: 'no scripts/ci/mta.sh (set BENCH_MTA_ENV=.../mta.env to use one)'};
		}

		try {
			execFileSync('bash', [script, 'status'], {stdio: 'ignore'});
		} catch {
			return {unavailable: 'scripts/ci/mta.sh status: not running (bash scripts/ci/mta.sh up)'};
		}

		envFile = path.join(process.env.MTA_DIR ?? path.join(repoRoot, '.tmp/mta'), 'mta.env');
	}

	if (!existsSync(envFile)) {
		return {unavailable: `no ${envFile}`};
	}

	const values = Object.fromEntries(
		readFileSync(envFile, 'utf8')
			.split('\n')
			.filter((line) => line.includes('='))
			.map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
	);
	if (!values.MTA_ADDRESS || !values.MTA_CA || !existsSync(values.MTA_CA)) {
		return {unavailable: `${envFile} names no address or CA file`};
	}

	const isListening = await new Promise((resolve) => {
		const socket = net.connect({host: values.MTA_ADDRESS, port: 587});
		socket.setTimeout(1000, () => {
			socket.destroy();
			resolve(false);
		});
		socket.once('connect', () => {
			socket.destroy();
			resolve(true);
		});
		socket.once('error', () => {
			resolve(false);
		});
	});
	if (!isListening) {
		return {unavailable: `${envFile}: nothing listens on ${values.MTA_ADDRESS}:587`};
	}

	return {
		address: values.MTA_ADDRESS,
		ca: values.MTA_CA,
		version: values.MTA_POSTFIX_VERSION ?? '?',
	};
}

/** True when `import.meta.url` is the script node was started with. */
export function isMain(url) {
	return process.argv[1] !== undefined && pathToFileURL(path.resolve(process.argv[1])).href === url;
}
