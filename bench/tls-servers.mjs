// Real TLS SMTP servers for the benches, on loopback: a test CA made for this run (selfsigned,
// EC P-256 like the lab and scripts/ci/mta.sh), a leaf valid for the addresses used, and
// node:tls servers that speak like a submission server: 465 implicit TLS, 587 and 2525
// STARTTLS (AUTH only after TLS), 25 STARTTLS without AUTH.
//
// Like Postfix, the server sockets keep Nagle's algorithm on (net's default), each reply is one
// write, and replies are written after the event loop turn that read the command (Postfix reads,
// then writes, in separate system calls). That matters: after a TLS 1.3 handshake the server
// writes its session tickets at once, and its next small write (the banner on 465, the EHLO
// reply after STARTTLS) waits for our ACK of them: the "ticket stall" of issue 15. Node's own
// TLS server would otherwise coalesce tickets and reply into one write and hide it.
import {writeFileSync} from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import tls from 'node:tls';
import {generate} from 'selfsigned';
import {scratchDirectory} from './run-cli.mjs';

/** The standard ports and what each one speaks. */
export const standardPorts = [
	{port: 25, kind: 'starttls', auth: false},
	{port: 465, kind: 'implicit', auth: true},
	{port: 587, kind: 'starttls', auth: true},
	{port: 2525, kind: 'starttls', auth: true},
];

/**
 * A CA and a leaf for `addresses` (IP SANs) and bench.test; writes ca.pem into a scratch folder.
 * Returns {ca, key, cert, caFile}.
 */
export async function makeTestCertificates(addresses) {
	const day = 86_400_000;
	const now = Date.now();
	const common = {
		keyType: 'ec',
		curve: 'P-256',
		algorithm: 'sha256',
		notBeforeDate: new Date(now - day),
		notAfterDate: new Date(now + 30 * day),
	};
	const ca = await generate([{name: 'commonName', value: 'smtp-doctor bench CA'}], {
		...common,
		extensions: [
			{name: 'basicConstraints', cA: true, critical: true},
			{name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true},
		],
	});
	const leaf = await signLeaf({ca, common}, addresses);
	const caFile = path.join(scratchDirectory('ca'), 'ca.pem');
	writeFileSync(caFile, ca.cert);
	return {ca: ca.cert, key: leaf.private, cert: leaf.cert, caFile, issuer: {ca, common}};
}

/** A leaf for `addresses` (IP SANs) and bench.test signed by `issuer` (a result's `issuer`). */
export async function signLeaf({ca, common}, addresses) {
	return generate([{name: 'commonName', value: 'bench.test'}], {
		...common,
		extensions: [
			{name: 'basicConstraints', cA: false, critical: true},
			{name: 'keyUsage', digitalSignature: true, critical: true},
			{name: 'extKeyUsage', serverAuth: true},
			{
				name: 'subjectAltName',
				altNames: [{type: 2, value: 'bench.test'}, ...addresses.map((ip) => ({type: 7, ip}))],
			},
		],
		ca: {key: ca.private, cert: ca.cert},
	});
}

/**
 * One SMTP session over `socket` (plain or TLS). `upgrade(socket)` returns the server TLS socket
 * for STARTTLS; undefined when the port is implicit TLS already.
 */
