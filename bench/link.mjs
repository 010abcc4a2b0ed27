// A real routed link with a round-trip delay between two network namespaces of our own:
//
//   client ns "bnch-<pid>-c"  198.51.100.1 --tun--[tun-link.py: +ONE_WAY ms each way]--tun--
//   198.51.100.2  server ns "bnch-<pid>-s" (bench/serve.mjs: ports 25, 465, 587, 2525; echo 7)
//
// TCP runs end to end, so the connect, every ACK and the TLS 1.3 ticket stall cost what they
// cost on a real path (the delay proxy cannot model ACKs). Needs root, /dev/net/tun, python3 and
// iproute2; startLink() returns undefined (with the reason) when one is missing. Both namespaces
// (and the devices in them) are removed by close() and, failing that, when the process exits.
// Documentation prefix only (RFC 5737), and each namespace has an unreachable default route:
// nothing can leave them.
import {execFileSync, spawn} from 'node:child_process';
import {existsSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {scratchDirectory} from './run-cli.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
export const linkClientAddress = '198.51.100.1';
export const linkServerAddress = '198.51.100.2';

function ip(...args) {
	execFileSync('ip', args, {stdio: ['ignore', 'ignore', 'pipe']});
}

function whyUnavailable() {
	if (process.getuid?.() !== 0) {
		return 'needs root (network namespaces)';
	}

	if (!existsSync('/dev/net/tun')) {
		return 'no /dev/net/tun';
	}

	if (!existsSync('/usr/bin/python3')) {
		return 'no python3';
	}

	if (!['/usr/sbin/ip', '/usr/bin/ip', '/sbin/ip', '/bin/ip'].some((file) => existsSync(file))) {
		return 'no ip (iproute2)';
	}

	return undefined;
}

/** Waits for `text` on a child's stdout (or its exit). */
async function waitForLine(child, text) {
	await new Promise((resolve, reject) => {
		let output = '';
		const onData = (chunk) => {
			output += chunk;
			if (output.includes(text)) {
				child.stdout.removeListener('data', onData);
				resolve();
			}
		};

		child.stdout.setEncoding('utf8').on('data', onData);
		child.once('exit', (code) => {
			reject(new Error(`exited with ${code} before "${text}"`));
		});
	});
}

/**
 * Builds the link and starts the servers behind it. `certificates` {key, cert} must be valid
 * for linkServerAddress. Resolves {oneWayMs, wrap (prefix for commands run in the client
 * namespace), host, close()} or {unavailable: reason}.
 */
export async function startLink({oneWayMs, certificates}) {
	const reason = whyUnavailable();
	if (reason) {
		return {unavailable: reason};
	}

	const tag = `bnch-${process.pid}`;
	const clientNs = `${tag}-c`;
	const serverNs = `${tag}-s`;
	const clientTun = `bc${process.pid}`.slice(0, 15);
	const serverTun = `bs${process.pid}`.slice(0, 15);
	let isClosed = false;
	const cleanup = () => {
		if (isClosed) {
			return;
		}

		isClosed = true;
		for (const ns of [clientNs, serverNs]) {
			try {
				// Deleting a namespace destroys the TUN device inside it.
				ip('netns', 'delete', ns);
			} catch {
				// Not created (yet): nothing to remove.
			}
		}
	};

	process.once('exit', cleanup);
	const tun = spawn(
		'/usr/bin/python3',
		[path.join(here, 'tun-link.py'), String(oneWayMs), clientTun, serverTun],
		{
			stdio: ['pipe', 'pipe', 'inherit'],
		},
	);
	let server;
	try {
		await waitForLine(tun, 'ready');
		ip('netns', 'add', clientNs);
		ip('netns', 'add', serverNs);
		for (const [ns, device, local, remote] of [
			[clientNs, clientTun, linkClientAddress, linkServerAddress],
			[serverNs, serverTun, linkServerAddress, linkClientAddress],
		]) {
			ip('link', 'set', device, 'netns', ns);
			ip('-n', ns, 'link', 'set', 'lo', 'up');
			ip('-n', ns, 'addr', 'add', local, 'peer', remote, 'dev', device);
			ip('-n', ns, 'link', 'set', device, 'up');
			// The guard: the peer is the only route; everything else is unreachable.
			ip('-n', ns, 'route', 'add', 'unreachable', 'default');
		}

		const folder = scratchDirectory('link');
		const keyFile = path.join(folder, 'leaf.key');
		const certFile = path.join(folder, 'leaf.pem');
		writeFileSync(keyFile, certificates.key, {mode: 0o600});
		writeFileSync(certFile, certificates.cert);
		server = spawn(
			'ip',
			[
				'netns',
				'exec',
				serverNs,
				process.execPath,
				path.join(here, 'serve.mjs'),
				linkServerAddress,
				keyFile,
				certFile,
			],
			{stdio: ['pipe', 'pipe', 'inherit']},
		);
		await waitForLine(server, 'ready');
	} catch (error) {
		server?.kill();
		tun.stdin.end();
		tun.kill();
		cleanup();
		return {unavailable: `link setup failed: ${error.message}`};
	}

	return {
		oneWayMs,
		host: linkServerAddress,
		wrap: ['ip', 'netns', 'exec', clientNs],
		async close() {
			const exited = (child) =>
				new Promise((resolve) => {
					if (child.exitCode !== null || child.signalCode !== null) {
						resolve();
					} else {
						child.once('exit', resolve);
					}
				});
			server.stdin.end();
			await exited(server);
			tun.stdin.end();
			await exited(tun);
			cleanup();
			process.removeListener('exit', cleanup);
		},
	};
}

/**
 * The link's round trip as TCP sees it: median of `count` one-byte echoes through port 7,
 * measured from inside the client namespace.
 */
export async function measureLinkRtt(link, count = 15) {
	const script = `
const net = require('node:net');
const socket = net.connect({host: ${JSON.stringify(link.host)}, port: 7, noDelay: true});
const times = [];
let sent;
const ping = () => { sent = performance.now(); socket.write('x'); };
socket.on('connect', ping);
socket.on('data', () => {
	times.push(performance.now() - sent);
	if (times.length < ${count}) { ping(); } else { socket.destroy(); times.sort((a, b) => a - b); console.log(times[Math.floor(times.length / 2)]); }
});`;
	const output = execFileSync(
		link.wrap[0],
		[...link.wrap.slice(1), process.execPath, '-e', script],
		{
			encoding: 'utf8',
		},
	);
	return Number(output.trim());
}
