// Small real servers the lab runs on 127.0.0.1. Each resolves to its real ephemeral port
// and a close function that releases every socket.
import {randomBytes} from 'node:crypto';
import net from 'node:net';
import {SMTPServer, type SMTPServerOptions} from 'smtp-server';
import type {KeyPair} from './lab-certificates.js';

/** A listening lab server. */
export type RunningServer = {
	readonly port: number;
	close(): Promise<void>;
};

function listen(server: net.Server): Promise<number> {
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			server.off('error', reject);
			const address = server.address();
			resolve(typeof address === 'object' && address ? address.port : 0);
		});
	});
}

function closeNet(server: net.Server, sockets: Set<net.Socket>): Promise<void> {
	for (const socket of sockets) {
		socket.destroy();
	}

	return new Promise((resolve) => {
		server.close(() => {
			resolve();
		});
	});
}

/** What an smtp-server lab instance does about encryption and AUTH. */
export type SmtpServerKind = {
	readonly name: string;
	/** Implicit TLS from the first byte (465). */
	readonly isImplicitTls: boolean;
	/** Offer STARTTLS (ignored for implicit TLS). */
	readonly hasStartTls: boolean;
	/** Advertise AUTH before TLS too (a classic mistake). */
	readonly isAuthInClear: boolean;
	/**
	 * A demo login: any user name and password work once the session is encrypted, and a
	 * message is accepted (read and thrown away) with a made-up queue id. Otherwise every
	 * login is refused.
	 */
	readonly acceptsAnyLogin?: boolean;
	/**
	 * Refuse every login with this reply (a practice server playing Gmail's "534 5.7.9
	 * Application-specific password required"), inside TLS or not.
	 */
	readonly loginRefusal?: {readonly code: number; readonly text: string};
	readonly certificate: KeyPair;
	/** Certificates sent after the leaf (the chain); none by default. */
	readonly chain?: readonly string[];
};

/** An smtp-server error with its own reply code (the message must not repeat the code). */
function smtpError(responseCode: number, message: string): Error & {responseCode: number} {
	return Object.assign(new Error(message), {responseCode});
}

/** Starts a real SMTP server (the smtp-server package) on an ephemeral loopback port. */
export async function startSmtpServer(kind: SmtpServerKind): Promise<RunningServer> {
	const options: SMTPServerOptions = {
		name: kind.name,
		banner: 'smtp-doctor lab',
		secure: kind.isImplicitTls,
		key: kind.certificate.key,
		// The leaf, then whatever chain the server is set to send (a PEM bundle).
		cert: [kind.certificate.cert, ...(kind.chain ?? [])].join(''),
		hideSTARTTLS: !kind.hasStartTls,
		allowInsecureAuth: kind.isAuthInClear,
		authMethods: ['PLAIN', 'LOGIN'],
		logger: false,
		// The lab's client is this process: a reverse DNS lookup would only add delay.
		disableReverseLookup: true,
		size: 35_882_577,
		socketTimeout: 15_000,
		closeTimeout: 200,
		onConnect(session, callback) {
			// Like real submission servers, only advertise AUTH once the session is encrypted.
			if (!session.secure && !kind.isAuthInClear) {
				(session as {disabledCommands?: string[]}).disabledCommands = ['AUTH'];
			}

			callback();
		},
		onSecure(_socket, session, callback) {
			(session as {disabledCommands?: string[]}).disabledCommands = [];
			callback();
		},
		onAuth(auth, session, callback) {
			if (kind.loginRefusal) {
				callback(smtpError(kind.loginRefusal.code, kind.loginRefusal.text));
				return;
			}

			if (kind.acceptsAnyLogin && session.secure) {
				callback(null, {user: auth.username ?? 'lab'});
				return;
			}

			callback(smtpError(535, '5.7.8 lab: this port takes no logins'));
		},
		onData(stream, _session, callback) {
			// Read the message to its end (smtp-server bounds its size) and keep none of it.
			stream.on('data', () => undefined);
			stream.on('end', () => {
				if (kind.acceptsAnyLogin) {
					callback(null, `2.0.0 Ok: queued as LAB${randomBytes(5).toString('hex').toUpperCase()}`);
				} else {
					callback(smtpError(554, '5.7.1 lab: this port takes no messages'));
				}
			});
		},
	};
	const server = new SMTPServer(options);
	// A client that hangs up mid-handshake is normal here (the probe may be cancelled): the
	// connection is over either way, and an unhandled 'error' would end the whole app.
	server.on('error', () => undefined);
	const port = await listen(server.server);
	return {
		port,
		close: async () =>
			new Promise<void>((resolve) => {
				server.close(() => {
					resolve();
				});
			}),
	};
}

/** A server that greets with a fixed rejection (e.g. "554 ... block list") and hangs up. */
export async function startRejectingServer(greeting: string): Promise<RunningServer> {
	const sockets = new Set<net.Socket>();
	const server = net.createServer((socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
		socket.on('error', () => {
			socket.destroy();
		});
		socket.end(`${greeting}\r\n`);
	});
	const port = await listen(server);
	return {port, close: async () => closeNet(server, sockets)};
}

/**
 * A server that accepts connections and never says a word: what a client sees of a port whose
 * packets a firewall drops (loopback cannot drop them, so this plays it). Whatever the client
 * sends is read and thrown away; every socket is closed with the server.
 */
export async function startSilentServer(): Promise<RunningServer> {
	const sockets = new Set<net.Socket>();
	const server = net.createServer((socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
		socket.on('error', () => {
			socket.destroy();
		});
		socket.resume();
	});
	const port = await listen(server);
	return {port, close: async () => closeNet(server, sockets)};
}

/**
 * A port where nothing listens: it was bound, its number noted, and released, so connecting
 * is refused by the loopback stack itself (what a firewall that rejects does to port 25).
 */
export async function reserveClosedPort(): Promise<RunningServer> {
	const server = net.createServer();
	const port = await listen(server);
	await closeNet(server, new Set());
	return {
		port,
		async close() {
			// Nothing to release: the port was closed on purpose.
		},
	};
}
