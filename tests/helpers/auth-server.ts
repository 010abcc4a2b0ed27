// A tiny SmtpChannel over a real node:net / node:tls socket, for testing the AUTH and send
// steps before (and independently of) the engine. It talks to real servers on loopback.
import net from 'node:net';
import tls from 'node:tls';
import selfsigned from 'selfsigned';
import {SMTPServer, type SMTPServerOptions} from 'smtp-server';
import type {
	EhloCapabilities,
	SmtpChannel,
	SmtpReply,
	TlsFacts,
} from '../../source/engine/types.js';

/** A transcript line as the helper records it (what the engine's transcript would show). */
export type HelperEntry = {readonly direction: 'send' | 'receive' | 'note'; readonly text: string};

export type OpenChannelOptions = {
	readonly port: number;
	readonly security: 'none' | 'starttls' | 'implicit';
	readonly ca?: string;
	readonly servername?: string;
	readonly replyTimeoutMs?: number;
};

export type OpenedChannel = {
	readonly channel: SmtpChannel;
	readonly capabilities: EhloCapabilities;
	readonly transcript: HelperEntry[];
	/** Everything written to the socket, raw (to assert the secret did travel, base64-encoded). */
	readonly wire: string[];
	close(): Promise<void>;
};

export function parseCapabilities(reply: SmtpReply): EhloCapabilities {
	const raw = reply.lines.slice(1);
	const upper = raw.map((line) => line.toUpperCase());
	const find = (name: string) => upper.find((line) => line === name || line.startsWith(`${name} `));
	const auth = find('AUTH');
	const size = find('SIZE');
	const sizeValue = size?.split(' ')[1];
	return {
		raw,
		...(size === undefined ? {} : {size: sizeValue ? Number(sizeValue) : 0}),
		pipelining: find('PIPELINING') !== undefined,
		eightBitMime: find('8BITMIME') !== undefined,
		smtpUtf8: find('SMTPUTF8') !== undefined,
		startTls: find('STARTTLS') !== undefined,
		authMechanisms: auth ? auth.split(' ').slice(1) : [],
		enhancedStatusCodes: find('ENHANCEDSTATUSCODES') !== undefined,
		chunking: find('CHUNKING') !== undefined,
		dsn: find('DSN') !== undefined,
		requireTls: find('REQUIRETLS') !== undefined,
	};
}

class LineSocket {
	private buffer = '';
	private readonly lines: string[] = [];
	private waiter: (() => void) | undefined;
	private closed: Error | undefined;
	private readonly onData = (chunk: Buffer) => {
		this.buffer += chunk.toString('utf8');
		let index = this.buffer.indexOf('\n');
		while (index !== -1) {
			this.lines.push(this.buffer.slice(0, index).replace(/\r$/, ''));
			this.buffer = this.buffer.slice(index + 1);
			index = this.buffer.indexOf('\n');
		}

		this.wake();
	};

	private readonly onClose = () => {
		this.closed ??= new Error('connection closed by the server');
		this.wake();
	};

	socket: net.Socket;

	constructor(socket: net.Socket) {
		this.socket = socket;
		this.attach(socket);
	}

	attach(socket: net.Socket): void {
		this.socket.off('data', this.onData);
		this.socket.off('close', this.onClose);
		this.socket = socket;
		socket.on('data', this.onData);
		socket.on('close', this.onClose);
		socket.on('error', (error: Error) => {
			this.closed = error;
			this.wake();
		});
	}

	detach(): void {
		this.socket.off('data', this.onData);
		this.socket.off('close', this.onClose);
	}

	private wake(): void {
		const waiter = this.waiter;
		this.waiter = undefined;
		waiter?.();
	}

	async readLine(timeoutMs: number): Promise<string> {
		const deadline = Date.now() + timeoutMs;
		while (this.lines.length === 0) {
			if (this.closed) {
				throw this.closed;
			}

			const remaining = deadline - Date.now();
			if (remaining <= 0) {
				throw new Error(`timeout: no reply within ${timeoutMs} ms`);
			}

			await new Promise<void>((resolve) => {
				const timer = setTimeout(resolve, remaining);
				this.waiter = () => {
					clearTimeout(timer);
					resolve();
				};
			});
		}

		return this.lines.shift()!;
	}
}

async function readReply(lines: LineSocket, timeoutMs: number): Promise<SmtpReply> {
	const collected: string[] = [];
	let code = 0;
	for (;;) {
		const line = await lines.readLine(timeoutMs);
		const match = /^(\d{3})([ -])(.*)$/.exec(line);
		if (!match) {
			throw new Error('protocol error: not an SMTP reply');
		}

		code = Number(match[1]);
		collected.push(match[3]!);
		if (match[2] === ' ') {
			break;
		}
	}

	const enhanced = /^([245]\.\d{1,3}\.\d{1,3})(?:\s+|$)/.exec(collected[0] ?? '');
	return {
		code,
		...(enhanced ? {enhancedCode: enhanced[1]} : {}),
		lines: enhanced
			? collected.map((line) => line.replace(/^[245]\.\d{1,3}\.\d{1,3}\s*/, ''))
			: collected,
	};
}

