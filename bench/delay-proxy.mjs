// A node:net relay on loopback that holds every chunk for `oneWayMs` in each direction
// (50 ms each way = 100 ms round trip), in order. The upstream connection is opened one-way
// later than the client's (the SYN's trip), so the banner takes a whole round trip.
//
// What a relay cannot model: TCP itself. The client's connect() completes at once (no SYN/ACK
// round trip), and ACKs never cross the relay, so an ACK-clocked stall (the server's Nagle
// holding a reply until our ACK of its TLS 1.3 session tickets) costs one loopback delayed ACK
// (~40 ms) here instead of a round trip plus 40 ms on a real link. bench/link.mjs (a real
// routed link with the delay, in two network namespaces) has the true figures.
import net from 'node:net';

/** FIFO that writes each chunk to `target` `delayMs` after it arrived. */
function delayedPipe(source, target, delayMs, onDrained, early = []) {
	const queue = [...early];
	let timer;
	let isEnded = false;
	const flush = () => {
		timer = undefined;
		const now = performance.now();
		while (queue.length > 0 && queue[0].due <= now + 0.5) {
			const {chunk} = queue.shift();
			if (!target.destroyed) {
				target.write(chunk);
			}
		}

		if (queue.length > 0) {
			timer = setTimeout(flush, queue[0].due - performance.now());
		} else if (isEnded) {
			onDrained();
		}
	};

	source.on('data', (chunk) => {
		queue.push({chunk, due: performance.now() + delayMs});
		timer ??= setTimeout(flush, delayMs);
	});
	if (queue.length > 0) {
		timer = setTimeout(flush, Math.max(0, queue[0].due - performance.now()));
	}

	source.on('end', () => {
		isEnded = true;
		if (queue.length === 0 && timer === undefined) {
			onDrained();
		}
	});
	return () => clearTimeout(timer);
}

/**
 * Starts the relay on host:port (port 0: any) towards targetHost:targetPort. Returns {host,
 * port, close()}.
 */
export async function startDelayProxy({
	host = '127.0.0.1',
	port = 0,
	targetHost,
	targetPort,
	oneWayMs,
}) {
	const sockets = new Set();
	const server = net.createServer({noDelay: true, pauseOnConnect: false}, (client) => {
		sockets.add(client);
		client.setNoDelay(true);
		client.on('error', () => undefined);
		let upstream;
		const stops = [];
		const clientData = [];
		const early = (chunk) => clientData.push({chunk, due: performance.now() + oneWayMs});
		client.on('data', early);
		const connectTimer = setTimeout(() => {
			upstream = net.connect({host: targetHost, port: targetPort, noDelay: true});
			sockets.add(upstream);
			upstream.on('error', () => client.destroy());
			upstream.on('close', () => {
				sockets.delete(upstream);
				setTimeout(() => client.destroy(), oneWayMs);
			});
			client.removeListener('data', early);
			stops.push(
				// Bytes the client sent before the upstream existed still take their one-way trip.
				delayedPipe(client, upstream, oneWayMs, () => upstream.end(), clientData),
				delayedPipe(upstream, client, oneWayMs, () => client.end()),
			);
		}, oneWayMs);
		client.on('close', () => {
			sockets.delete(client);
			clearTimeout(connectTimer);
			setTimeout(() => {
				upstream?.destroy();
				for (const stop of stops) {
					stop();
				}
			}, oneWayMs);
		});
	});
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
