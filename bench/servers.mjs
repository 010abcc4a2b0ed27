// Loopback SMTP servers for the benchmarks: banner (after an optional delay), EHLO, QUIT.
import net from 'node:net';

/** Starts a plain SMTP server on 127.0.0.1:0 that waits `bannerDelayMs` before its banner. */
export async function startSlowSmtp(bannerDelayMs = 0) {
	const sockets = new Set();
	const server = net.createServer((socket) => {
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
	});
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