/** Connects, reads the greeting, runs EHLO (and STARTTLS + EHLO), and returns the channel. */
export async function openChannel(options: OpenChannelOptions): Promise<OpenedChannel> {
	const timeoutMs = options.replyTimeoutMs ?? 5000;
	const servername = options.servername ?? 'localhost';
	const transcript: HelperEntry[] = [];
	const wire: string[] = [];
	let tlsFacts: TlsFacts | undefined;
	let isEncrypted = false;

	const upgrade = async (socket: net.Socket | undefined): Promise<tls.TLSSocket> => {
		const secure = tls.connect({
			...(socket ? {socket} : {host: '127.0.0.1', port: options.port}),
			servername,
			...(options.ca ? {ca: [options.ca]} : {}),
			rejectUnauthorized: false,
		});
		await new Promise<void>((resolve, reject) => {
			secure.once('secureConnect', resolve);
			secure.once('error', reject);
		});
		const cert = secure.getPeerCertificate();
		// With rejectUnauthorized false, Node reports a host name mismatch as the authorization
		// error too; the chain itself is trusted in that case.
		const authError = String(secure.authorizationError ?? '');
		tlsFacts = {
			protocol: secure.getProtocol() ?? '',
			cipher: secure.getCipher().name,
			servername,
			isTrusted: secure.authorized || authError === 'ERR_TLS_CERT_ALTNAME_INVALID',
			...(secure.authorizationError ? {trustError: String(secure.authorizationError)} : {}),
			isHostnameMatch: tls.checkServerIdentity(servername, cert) === undefined,
			handshakeMs: 0,
		};
		isEncrypted = true;
		return secure;
	};

	let socket: net.Socket;
	if (options.security === 'implicit') {
		socket = await upgrade(undefined);
	} else {
		socket = net.connect({host: '127.0.0.1', port: options.port});
		await new Promise<void>((resolve, reject) => {
			socket.once('connect', resolve);
			socket.once('error', reject);
		});
	}

	const lines = new LineSocket(socket);
	const write = (text: string) => {
		wire.push(text);
		lines.socket.write(text);
	};

	const receive = async () => {
		const reply = await readReply(lines, timeoutMs);
		transcript.push({direction: 'receive', text: `${reply.code} ${reply.lines.join(' / ')}`});
		return reply;
	};

	await receive();
	write('EHLO client.test\r\n');
	let capabilities = parseCapabilities(await receive());
	if (options.security === 'starttls') {
		write('STARTTLS\r\n');
		const reply = await receive();
		if (reply.code !== 220) {
			throw new Error(`STARTTLS refused: ${reply.code}`);
		}

		lines.detach();
		lines.attach(await upgrade(lines.socket));
		write('EHLO client.test\r\n');
		capabilities = parseCapabilities(await receive());
	}

	const channel: SmtpChannel = {
		get isEncrypted() {
			return isEncrypted;
		},
		get tls() {
			return tlsFacts;
		},
		send(line, sendOptions) {
			transcript.push({direction: 'send', text: sendOptions?.redactAs ?? line});
			write(`${line}\r\n`);
		},
		sendRaw(data, summary) {
			transcript.push({direction: 'send', text: summary});
			write(data);
		},
		readReply: receive,
		note(text) {
			transcript.push({direction: 'note', text});
		},
	};

	return {
		channel,
		capabilities,
		transcript,
		wire,
		async close() {
			const current = lines.socket;
			if (current.destroyed) {
				return;
			}

			await new Promise<void>((resolve) => {
				current.once('close', () => {
					resolve();
				});
				current.destroy();
			});
		},
	};
}

/** A CA and a leaf for "localhost" signed by it, plus a self-signed leaf (untrusted). */
export type TestCertificates = {
	readonly ca: string;
	readonly key: string;
	readonly cert: string;
	readonly selfSignedKey: string;
	readonly selfSignedCert: string;
};

let certificates: Promise<TestCertificates> | undefined;

export async function testCertificates(): Promise<TestCertificates> {
	certificates ??= (async () => {
		const ca = await selfsigned.generate([{name: 'commonName', value: 'smtp-doctor test CA'}], {
			keyType: 'ec',
			algorithm: 'sha256',
			extensions: [
				{name: 'basicConstraints', cA: true, critical: true},
				{name: 'keyUsage', keyCertSign: true, cRLSign: true, digitalSignature: true},
			],
		});
		const leaf = await selfsigned.generate([{name: 'commonName', value: 'localhost'}], {
			keyType: 'ec',
			algorithm: 'sha256',
			ca: {key: ca.private, cert: ca.cert},
			extensions: [
				{name: 'basicConstraints', cA: false},
				{name: 'subjectAltName', altNames: [{type: 2, value: 'localhost'}]},
			],
		});
		const self = await selfsigned.generate([{name: 'commonName', value: 'localhost'}], {
			keyType: 'ec',
			algorithm: 'sha256',
			extensions: [{name: 'subjectAltName', altNames: [{type: 2, value: 'localhost'}]}],
		});
		return {
			ca: ca.cert,
			key: leaf.private,
			cert: leaf.cert,
			selfSignedKey: self.private,
			selfSignedCert: self.cert,
		};
	})();
	return certificates;
}

/** A message the server accepted. */
export type ReceivedMessage = {
	readonly from: string;
	readonly to: readonly string[];
	readonly raw: string;
	readonly user: unknown;
};

export type RunningServer = {
	readonly port: number;
	readonly received: ReceivedMessage[];
	readonly auths: Array<{method: string; username?: string}>;
	close(): Promise<void>;
};

/** Starts a real smtp-server on 127.0.0.1, port 0. Collects messages and AUTH attempts. */
export async function startSmtpServer(options: SMTPServerOptions): Promise<RunningServer> {
	const received: ReceivedMessage[] = [];
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
					received.push({
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
	await new Promise<void>((resolve) => {
		server.listen(0, '127.0.0.1', resolve);
	});
	const address = server.server.address() as net.AddressInfo;
	return {
		port: address.port,
		received,
		auths,
		async close() {
			await new Promise<void>((resolve) => {
				server.close(() => {
					resolve();
				});
			});
		},
	};
}

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
