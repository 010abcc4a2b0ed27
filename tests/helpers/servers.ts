// Loopback servers for engine tests, all on 127.0.0.1 port 0: raw TCP/TLS servers driven by a
// handler, a tiny scripted SMTP server (for rude and broken servers), real `smtp-server`
// instances (for well-behaved ones) and a port with nothing listening.
import net from 'node:net';
import tls from 'node:tls';
import {SMTPServer, type SMTPServerOptions} from 'smtp-server';

/** A running test server. `close()` destroys every open socket, then stops listening. */
export type TestServer = {
	readonly port: number;
	/** Connections accepted so far. */
	readonly connectionCount: () => number;
	/** Lines received from clients so far (scripted servers only). */
	readonly received: string[];
	close(): Promise<void>;
};

async function listen(server: net.Server): Promise<number> {
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			server.off('error', reject);
			resolve();
		});
	});
	const address = server.address();
	if (!address || typeof address === 'string') {
		throw new Error('no address');
	}

	return address.port;
}

function track(server: net.Server, received: string[]): Promise<TestServer> {
	const sockets = new Set<net.Socket>();
	let count = 0;
	server.on('connection', (socket: net.Socket) => {
		count++;
		sockets.add(socket);
		socket.on('error', () => undefined);
		socket.on('close', () => sockets.delete(socket));
	});
	server.on('secureConnection', (socket: tls.TLSSocket) => {
		sockets.add(socket);
		socket.on('error', () => undefined);
		socket.on('close', () => sockets.delete(socket));
	});
	server.on('tlsClientError', () => undefined);
	return listen(server).then((port) => ({
		port,
		connectionCount: () => count,
		received,
		async close() {
			for (const socket of sockets) {
				socket.destroy();
			}

			await new Promise<void>((resolve) => {
				server.close(() => {
					resolve();
				});
			});
		},
	}));
}

/** Raw TCP server: `onConnection` decides what (if anything) to say. */
export async function startTcpServer(
	onConnection: (socket: net.Socket) => void,
): Promise<TestServer> {
	const server = net.createServer((socket) => {
		socket.on('error', () => undefined);
		onConnection(socket);
	});
	return track(server, []);
}

/**
 * Tarpit handler: accepts and never says anything. It still reads (and drops) what the client
 * sends, so it notices when the client goes away and its own socket closes.
 */
export function acceptSilently(socket: net.Socket): void {
	socket.resume();
}

/** Raw TLS server (implicit TLS). */
export async function startTlsServer(
	options: tls.TlsOptions,
	onSecureConnection: (socket: tls.TLSSocket) => void,
): Promise<TestServer> {
	const server = tls.createServer(options, (socket) => {
		socket.on('error', () => undefined);
		onSecureConnection(socket);
	});
	return track(server, []);
}

/** What a scripted SMTP server says. */
export type SmtpScript = {
	/** Banner sent on connect (without CRLF, may hold several lines joined by \r\n); undefined = silent. */
	readonly banner?: string;
	/** Wait before the banner, in ms. */
	readonly bannerDelayMs?: number;
	/**
	 * Reply to a command line (without CRLF; may be multi-line joined by \r\n). Return undefined
	 * for the default (EHLO lists STARTTLS when `starttls` is set and TLS is not up yet; QUIT
	 * answers 221 and closes; anything else 250), or '' to send nothing.
	 */
	readonly reply?: (line: string, socket: net.Socket, isEncrypted: boolean) => string | undefined;
	/** When set, STARTTLS answers 220 and upgrades the connection with this key and certificate. */
	readonly starttls?: tls.SecureContextOptions;
	/** What STARTTLS answers before upgrading (default "220 2.0.0 ready to start TLS"); may carry extra lines. */
	readonly starttlsReply?: string;
};

