// Loopback SMTP servers for the benchmarks: banner (after an optional delay), EHLO, QUIT.
import net from 'node:net';

/** The connection handler of the plain server; `sockets` keeps the open ones. */
function smtpHandler(bannerDelayMs, sockets) {
	return (socket) => {
		sockets.add(socket);
		socket.on('error', () => {});
		const timer = setTimeout(() => {
			if (!socket.destroyed) {
				socket.write('220 bench.test ESMTP\r\n');
			}
		}, bannerDelayMs);
		socket.on('close', () => {
			clearTimeout(timer);
			sockets.delete(socket);
		});
		let buffer = '';
		socket.setEncoding('latin1');
		socket.on('data', (chunk) => {
			buffer += chunk;
			let index;
			while ((index = buffer.indexOf('\r\n')) !== -1) {
				const verb = buffer.slice(0, index).split(' ')[0].toUpperCase();
				buffer = buffer.slice(index + 2);
				if (verb === 'EHLO') {
					socket.write('250-bench.test\r\n250 PIPELINING\r\n');
				} else if (verb === 'QUIT') {
					socket.end('221 bye\r\n');
				} else {
					socket.write('250 ok\r\n');
				}
			}
		});
	};
}

/** Starts a plain SMTP server on 127.0.0.1:0 that waits `bannerDelayMs` before its banner. */
export async function startSlowSmtp(bannerDelayMs = 0) {
	const sockets = new Set();
	const server = net.createServer(smtpHandler(bannerDelayMs, sockets));
	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', resolve);
	});
	return {
		port: server.address().port,
		async close() {
			for (const socket of sockets) {
				socket.destroy();
			}

			await new Promise((resolve) => server.close(resolve));
		},
	};
}

async function listen(server, port, address) {
	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, address, () => {
			server.removeListener('error', reject);
			resolve();
		});
	});
	return server.address().port;
}

/**
 * `count` loopback addresses (127.0.<base>.1 ... 250 per third octet, then the next), each
 * serving the plain server on the same two ports: a fleet for `check --targets`.
 */
export async function startFleet(count, base) {
	const sockets = new Set();
	const servers = [];
	const addresses = Array.from(
		{length: count},
		(_, index) => `127.0.${base + Math.floor(index / 250)}.${(index % 250) + 1}`,
	);
	const ports = [];
	for (const [index, address] of addresses.entries()) {
		for (let slot = 0; slot < 2; slot++) {
			const server = net.createServer(smtpHandler(0, sockets));
			servers.push(server);
			const port = await listen(server, index === 0 ? 0 : ports[slot], address);
			if (index === 0) {
				ports.push(port);
			}
		}
	}

	return {
		addresses,
		ports,
		async close() {
			for (const socket of sockets) {
				socket.destroy();
			}

			await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
		},
	};
}
