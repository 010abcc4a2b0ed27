// Loopback servers for engine tests, all on 127.0.0.1 port 0: raw TCP/TLS servers driven by a
// handler, a tiny scripted SMTP server (for rude and broken servers), real `smtp-server`
// instances (for well-behaved ones) and a port with nothing listening.
import net from 'node:net';
import tls from 'node:tls';
import {SMTPServer, type SMTPServerOptions} from 'smtp-server';
import {testCertificates} from './certificates.js';

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

/**
 * A real `smtp-server` (nodemailer's) on 127.0.0.1 port 0, logging off. Keeps the messages it
 * accepted (unless `onData` is given) and every AUTH attempt; `received` stays empty (no
 * script reads lines here).
 */
export async function startSmtpServer(options: SMTPServerOptions): Promise<RunningServer> {
	const messages: ReceivedMessage[] = [];
	const auths: Array<{method: string; username?: string}> = [];
	const rest: SMTPServerOptions = {...options};
	delete rest.onAuth;
	delete rest.onData;
	const userOnAuth = options.onAuth?.bind(options);
	const userOnData = options.onData?.bind(options);
	const server = new SMTPServer({
		logger: false,
		disableReverseLookup: true,
		...rest,
		onAuth(auth, session, callback) {
			auths.push({method: auth.method, ...(auth.username ? {username: auth.username} : {})});
			if (userOnAuth) {
				userOnAuth(auth, session, callback);
			} else {
				callback(new Error('no onAuth'));
			}
		},
		onData:
			userOnData ??
			((stream, session, callback) => {
				const chunks: Buffer[] = [];
				stream.on('data', (chunk: Buffer) => chunks.push(chunk));
				stream.on('end', () => {
					messages.push({
						from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
						to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
						raw: Buffer.concat(chunks).toString('utf8'),
						user: session.user,
					});
					callback(null, 'Ok: queued as ABC123');
				});
			}),
	});
	// Clients that hang up mid-handshake are part of the tests; the server reports them as errors.
	server.on('error', () => undefined);
	// SMTPServer.listen() only calls listen() on its net.Server: track that one directly.
	const tracked = await track((server as unknown as {server: net.Server}).server, []);
	return {...tracked, messages, auths};
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

/** A message the server accepted. */
export type ReceivedMessage = {
	readonly from: string;
	readonly to: readonly string[];
	readonly raw: string;
	readonly user: unknown;
};

/** A real smtp-server: what it accepted and every AUTH attempt. */
export type RunningServer = TestServer & {
	readonly messages: ReceivedMessage[];
	readonly auths: Array<{method: string; username?: string}>;
};

/** A scripted plain-text server: greets, answers EHLO with `ehloLines`, then runs `onAuth` on the first AUTH line. */
export async function startScriptedServer(
	onAuth: (socket: net.Socket, line: string) => void,
	ehloLines: readonly string[] = ['250-scripted', '250 AUTH PLAIN LOGIN XOAUTH2'],
): Promise<{readonly port: number; readonly lines: string[]; close(): Promise<void>}> {
	const sockets = new Set<net.Socket>();
	const seen: string[] = [];
	const server = net.createServer((socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
		socket.on('error', () => undefined);
		socket.write('220 scripted ESMTP\r\n');
		let buffer = '';
		socket.on('data', (chunk: Buffer) => {
			buffer += chunk.toString('utf8');
			let index = buffer.indexOf('\r\n');
			while (index !== -1) {
				const line = buffer.slice(0, index);
				buffer = buffer.slice(index + 2);
				seen.push(line);
				if (/^EHLO /i.test(line)) {
					socket.write(`${ehloLines.join('\r\n')}\r\n`);
				} else {
					onAuth(socket, line);
				}

				index = buffer.indexOf('\r\n');
			}
		});
	});
	await new Promise<void>((resolve) => {
		server.listen(0, '127.0.0.1', resolve);
	});
	return {
		port: (server.address() as net.AddressInfo).port,
		lines: seen,
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

/**
 * A real smtp-server with TLS (test certificates) that accepts PLAIN, LOGIN and XOAUTH2 for
 * exactly `user` / `secret` and refuses anything else (XOAUTH2 with the 401 JSON challenge).
 */
export async function startAuthServer(
	user: string,
	secret: string,
	options: SMTPServerOptions = {},
): Promise<RunningServer> {
	const certs = await testCertificates();
	return startSmtpServer({
		key: certs.key,
		cert: certs.cert,
		authMethods: ['PLAIN', 'LOGIN', 'XOAUTH2'],
		onAuth(auth, _session, callback) {
			const given = auth.method === 'XOAUTH2' ? auth.accessToken : auth.password;
			if (auth.username === user && given === secret) {
				callback(null, {user});
			} else if (auth.method === 'XOAUTH2') {
				callback(null, {data: {status: '401', schemes: 'bearer', scope: 'https://mail.test/'}});
			} else {
				callback(new Error('Authentication credentials invalid'));
			}
		},
		...options,
	});
}
