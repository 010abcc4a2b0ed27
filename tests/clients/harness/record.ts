// The error recorder: runs every runnable client in the classic wrong modes against real
// loopback servers and keeps what each printed, trimmed to the lines that matter, with temporary
// paths, ports and passwords normalised. Run through scripts/record-client-errors.mjs; the output
// is tests/fixtures/client-errors/<client>.json.
import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {
	clientCatalogue,
	type ClientEncryption,
	type ClientInput,
} from '../../../source/clients/index.js';
import {createLeafCertificate, type TestCertificate} from '../../helpers/certificates.js';
import {startMailServer} from './mail-server.js';
import {clientRunners, projectRoot, runClient} from './runners.js';
import {createTestPki, testPassword, testUser, type TestPki} from './session.js';
import {clientSettings} from '../../../source/clients/index.js';
import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';

/** Stable cause codes (shared with the error decoder). */
export const causeCodes = [
	'tls-on-starttls-port',
	'plaintext-on-tls-port',
	'starttls-not-used',
	'cert-untrusted',
	'cert-name-mismatch',
	'cert-expired',
	'auth-failed',
	'auth-app-password',
	'auth-disabled-tenant',
	'port-blocked',
	'connection-refused',
	'dns-failure',
	'relay-denied',
	'tls-old-version',
	'rate-limited',
] as const;

/** A stable cause code. */
export type CauseCode = (typeof causeCodes)[number];

type CertKind = 'good' | 'self-signed' | 'wrong-name' | 'expired';

/** One classic mistake: what the server is, what the client was told. */
type WrongMode = {
	readonly mode: string;
	readonly expectedCause: CauseCode;
	readonly server: ClientEncryption;
	readonly cert: CertKind;
	/** What the client is configured for; 'none' is the STARTTLS settings with TLS turned off. */
	readonly client: ClientEncryption | 'none';
	readonly isWrongPassword?: boolean;
	/** The client waits for a greeting that never comes: ask it to give up early. */
	readonly isHanging?: boolean;
};

export const wrongModes: readonly WrongMode[] = [
	{
		mode: 'implicit-tls-on-starttls-port',
		expectedCause: 'tls-on-starttls-port',
		server: 'starttls',
		cert: 'good',
		client: 'implicit-tls',
	},
	{
		mode: 'starttls-on-implicit-tls-port',
		expectedCause: 'plaintext-on-tls-port',
		server: 'implicit-tls',
		cert: 'good',
		client: 'starttls',
		isHanging: true,
	},
	{
		mode: 'plain-on-implicit-tls-port',
		expectedCause: 'plaintext-on-tls-port',
		server: 'implicit-tls',
		cert: 'good',
		client: 'none',
		isHanging: true,
	},
	{
		mode: 'no-starttls-where-required',
		expectedCause: 'starttls-not-used',
		server: 'starttls',
		cert: 'good',
		client: 'none',
	},
	{
		mode: 'self-signed-certificate',
		expectedCause: 'cert-untrusted',
		server: 'implicit-tls',
		cert: 'self-signed',
		client: 'implicit-tls',
	},
	{
		mode: 'wrong-certificate-name',
		expectedCause: 'cert-name-mismatch',
		server: 'implicit-tls',
		cert: 'wrong-name',
		client: 'implicit-tls',
	},
	{
		mode: 'expired-certificate',
		expectedCause: 'cert-expired',
		server: 'implicit-tls',
		cert: 'expired',
		client: 'implicit-tls',
	},
	{
		mode: 'wrong-password',
		expectedCause: 'auth-failed',
		server: 'starttls',
		cert: 'good',
		client: 'starttls',
		isWrongPassword: true,
	},
];

/**
 * The STARTTLS settings with encryption turned off, as a user who picked "None" would have them.
 * Null where the client cannot be told to skip TLS (Symfony Mailer 5.4 always upgrades).
 */