function serve(socket, {kind, auth, bannerDelayMs, secureContext, sockets}) {
	let isEncrypted = kind === 'implicit';
	let buffer = '';
	let current = socket;
	const write = (text, end = false) => {
		const target = current;
		setImmediate(() => {
			if (!target.destroyed) {
				if (end) {
					target.end(text);
				} else {
					target.write(text);
				}
			}
		});
	};

	const greet = () => {
		write('220 bench.test ESMTP bench\r\n');
	};

	const timer = bannerDelayMs > 0 ? setTimeout(greet, bannerDelayMs) : undefined;
	if (!timer) {
		greet();
	}

	const onData = (chunk) => {
		buffer += chunk;
		let index;
		while ((index = buffer.indexOf('\r\n')) !== -1) {
			const line = buffer.slice(0, index);
			buffer = buffer.slice(index + 2);
			const verb = line.split(' ')[0].toUpperCase();
			if (verb === 'EHLO') {
				const lines = ['bench.test', 'PIPELINING', 'SIZE 10240000', '8BITMIME'];
				if (kind === 'starttls' && !isEncrypted) {
					lines.push('STARTTLS');
				}

				if (auth && isEncrypted) {
					lines.push('AUTH PLAIN LOGIN');
				}

				lines.push('ENHANCEDSTATUSCODES');
				write(
					lines.map((text, i) => `250${i === lines.length - 1 ? ' ' : '-'}${text}\r\n`).join(''),
				);
			} else if (verb === 'HELO') {
				write('250 bench.test\r\n');
			} else if (verb === 'STARTTLS' && kind === 'starttls' && !isEncrypted) {
				// Written at once, before the TLS layer takes the socket over.
				current.write('220 2.0.0 Ready to start TLS\r\n');
				current.removeListener('data', onData);
				buffer = '';
				const secure = new tls.TLSSocket(current, {isServer: true, secureContext});
				sockets.add(secure);
				secure.on('error', () => undefined);
				secure.on('close', () => sockets.delete(secure));
				secure.setEncoding('latin1');
				secure.on('data', onData);
				isEncrypted = true;
				current = secure;
				return;
			} else if (verb === 'QUIT') {
				write('221 2.0.0 Bye\r\n', true);
				return;
			} else if (verb === 'NOOP' || verb === 'RSET') {
				write('250 2.0.0 Ok\r\n');
			} else {
				write('502 5.5.2 Error: command not recognized\r\n');
			}
		}
	};

	socket.setEncoding('latin1');
	socket.on('data', onData);
	socket.on('close', () => clearTimeout(timer));
}

/**
 * Starts one server on host:port. kind: 'plain' | 'starttls' | 'implicit'. Returns {host, port,
 * close()}; port 0 picks a free one.
 */
export async function startSmtpServer({
	host = '127.0.0.1',
	port = 0,
	kind,
	auth = true,
	bannerDelayMs = 0,
	certificates,
}) {
	const sockets = new Set();
	const secureContext = certificates
		? tls.createSecureContext({key: certificates.key, cert: certificates.cert})
		: undefined;
	const options = {kind, auth, bannerDelayMs, secureContext, sockets};
	const track = (socket) => {
		sockets.add(socket);
		socket.on('error', () => undefined);
		socket.on('close', () => sockets.delete(socket));
	};

	const server =
		kind === 'implicit'
			? tls.createServer({key: certificates.key, cert: certificates.cert}, (socket) => {
					track(socket);
					serve(socket, options);
				})
			: net.createServer((socket) => {
					track(socket);
					serve(socket, options);
				});
	// A client that resets mid-handshake must not crash the bench.
	server.on('tlsClientError', () => undefined);
	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => {
			server.removeListener('error', reject);
			resolve();
		});
	});
	return {
		host,
		port: server.address().port,
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

/**
 * Starts servers on ports 25, 465, 587 and 2525 of the first free address of `candidates`
 * (127.0.0.0/8 addresses need no setup on Linux; binding ports below 1024 needs root). Returns
 * {host, servers, close()}, or undefined when no candidate address is free.
 */
export async function startStandardServers(candidates, certificates, {bannerDelayMs = 0} = {}) {
	for (const host of candidates) {
		const servers = [];
		try {
			for (const {port, kind, auth} of standardPorts) {
				servers.push(await startSmtpServer({host, port, kind, auth, bannerDelayMs, certificates}));
			}

			return {
				host,
				servers,
				async close() {
					await Promise.all(servers.map((server) => server.close()));
				},
			};
		} catch (error) {
			await Promise.all(servers.map((server) => server.close()));
			if (error?.code !== 'EADDRINUSE' && error?.code !== 'EACCES') {
				throw error;
			}

			if (error.code === 'EACCES') {
				return undefined;
			}
		}
	}

	return undefined;
}
