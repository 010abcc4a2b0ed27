// TLS errors read the same on Node 20 (OpenSSL 3.0), 22 and 24 (OpenSSL 3.2 and later), which
// spell some of them differently: a real server answers our ClientHello with a TLS alert, and
// the verdict's code and words must not depend on the Node running the probe (the node matrix,
// scripts/ci/node-matrix.mjs, runs this file under each version).
import {afterAll, describe, expect, test} from 'vitest';
import {
	describeTlsAlert,
	opensslReason,
	stableTlsErrorCode,
	tlsAlertNumber,
} from '../../source/engine/tls-errors.js';
import {startTcpServer, type TestServer} from '../helpers/servers.js';
import {probeOne} from './helpers.js';

const servers: TestServer[] = [];

afterAll(async () => {
	await Promise.all(servers.map(async (server) => server.close()));
});

/** A "TLS server" that answers the first bytes (our ClientHello) with one fatal alert record. */
async function alertServer(alert: number): Promise<TestServer> {
	const server = await startTcpServer((socket) => {
		socket.once('data', () => {
			socket.end(Buffer.from([0x15, 0x03, 0x03, 0x00, 0x02, 0x02, alert]));
		});
	});
	servers.push(server);
	return server;
}

// What OpenSSL 3.0 (Node 20) and 3.2+ (Node 22, 24) say for the same alert, verbatim.
const node20Message =
	'800CAD36617F0000:error:0A000410:SSL routines:ssl3_read_bytes:sslv3 alert handshake failure:../deps/openssl/openssl/ssl/record/rec_layer_s3.c:1601:SSL alert number 40\n';
const node22Message =
	'C0AC2A6B0C7F0000:error:0A000410:SSL routines:ssl3_read_bytes:ssl/tls alert handshake failure:../deps/openssl/openssl/ssl/record/rec_layer_s3.c:918:SSL alert number 40\n';

describe('one spelling of TLS errors across Node versions', () => {
	test('codes: the OpenSSL 3.2 "SSL/TLS" spelling becomes the long-documented SSLV3 one', () => {
		expect(stableTlsErrorCode('ERR_SSL_SSL/TLS_ALERT_HANDSHAKE_FAILURE')).toBe(
			'ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE',
		);
		expect(stableTlsErrorCode('ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE')).toBe(
			'ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE',
		);
		expect(stableTlsErrorCode('ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION')).toBe(
			'ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION',
		);
		expect(stableTlsErrorCode('ECONNRESET')).toBe('ECONNRESET');
	});

	test('messages: both versions give the same alert words, without thread id or source line', () => {
		expect(tlsAlertNumber(node20Message)).toBe(40);
		expect(tlsAlertNumber(node22Message)).toBe(40);
		expect(describeTlsAlert(node20Message)).toBe(describeTlsAlert(node22Message));
		expect(opensslReason(node22Message)).toBe('ssl/tls alert handshake failure');
		expect(opensslReason('socket hang up')).toBe('socket hang up');
		expect(describeTlsAlert('socket hang up')).toBeUndefined();
	});

	test.each([
		[
			40,
			'ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE',
			'the server ended the handshake: no cipher or settings in common',
		],
		[
			42,
			'ERR_SSL_SSLV3_ALERT_BAD_CERTIFICATE',
			'the server refused the handshake: TLS alert 42 (bad_certificate)',
		],
		[70, 'ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION', 'no TLS version in common with the server'],
		[
			49,
			'ERR_SSL_TLSV1_ALERT_ACCESS_DENIED',
			'the server refused the handshake: TLS alert 49 (access_denied)',
		],
	])('a server answering with alert %i: %s on every Node', async (alert, code, reason) => {
		const server = await alertServer(alert);
		const {port} = await probeOne(server.port, {mode: 'implicit-tls'});
		expect(port.verdict.code).toBe('tls-handshake-failed');
		expect(port.verdict.params).toMatchObject({errorCode: code, reason, alert, side: 'server'});
		expect(JSON.stringify(port)).not.toMatch(/deps\/openssl|SSL\/TLS_ALERT|:error:|\.c:\d/);
	});

	test('alert 80 after a 220 to STARTTLS: decoded, named, and the port stays STARTTLS', async () => {
		const server = await startTcpServer((socket) => {
			socket.write('220 alert.test ESMTP\r\n');
			let isUpgrading = false;
			socket.on('data', (chunk: Buffer) => {
				if (isUpgrading) {
					socket.end(Buffer.from([0x15, 0x03, 0x03, 0x00, 0x02, 0x02, 80]));
					return;
				}

				const text = chunk.toString('latin1');
				if (/^ehlo/im.test(text)) {
					socket.write('250-alert.test\r\n250-STARTTLS\r\n250 8BITMIME\r\n');
				} else if (/^starttls/im.test(text)) {
					isUpgrading = true;
					socket.write('220 2.0.0 Ready to start TLS\r\n');
				}
			});
		});
		servers.push(server);
		const {port} = await probeOne(server.port);
		expect(port.encryption).toBe('starttls');
		expect(port.verdict).toMatchObject({
			code: 'tls-handshake-failed',
			params: {
				alert: 80,
				alertName: 'internal_error',
				side: 'server',
				during: 'starttls',
				errorCode: 'ERR_SSL_TLSV1_ALERT_INTERNAL_ERROR',
			},
		});
		expect(JSON.stringify(port)).not.toMatch(/deps\/openssl|rec_layer|:error:|\.c:\d/);
	});
});