const withoutTls: Readonly<Record<string, ((text: string) => string) | null>> = {
	nodemailer: (text) => text.replace('\trequireTLS: true,', '\tignoreTLS: true,'),
	phpmailer: (text) =>
		text.replace(
			'$mail->SMTPSecure = PHPMailer::ENCRYPTION_STARTTLS;',
			"$mail->SMTPSecure = '';\n$mail->SMTPAutoTLS = false;",
		),
	smtplib: (text) => text.replace('    server.starttls(context=context)\n', ''),
	django: (text) => text.replace('EMAIL_USE_TLS = True', 'EMAIL_USE_TLS = False'),
	symfony: null,
	msmtp: (text) => text.replace('tls on\ntls_starttls on', 'tls off'),
	swaks: (text) => text.replace(' \\\n  --tls \\\n  --tls-verify', ''),
	curl: (text) => text.replace(' --ssl-reqd', ''),
	mutt: (text) =>
		text
			.replace('set ssl_starttls = yes', 'set ssl_starttls = no')
			.replace('set ssl_force_tls = yes', 'set ssl_force_tls = no'),
};

/** One recorded run. */
export type RecordedError = {
	readonly client: string;
	readonly mode: string;
	readonly expectedCause: CauseCode;
	/** 'error': the client failed and printed `text`; 'accepted': it sent anyway; 'timed-out': killed. */
	readonly outcome: 'error' | 'accepted' | 'timed-out';
	readonly exitCode: number | null;
	readonly text: string;
};

const interesting =
	/error|fail|refus|denied|wrong|timeout|timed out|certificat|verif|tls|ssl|auth|unable|cannot|could not|invalid|expired|unknown|greeting|reset|closed|^\*\*\*|\b[45]\d\d\b/i;
const maxLines = 12;