/** Handler speaking a scripted SMTP dialogue over any socket (plain or TLS). */
export function scriptedSmtp(script: SmtpScript, received: string[] = [], isEncrypted = false) {
	return (socket: net.Socket) => {
		const sendBanner = () => {
			if (script.banner !== undefined && !socket.destroyed) {
				socket.write(`${script.banner}\r\n`);
			}
		};

		if (isEncrypted && script.starttls) {
			// After STARTTLS the server does not greet again (RFC 3207).
		} else if (script.bannerDelayMs) {
			const timer = setTimeout(sendBanner, script.bannerDelayMs);
			socket.on('close', () => {
				clearTimeout(timer);
			});
		} else {
			sendBanner();
		}

		let buffer = '';
		const onData = (chunk: Uint8Array) => {
			buffer += Buffer.from(chunk).toString('latin1');
			let index = buffer.indexOf('\n');
			while (index !== -1) {
				const line = buffer.slice(0, index).replace(/\r$/, '');
				buffer = buffer.slice(index + 1);
				received.push(line);
				const custom = script.reply?.(line, socket, isEncrypted);
				if (custom !== undefined) {
					if (custom !== '') {
						socket.write(`${custom}\r\n`);
					}
				} else if (/^quit/i.test(line)) {
					socket.end('221 bye\r\n');
				} else if (/^ehlo/i.test(line)) {
					socket.write(
						script.starttls && !isEncrypted
							? '250-test.example\r\n250-STARTTLS\r\n250 8BITMIME\r\n'
							: '250-test.example\r\n250 8BITMIME\r\n',
					);
				} else if (/^starttls/i.test(line) && script.starttls && !isEncrypted) {
					socket.removeListener('data', onData);
					socket.write(`${script.starttlsReply ?? '220 2.0.0 ready to start TLS'}\r\n`);
					const secure = new tls.TLSSocket(socket, {
						isServer: true,
						secureContext: tls.createSecureContext(script.starttls),
					});
					secure.on('error', () => undefined);
					scriptedSmtp(script, received, true)(secure);
					return;
				} else {
					socket.write('250 ok\r\n');
				}

				index = buffer.indexOf('\n');
			}
		};

		socket.on('data', onData);
	};
}

/** A plain TCP server playing `script`. */
export async function startScriptedSmtp(script: SmtpScript): Promise<TestServer> {
	const received: string[] = [];
	const server = net.createServer((socket) => {
		socket.on('error', () => undefined);
		scriptedSmtp(script, received)(socket);
	});
	return track(server, received);
}

/** An implicit-TLS server playing `script` after the handshake. */
export async function startScriptedSmtpTls(
	tlsOptions: tls.TlsOptions,
	script: SmtpScript,
): Promise<TestServer> {
	const received: string[] = [];
	const server = tls.createServer(tlsOptions, (socket) => {
		socket.on('error', () => undefined);
		scriptedSmtp(script, received)(socket);
	});
	return track(server, received);
}

/** A real `smtp-server` (nodemailer's) on loopback; logging off. */
export async function startSmtpServer(options: SMTPServerOptions): Promise<TestServer> {
	const server = new SMTPServer({logger: false, disableReverseLookup: true, ...options});
	server.on('error', () => undefined);
	const net = (server as unknown as {server: import('node:net').Server}).server;
	const sockets = new Set<import('node:net').Socket>();
	let count = 0;
	net.on('connection', (socket: import('node:net').Socket) => {
		count++;
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});
	const port = await new Promise<number>((resolve, reject) => {
		net.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = net.address();
			resolve(typeof address === 'object' && address ? address.port : 0);
		});
	});
	return {
		port,
		connectionCount: () => count,
		received: [],
		async close() {
			for (const socket of sockets) {
				socket.destroy();
			}

			await new Promise<void>((resolve) => {
				server.close(() => {
					resolve();
				});
			});
		},
	};
}

/** A loopback port with nothing listening (connecting to it is refused). */
export async function closedPort(): Promise<number> {
	const server = net.createServer();
	const port = await listen(server);
	await new Promise<void>((resolve) => {
		server.close(() => {
			resolve();
		});
	});
	return port;
}
