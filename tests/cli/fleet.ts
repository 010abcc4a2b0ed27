// A fleet of tiny plain SMTP servers on many loopback addresses (127.0.x.y) and the same
// ports, for `check --targets`: each counts the connections it holds open, in total and per
// address, and keeps the highest counts seen. A connection counts from its accept until the
// server has read the client's QUIT, FIN or reset, whichever comes first. The tool sends QUIT
// and then closes, and gives its slot back only once the socket is closed, so the QUIT of a
// socket it gave back reached the kernel before the SYN of the one that took the slot; the
// peak is read after the events of that poll phase (two loop turns after each accept), so a
// client that closes one socket before it opens the next is never counted twice. (Counting
// until the FIN alone lags: libuv reads a socket's last data and its EOF in two poll phases.)
import net from 'node:net';

/** A running fleet. */
export type Fleet = {
	readonly ports: readonly number[];
	readonly addresses: readonly string[];
	/** Connections accepted over the whole fleet. */
	readonly accepted: () => number;
	/** The most connections open at once over the whole fleet. */
	readonly peak: () => number;
	/** The most connections open at once to one address. */
	readonly peakFor: (address: string) => number;
	/** Connections open right now. */
	readonly open: () => number;
	/** Forgets the counts (between runs). */
	readonly reset: () => void;
	close(): Promise<void>;
};

/** Options of the fleet. */
export type FleetOptions = {
	/** How many addresses: 127.0.<base>.1, .2, ... (at most 250 per third octet, then the next). */
	readonly count: number;
	/** The third octet of the first address (default 40). */
	readonly base?: number;
	/** How many ports each address serves (default 2). */
	readonly portCount?: number;
	/** Delay before the banner (ms), so connections overlap (default 15). */
	readonly bannerDelayMs?: number;
	/** Addresses that accept and never greet (a tarpit). */
	readonly silent?: ReadonlySet<string>;
};

function addressOf(index: number, base: number): string {
	return `127.0.${base + Math.floor(index / 250)}.${(index % 250) + 1}`;
}

function serveSmtp(socket: net.Socket, delayMs: number, onQuit: () => void): void {
	const timer = setTimeout(() => {
		if (!socket.destroyed) {
			socket.write('220 fleet ESMTP\r\n');
		}
	}, delayMs);
	socket.on('close', () => {
		clearTimeout(timer);
	});
	let buffer = '';
	socket.setEncoding('latin1');
	socket.on('data', (chunk: string) => {
		buffer += chunk;
		if (buffer.length > 4096) {
			socket.destroy();
			return;
		}

		let index;
		while ((index = buffer.indexOf('\r\n')) !== -1) {
			const verb = buffer.slice(0, index).split(' ')[0]!.toUpperCase();
			buffer = buffer.slice(index + 2);
			if (verb === 'EHLO') {
				socket.write('250-fleet\r\n250 PIPELINING\r\n');
			} else if (verb === 'QUIT') {
				onQuit();
				socket.end('221 bye\r\n');
			} else {
				socket.write('502 not implemented\r\n');
			}
		}
	});
}

async function listen(server: net.Server, port: number, address: string): Promise<number> {
	return new Promise<number>((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, address, () => {
			server.removeListener('error', reject);
			resolve((server.address() as net.AddressInfo).port);
		});
	});
}

/** Starts the fleet: `count` addresses, each serving the same `portCount` ports. */
export async function startFleet(options: FleetOptions): Promise<Fleet> {
	const base = options.base ?? 40;
	const delayMs = options.bannerDelayMs ?? 15;
	const addresses = Array.from({length: options.count}, (_, index) => addressOf(index, base));
	const servers: net.Server[] = [];
	const sockets = new Set<net.Socket>();
	const openBy = new Map<string, number>();
	const peakBy = new Map<string, number>();
	let open = 0;
	let peak = 0;
	let accepted = 0;
	const onConnection = (socket: net.Socket) => {
		const address = socket.localAddress ?? '';
		accepted++;
		open++;
		openBy.set(address, (openBy.get(address) ?? 0) + 1);
		sockets.add(socket);
		let isCounted = true;
		const uncount = () => {
			if (isCounted) {
				isCounted = false;
				open--;
				openBy.set(address, openBy.get(address)! - 1);
			}
		};

		socket.on('end', uncount);
		socket.on('error', uncount);
		socket.on('close', () => {
			uncount();
			sockets.delete(socket);
		});
		// Read the peak after this poll phase's other events (see the top of the file).
		setImmediate(() => {
			setImmediate(() => {
				peak = Math.max(peak, open);
				peakBy.set(address, Math.max(peakBy.get(address) ?? 0, openBy.get(address) ?? 0));
			});
		});
		if (options.silent?.has(address)) {
			socket.resume();
		} else {
			serveSmtp(socket, delayMs, uncount);
		}
	};

	// The first address picks free ports; the others take the same numbers (other addresses,
	// so only a rare clash with another test's socket), and a clash starts over.
	for (let round = 0; ; round++) {
		const ports: number[] = [];
		try {
			for (const [index, address] of addresses.entries()) {
				for (let slot = 0; slot < (options.portCount ?? 2); slot++) {
					const server = net.createServer(onConnection);
					servers.push(server);
					const port = await listen(server, index === 0 ? 0 : ports[slot]!, address);
					if (index === 0) {
						ports.push(port);
					}
				}
			}

			return {
				ports,
				addresses,
				accepted: () => accepted,
				peak: () => peak,
				peakFor: (address) => peakBy.get(address) ?? 0,
				open: () => open,
				reset() {
					accepted = 0;
					peak = 0;
					peakBy.clear();
				},
				async close() {
					for (const socket of sockets) {
						socket.destroy();
					}

					await Promise.all(
						servers.map(
							async (server) =>
								new Promise<void>((resolve) => {
									server.close(() => {
										resolve();
									});
								}),
						),
					);
				},
			};
		} catch (error) {
			await Promise.all(
				servers
					.splice(0)
					.map(async (server) => new Promise<void>((resolve) => server.close(() => resolve()))),
			);
			if (round >= 3 || (error as NodeJS.ErrnoException).code !== 'EADDRINUSE') {
				throw error;
			}
		}
	}
}
