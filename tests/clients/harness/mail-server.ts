// A real submission server for the client runs: nodemailer's `smtp-server` on 127.0.0.1, port 0,
// either implicit TLS or plain with STARTTLS, AUTH only after TLS (smtp-server refuses AUTH on a
// plain connection unless allowInsecureAuth is set), MAIL FROM only after TLS and a login. It
// records every login attempt and every accepted message with the session's TLS state.
import type {Readable} from 'node:stream';
import {SMTPServer} from 'smtp-server';
import type {ClientEncryption} from '../../../source/clients/index.js';

/** A login the server saw. */
export type LoginRecord = {
	readonly user: string;
	readonly isAccepted: boolean;
	readonly isSecure: boolean;
};

/** A message the server accepted. */
export type AcceptedMessage = {
	readonly user: string | undefined;
	readonly isSecure: boolean;
	readonly from: string;
	readonly to: readonly string[];
	readonly size: number;
};

/** A running mail server. */
export type MailServer = {
	readonly port: number;
	readonly encryption: ClientEncryption;
	readonly logins: LoginRecord[];
	readonly accepted: AcceptedMessage[];
	close(): Promise<void>;
};

/** Options for `startMailServer`. */
export type MailServerOptions = {
	readonly encryption: ClientEncryption;
	readonly key: string;
	readonly cert: string;
	readonly user: string;
	readonly password: string;
};

const maxMessageBytes = 1_000_000;

function smtpError(message: string, responseCode: number): Error {
	return Object.assign(new Error(message), {responseCode});
}

/** Starts the server; `close()` ends every connection and stops listening. */
export async function startMailServer(options: MailServerOptions): Promise<MailServer> {
	const logins: LoginRecord[] = [];
	const accepted: AcceptedMessage[] = [];
	const server = new SMTPServer({
		logger: false,
		disableReverseLookup: true,
		name: 'localhost',
		banner: 'smtp-doctor client test server',
		secure: options.encryption === 'implicit-tls',
		key: options.key,
		cert: options.cert,
		authMethods: ['PLAIN', 'LOGIN'],
		allowInsecureAuth: false,
		size: maxMessageBytes,
		onAuth(auth, session, callback) {
			const isAccepted = auth.username === options.user && auth.password === options.password;
			logins.push({user: auth.username ?? '', isAccepted, isSecure: session.secure});
			if (!isAccepted) {
				callback(smtpError('5.7.8 Authentication credentials invalid', 535));
				return;
			}

			callback(null, {user: auth.username});
		},
		onMailFrom(_address, session, callback) {
			if (!session.secure) {
				callback(smtpError('5.7.0 Must issue a STARTTLS command first', 530));
				return;
			}

			if (!session.user) {
				callback(smtpError('5.7.0 Authentication required', 530));
				return;
			}

			callback();
		},
		onData(stream: Readable, session, callback) {
			let size = 0;
			stream.on('data', (chunk: Uint8Array) => {
				size += chunk.length;
			});
			stream.on('end', () => {
				accepted.push({
					user: typeof session.user === 'string' ? session.user : undefined,
					isSecure: session.secure,
					from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
					to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
					size,
				});
				callback();
			});
		},
	});
	server.on('error', () => undefined);
	const tcp = (server as unknown as {server: import('node:net').Server}).server;
	const sockets = new Set<import('node:net').Socket>();
	tcp.on('connection', (socket: import('node:net').Socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});
	const port = await new Promise<number>((resolve, reject) => {
		tcp.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = tcp.address();
			resolve(typeof address === 'object' && address ? address.port : 0);
		});
	});
	return {
		port,
		encryption: options.encryption,
		logins,
		accepted,
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