/** Normalises and trims what a client printed to the lines that say what went wrong. */
export function trimOutput(
	raw: string,
	replacements: ReadonlyArray<readonly [string, string]>,
): string {
	let text = raw.replaceAll('\r', '');
	text = text.replaceAll(/\u001B\[[\d;]*[A-Za-z]/g, '');
	for (const [from, to] of replacements) {
		if (from !== '') {
			text = text.replaceAll(from, to);
		}
	}

	text = text.replaceAll(/\/tmp\/smtp-doctor-[\w-]+/g, '<tmp>');
	text = text.replaceAll(/\b[\dA-F]{12,}:error:/g, '<id>:error:');
	// Elapsed times differ from run to run ("timed out after 8001 milliseconds").
	text = text.replaceAll(/\b\d+ milliseconds\b/g, '<ms> milliseconds');
	const lines = text.split('\n');
	const kept: string[] = [];
	for (let index = 0; index < lines.length; index++) {
		const line = lines[index] ?? '';
		if (/^(?:file:\/\/|\/|<project>\/|<tmp>\/)\S+:\d+$/.test(line)) {
			// Node's "file:line" header of an uncaught error and the source line under it.
			index++;
			continue;
		}

		if (
			line.trim() === '' ||
			/^\s{4,}\S/.test(line) || // deeper levels of an object dump (certificate fields)
			/^\s+at /.test(line) || // Node stack frames
			/^#\d+ /.test(line) || // PHP stack frames
			/^\s*\^+\s*$/.test(line) // caret under a source line
		) {
			continue;
		}

		if (/^ {2}File "/.test(line)) {
			// A Python frame: skip it and the source line under it.
			if (/^ {4}/.test(lines[index + 1] ?? '')) {
				index++;
			}

			continue;
		}

		kept.push(line.trimEnd());
	}

	const relevant = kept.filter((line) => interesting.test(line));
	return (relevant.length > 0 ? relevant.slice(0, maxLines) : kept.slice(-8)).join('\n');
}

async function certificateFor(kind: CertKind, pki: TestPki): Promise<TestCertificate> {
	switch (kind) {
		case 'good': {
			return pki.good;
		}

		case 'self-signed': {
			return createLeafCertificate({names: ['localhost'], ips: ['127.0.0.1']});
		}

		case 'wrong-name': {
			return createLeafCertificate({names: ['mail.example.test'], ips: [], ca: pki.ca});
		}

		case 'expired': {
			return createLeafCertificate({names: ['localhost'], fromDays: -60, toDays: -1, ca: pki.ca});
		}
	}
}

async function recordOne(
	clientId: string,
	wrong: WrongMode,
	pki: TestPki,
	cert: TestCertificate,
): Promise<RecordedError | undefined> {
	const runner = clientRunners[clientId];
	if (!runner) {
		return undefined;
	}

	const password = testPassword();
	const wrongPassword = 'Wr0ng-password-for-test';
	const server = await startMailServer({
		encryption: wrong.server,
		key: cert.key,
		cert: cert.cert,
		user: testUser,
		password,
	});
	const dir = await mkdtemp(path.join(tmpdir(), `smtp-doctor-${clientId}-`));
	try {
		const encryption = wrong.client === 'none' ? 'starttls' : wrong.client;
		const input: ClientInput = {host: 'localhost', port: server.port, encryption, user: testUser};
		let text = clientSettings(input, clientId).text;
		if (wrong.client === 'none') {
			const strip = withoutTls[clientId];
			if (!strip) {
				return undefined;
			}

			text = strip(text);
		}

		if (wrong.isHanging) {
			text = runner.withShortTimeout(text);
		}

		const prepared = await runner.prepare(dir, text, {
			caFile: pki.caFile,
			password: wrong.isWrongPassword ? wrongPassword : password,
			recipient: testUser,
		});
		const run = await runClient(dir, prepared, 15_000);
		const replacements: Array<readonly [string, string]> = [
			// AUTH payloads carry the password in base64; a transcript (swaks) shows them.
			...[password, wrongPassword].flatMap((secret) => [
				[Buffer.from(`\u0000${testUser}\u0000${secret}`).toString('base64'), '<redacted>'] as const,
				[Buffer.from(secret).toString('base64'), '<redacted>'] as const,
			]),
			[dir, '<tmp>'],
			[projectRoot, '<project>/'],
			[pki.dir, '<tmp>'],
			[password, '<password>'],
			[wrongPassword, '<password>'],
			[`:${server.port}`, ':<port>'],
			[` ${server.port}`, ' <port>'],
			[`=${server.port}`, '=<port>'],
		];
		const isAccepted = server.accepted.length > 0 && run.exitCode === 0;
		const outcome = run.isTimedOut ? 'timed-out' : isAccepted ? 'accepted' : 'error';
		return {
			client: clientId,
			mode: wrong.mode,
			expectedCause: wrong.expectedCause,
			outcome,
			exitCode: run.exitCode,
			text: outcome === 'accepted' ? '' : trimOutput(`${run.stderr}\n${run.stdout}`, replacements),
		};
	} finally {
		await server.close();
		await rm(dir, {recursive: true, force: true});
	}
}

/** Runs every runnable client in every wrong mode and writes one fixture file per client. */
export async function recordClientErrors(
	outDir: string,
	onProgress: (line: string) => void = () => undefined,
	onlyClients?: readonly string[],
): Promise<readonly RecordedError[]> {
	const pki = await createTestPki();
	const certs = new Map<CertKind, TestCertificate>();
	const all: RecordedError[] = [];
	try {
		for (const kind of ['good', 'self-signed', 'wrong-name', 'expired'] as const) {
			certs.set(kind, await certificateFor(kind, pki));
		}

		await mkdir(outDir, {recursive: true});
		const clients = clientCatalogue
			.filter((entry) => entry.isRunnable && (!onlyClients || onlyClients.includes(entry.id)))
			.map((entry) => entry.id);
		for (const clientId of clients) {
			const records: RecordedError[] = [];
			for (const wrong of wrongModes) {
				const cert = certs.get(wrong.cert) ?? pki.good;
				const record = await recordOne(clientId, wrong, pki, cert);
				if (record) {
					records.push(record);
					onProgress(
						`${clientId} ${wrong.mode}: ${record.outcome}${record.text ? ` | ${record.text.split('\n')[0] ?? ''}` : ''}`,
					);
				} else {
					onProgress(`${clientId} ${wrong.mode}: not applicable`);
				}
			}

			await writeFile(
				path.join(outDir, `${clientId}.json`),
				`${JSON.stringify(records, null, '\t')}\n`,
			);
			all.push(...records);
		}
	} finally {
		await pki.close();
	}

	return all;
}
