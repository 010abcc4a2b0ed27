// Loopback servers that each play one kind of mail port, by name, for multi-port scenarios:
// real smtp-server instances for the well-behaved ones, node:net / node:tls for the hostile.
// Every server listens on 127.0.0.1 port 0; a scenario maps 25/465/587/2525 onto them.
import net from 'node:net';
import type {SMTPServerOptions} from 'smtp-server';
import {
	createIntermediate,
	createLeafCertificate,
	createTestCa,
	type TestCertificate,
} from './certificates.js';
import {
	acceptSilently,
	closedPort,
	startScriptedSmtp,
	startSmtpServer,
	startTcpServer,
	type TestServer,
} from './servers.js';

/** What a port plays. */
export type PortSpec =
	| 'refused'
	| 'tarpit'
	| 'implicit'
	| 'implicit-noauth'
	| 'implicit-selfsigned'
	| 'implicit-expired'
	| 'implicit-wrongname'
	| 'implicit-leaf-only'
	| 'starttls'
	| 'starttls-noauth'
	| 'starttls-selfsigned'
	| 'starttls-expired'
	| 'starttls-wrongname'
	| 'starttls-alert'
	| 'plain-only'
	| 'plain-auth'
	| 'greeting-554'
	| 'rate-421'
	| 'not-smtp'
	| 'postscreen';

/** The certificates every scenario server uses, made once per test file. */
export type ScenarioCertificates = {
	readonly ca: TestCertificate;
	readonly good: TestCertificate;
	readonly selfSigned: TestCertificate;
	readonly expired: TestCertificate;
	readonly wrongName: TestCertificate;
	/** A leaf signed by an intermediate the server does not send. */
	readonly leafOfIntermediate: TestCertificate;
};

/** Makes the certificates (a few seconds of key generation). */
export async function scenarioCertificates(): Promise<ScenarioCertificates> {
	const ca = await createTestCa();
	const intermediate = await createIntermediate(ca);
	const [good, selfSigned, expired, wrongName, leafOfIntermediate] = await Promise.all([
		createLeafCertificate({ca}),
		createLeafCertificate(),
		createLeafCertificate({ca, fromDays: -400, toDays: -3}),
		createLeafCertificate({ca, names: ['mail.other.test'], ips: []}),
		createLeafCertificate({ca: intermediate}),
	]);
	return {ca, good, selfSigned, expired, wrongName, leafOfIntermediate};
}

const users = {alice: 'right-password'} as const;

function smtpOptions(secure: boolean, cert: TestCertificate, hasAuth: boolean): SMTPServerOptions {
	return {
		secure,
		key: cert.key,
		cert: cert.cert,
		authMethods: ['PLAIN', 'LOGIN'],
		...(hasAuth ? {} : {disabledCommands: ['AUTH']}),
		onAuth(auth, _session, callback) {
			if (auth.username && users[auth.username as keyof typeof users] === auth.password) {
				callback(null, {user: auth.username});
			} else {
				callback(Object.assign(new Error('Invalid username or password'), {responseCode: 535}));
			}
		},
	};
}

/** Writes a fatal TLS alert record (internal_error) the moment the client starts its handshake. */
function abortHandshake(socket: net.Socket): void {
	socket.once('data', () => {
		socket.end(Buffer.from([0x15, 0x03, 0x03, 0x00, 0x02, 0x02, 0x50]));
	});
}

/** Starts the server a spec names; `refused` is a closed port (port only, nothing to close). */
export async function startPort(
	spec: PortSpec,
	certs: ScenarioCertificates,
): Promise<{readonly port: number; readonly server?: TestServer}> {
	const started = (server: TestServer) => ({port: server.port, server});
	switch (spec) {
		case 'refused': {
			return {port: await closedPort()};
		}

		case 'tarpit': {
			return started(await startTcpServer(acceptSilently));
		}

		case 'implicit': {
			return started(await startSmtpServer(smtpOptions(true, certs.good, true)));
		}

		case 'implicit-noauth': {
			return started(await startSmtpServer(smtpOptions(true, certs.good, false)));
		}

		case 'implicit-selfsigned': {
			return started(await startSmtpServer(smtpOptions(true, certs.selfSigned, true)));
		}

		case 'implicit-expired': {
			return started(await startSmtpServer(smtpOptions(true, certs.expired, true)));
		}

		case 'implicit-wrongname': {
			return started(await startSmtpServer(smtpOptions(true, certs.wrongName, true)));
		}

		case 'implicit-leaf-only': {
			return started(await startSmtpServer(smtpOptions(true, certs.leafOfIntermediate, true)));
		}

		case 'starttls': {
			return started(await startSmtpServer(smtpOptions(false, certs.good, true)));
		}

		case 'starttls-noauth': {
			return started(await startSmtpServer(smtpOptions(false, certs.good, false)));
		}

		case 'starttls-selfsigned': {
			return started(await startSmtpServer(smtpOptions(false, certs.selfSigned, true)));
		}

		case 'starttls-expired': {
			return started(await startSmtpServer(smtpOptions(false, certs.expired, true)));
		}

		case 'starttls-wrongname': {
			return started(await startSmtpServer(smtpOptions(false, certs.wrongName, true)));
		}

		case 'starttls-alert': {
			// After its 220 the server says nothing in SMTP again: the ClientHello's bytes are not
			// lines to answer, only the alert goes back.
			const upgrading = new WeakSet<net.Socket>();
			return started(
				await startScriptedSmtp({
					banner: '220 alert.test ESMTP',
					reply(line, socket) {
						if (upgrading.has(socket)) {
							return '';
						}

						if (/^ehlo/i.test(line)) {
							return '250-alert.test\r\n250-STARTTLS\r\n250 8BITMIME';
						}

						if (/^starttls/i.test(line)) {
							upgrading.add(socket);
							abortHandshake(socket);
							return '220 2.0.0 Ready to start TLS';
						}

						return undefined;
					},
				}),
			);
		}

		case 'plain-only': {
			return started(
				await startSmtpServer({
					hideSTARTTLS: true,
					disabledCommands: ['STARTTLS', 'AUTH'],
				}),
			);
		}

		case 'plain-auth': {
			return started(
				await startSmtpServer({
					...smtpOptions(false, certs.good, true),
					hideSTARTTLS: true,
					disabledCommands: ['STARTTLS'],
					allowInsecureAuth: true,
				}),
			);
		}

		case 'greeting-554': {
			return started(await startScriptedSmtp({banner: '554 5.7.1 no service for you'}));
		}

		case 'rate-421': {
			return started(await startScriptedSmtp({banner: '421 4.7.0 too many connections'}));
		}

		case 'not-smtp': {
			return started(await startScriptedSmtp({banner: 'SSH-2.0-OpenSSH_9.2'}));
		}

		case 'postscreen': {
			// "220-" at once, the final "220 " only much later (postscreen's greet pause).
			return started(
				await startTcpServer((socket) => {
					socket.resume();
					socket.write('220-mx.postscreen.test ESMTP, hold on\r\n');
					const timer = setTimeout(() => {
						if (!socket.destroyed) {
							socket.write('220 mx.postscreen.test ESMTP\r\n');
						}
					}, 60_000);
					socket.on('close', () => {
						clearTimeout(timer);
					});
				}),
			);
		}
	}
}
