// Proof by running the real clients: for every runnable client and both encryptions, a real
// loopback smtp-server (implicit TLS, or STARTTLS required; AUTH only after TLS) is started, the
// settings smtp-doctor prints for it are taken as they are, and the client (Debian's php-cli +
// libphp-phpmailer, php-symfony-mailer, msmtp, swaks, curl, mutt, python3-django, Python's
// smtplib, nodemailer from npm) sends a message with exactly those settings. The server must have
// accepted it from an authenticated session over TLS. Install the clients with
// scripts/ci/install-clients.sh. Postfix is proven elsewhere (a real Postfix relay test).
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {clientCatalogue, type ClientEncryption} from '../../source/clients/index.js';
import {waitFor} from '../helpers/wait-for.js';
import {startMailServer} from './harness/mail-server.js';
import {clientRunners} from './harness/runners.js';
import {
	createTestPki,
	describeRun,
	runSession,
	testPassword,
	testUser,
	type TestPki,
} from './harness/session.js';

const runnable = clientCatalogue.filter((entry) => entry.isRunnable).map((entry) => entry.id);
const encryptions: readonly ClientEncryption[] = ['implicit-tls', 'starttls'];
const ipv4Clients = clientCatalogue
	.filter((entry) => entry.isRunnable && entry.ipv4 !== null)
	.map((entry) => entry.id);

let pki: TestPki;

beforeAll(async () => {
	pki = await createTestPki();
});

afterAll(async () => {
	await pki.close();
});

async function prove(clientId: string, encryption: ClientEncryption, preferIpv4 = false) {
	const password = testPassword();
	const server = await startMailServer({
		encryption,
		key: pki.good.key,
		cert: pki.good.cert,
		user: testUser,
		password,
	});
	try {
		const result = await runSession({
			clientId,
			input: {host: 'localhost', port: server.port, encryption, user: testUser, preferIpv4},
			caFile: pki.caFile,
			password,
		});
		const account = () => describeRun(result, server);
		expect(result.run.exitCode, account()).toBe(0);
		const message = await waitFor(() => server.accepted[0], {message: account()});
		expect(message.user, account()).toBe(testUser);
		expect(message.isSecure, account()).toBe(true);
		expect(
			server.logins.every((login) => login.isSecure && login.isAccepted),
			account(),
		).toBe(true);
		expect(result.settings.text).not.toContain(password);
		return result;
	} finally {
		await server.close();
	}
}

describe('the catalogue', () => {
	it('has a runner for every runnable client, and the matrix covers at least 9 clients', () => {
		expect(runnable.filter((id) => !clientRunners[id])).toEqual([]);
		expect(runnable.length).toBeGreaterThanOrEqual(9);
	});
});

describe.each(runnable)('%s runs on the printed settings', (clientId) => {
	it.each(encryptions)(
		'%s: the server accepts a message from an authenticated TLS session',
		async (encryption) => {
			await prove(clientId, encryption);
		},
	);
});

describe.each(ipv4Clients)('%s with the IPv4-only option', (clientId) => {
	it('still sends (STARTTLS) with the IPv4 option in the printed settings', async () => {
		const result = await prove(clientId, 'starttls', true);
		expect(result.settings.notes.map((note) => note.key)).toContain('note.ipv4');
	});
});
