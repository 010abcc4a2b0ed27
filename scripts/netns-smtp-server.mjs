// SMTP servers for the network-namespace tests (tests/helpers/netns.ts), run inside a lab
// namespace: `ip netns exec NS node scripts/netns-smtp-server.mjs CONFIG.json`.
//
// CONFIG lists listeners ({host, port, kind}); kind is "smtp" (smtp-server, STARTTLS offered
// only when a key and certificate are given), "implicit-tls" (smtp-server with TLS right after
// connect) or "silent" (accepts and never speaks: a tarpit). Lines on stdout, one event each:
//   NETNS-SERVER-READY [listeners]      every listener is bound
//   NETNS-SERVER-CONNECTION PORT ADDR   a client connected (so tests can count connections)
//   NETNS-SERVER-ERROR MESSAGE          a listener could not start (the process exits 1)
// The server stops when stdin ends (the test process died or closed the pipe) or on SIGTERM.
import {readFileSync} from 'node:fs';
import net from 'node:net';
import {SMTPServer} from 'smtp-server';

const config = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const servers = [];
const sockets = new Set();

function report(line) {
	process.stdout.write(`${line}\n`);
}

function track(socket) {
	sockets.add(socket);
	socket.on('error', () => undefined);
	socket.on('close', () => sockets.delete(socket));
}

function makeSmtp(listener) {
	// Without a certificate, offer no STARTTLS: smtp-server would use its built-in expired one.
	const tlsOptions =
		config.key && config.cert ? {key: config.key, cert: config.cert} : {hideSTARTTLS: true};
	return new SMTPServer({
		...tlsOptions,
		secure: listener.kind === 'implicit-tls',
		name: config.name ?? 'mx.lab.example',
		banner: config.banner ?? 'netns lab',
		logger: false,
		disableReverseLookup: true,
		authOptional: true,
		size: 10_485_760,
		onConnect(session, callback) {
			report(`NETNS-SERVER-CONNECTION ${listener.port} ${session.remoteAddress}`);
			callback();
		},
		onAuth(_auth, _session, callback) {
			callback(new Error('535 5.7.8 lab server accepts no login'));
		},
		onData(stream, _session, callback) {
			stream.resume();
			stream.on('end', () => callback());
		},
	});
}

function makeSilent(listener) {
	return net.createServer((socket) => {
		track(socket);
		report(`NETNS-SERVER-CONNECTION ${listener.port} ${socket.remoteAddress}`);
		// Reads and drops what the client sends, so a closed client closes this socket too.
		socket.resume();
	});
}

async function listen(listener) {
	const server = listener.kind === 'silent' ? makeSilent(listener) : makeSmtp(listener);
	const raw = listener.kind === 'silent' ? server : server.server;
	await new Promise((resolve, reject) => {
		raw.once('error', reject);
		server.listen(listener.port, listener.host, () => {
			raw.off('error', reject);
			resolve();
		});
	});
	if (listener.kind !== 'silent') {
		server.on('error', () => undefined);
		raw.on('connection', track);
	}

	servers.push(server);
}

let isStopping = false;
function stop(code) {
	if (isStopping) {
		return;
	}

	isStopping = true;
	for (const socket of sockets) {
		socket.destroy();
	}

	let open = servers.length;
	if (open === 0) {
		process.exit(code);
	}

	for (const server of servers) {
		server.close(() => {
			open--;
			if (open === 0) {
				process.exit(code);
			}
		});
	}
}

process.on('SIGTERM', () => stop(0));
process.stdin.on('end', () => stop(0));
process.stdin.on('error', () => stop(0));
process.stdin.resume();

try {
	await Promise.all(config.listeners.map((listener) => listen(listener)));
	report(`NETNS-SERVER-READY ${JSON.stringify(config.listeners)}`);
} catch (error) {
	report(`NETNS-SERVER-ERROR ${String(error?.message ?? error).replaceAll('\n', ' ')}`);
	stop(1);
}
