// How a fix is said in a client's own words. The 16 clients of source/clients/ bring their
// labels ("secure: true", "ENCRYPTION_SMTPS"), their option that insists on STARTTLS and their
// password field; the decoder adds a few clients that print errors people paste but that have
// no settings snippet (JavaMail, .NET's SmtpClient, Swift Mailer, aiosmtplib, Uptime Kuma), and
// per client how to trust an extra CA and how to get a more detailed log.
import {findClient} from '../clients/index.js';
import type {ClientSource} from '../clients/index.js';

/** The words a fix needs from one client. */
export type ClientWords = {
	readonly id: string;
	readonly name: string;
	/** Short name for sentences. */
	readonly short: string;
	/** The client's word for TLS from the first byte (port 465); null when it cannot do that. */
	readonly implicit: string | null;
	/** The client's word for plain text, then STARTTLS (port 587). */
	readonly starttls: string;
	/** What makes it insist on STARTTLS; null when it has nothing. */
	readonly requireStarttls: string | null;
	readonly passwordField: string;
	/** How to check the certificate against another name, when the client can. */
	readonly nameOverride?: string;
};

/** A client the decoder recognises that has no entry in source/clients/. */
type ExtraClient = ClientWords & {readonly sources: readonly ClientSource[]};

const checked = '2026-12-04';

export const extraClients: readonly ExtraClient[] = [
	{
		id: 'javamail',
		name: 'JavaMail / Jakarta Mail',
		short: 'JavaMail',
		implicit: 'mail.smtp.ssl.enable=true',
		starttls: 'mail.smtp.starttls.enable=true',
		requireStarttls: 'mail.smtp.starttls.required=true',
		passwordField: 'the password given to Transport.connect() or the Authenticator',
		sources: [
			{
				url: 'https://oracle.com/java/technologies/javamail-sslnotes.html',
				title: 'JavaMail API SSL Notes: mail.smtp.ssl.enable, mail.smtp.starttls.enable',
				kind: 'official',
				checked,
			},
			{
				url: 'https://download.oracle.com/glassfish/mail-archive/javamail.java.net/commits/2008/11/0008.html',
				title: 'JavaMail: add mail.smtp.starttls.required property to require use of STARTTLS',
				kind: 'source-code',
				checked,
			},
		],
	},
	{
		id: 'dotnet-smtpclient',
		name: '.NET System.Net.Mail.SmtpClient',
		short: 'SmtpClient',
		// SmtpClient speaks only STARTTLS: TLS from the first byte is not supported at all.
		implicit: null,
		starttls: 'EnableSsl = true',
		requireStarttls: 'EnableSsl = true',
		passwordField: 'Credentials = new NetworkCredential(user, password)',
		sources: [
			{
				url: 'https://learn.microsoft.com/dotnet/api/system.net.mail.smtpclient.enablessl',
				title: 'SmtpClient.EnableSsl: STARTTLS; implicit SSL (port 465) is not supported',
				kind: 'official',
				checked,
			},
		],
	},
	{
		id: 'swiftmailer',
		name: 'Swift Mailer (PHP)',
		short: 'Swift Mailer',
		implicit: "new Swift_SmtpTransport($host, 465, 'ssl')",
		starttls: "new Swift_SmtpTransport($host, 587, 'tls')",
		requireStarttls: "the third argument 'tls'",
		passwordField: 'setPassword()',
		sources: [
			{
				url: 'https://swiftmailer.symfony.com/docs/sending.html',
				title: "Swift Mailer: Using the SMTP Transport (encryption 'ssl' or 'tls')",
				kind: 'official',
				checked,
			},
		],
	},
	{
		id: 'aiosmtplib',
		name: 'aiosmtplib (Python asyncio)',
		short: 'aiosmtplib',
		implicit: 'use_tls=True',
		starttls: 'start_tls=True',
		requireStarttls: 'start_tls=True',
		passwordField: 'password=',
		sources: [
			{
				url: 'https://aiosmtplib.readthedocs.io/en/stable/encryption.html',
				title: 'aiosmtplib: TLS, SSL & STARTTLS (use_tls, start_tls)',
				kind: 'official',
				checked,
			},
		],
	},
	{
		id: 'uptime-kuma',
		name: 'Uptime Kuma (Email (SMTP) notification)',
		short: 'Uptime Kuma',
		implicit: 'Security: TLS (465)',
		starttls: 'Security: None / STARTTLS (25, 587)',
		// The choice sets nodemailer's `secure`; STARTTLS is used when offered, never insisted on.
		requireStarttls: null,
		passwordField: 'Password',
		sources: [
			{
				url: 'https://github.com/louislam/uptime-kuma/blob/master/src/components/notifications/SMTP.vue',
				title: 'Uptime Kuma SMTP notification form: Security (smtpSecure false / true)',
				kind: 'source-code',
				checked,
			},
		],
	},
];

/** The words of client `id` (from source/clients/ or the extras above), or undefined. */
export function clientWords(id: string | null): ClientWords | undefined {
	if (id === null) {
		return undefined;
	}

	const entry = findClient(id);
	if (entry) {
		return {
			id: entry.id,
			name: entry.name,
			short: entry.short,
			implicit: entry.labels['implicit-tls'],
			starttls: entry.labels.starttls,
			requireStarttls: entry.requireStarttls,
			passwordField: entry.passwordField,
			...(entry.nameOverride ? {nameOverride: entry.nameOverride} : {}),
		};
	}

	return extraClients.find((client) => client.id === id);
}

/**
 * How each client trusts one more CA (a private or company CA) without turning checks off:
 * option names only (they read the same in every language). These are the ways the
 * real-client tests hand their throwaway CA to each client (tests/clients/README.md).
 */
export const trustCaOption: Readonly<Record<string, string>> = {
	nodemailer: 'NODE_EXTRA_CA_CERTS=/path/to/ca.pem',
	phpmailer: 'SSL_CERT_FILE=/path/to/ca.pem',
	wordpress: 'SSL_CERT_FILE=/path/to/ca.pem',
	symfony: 'SSL_CERT_FILE=/path/to/ca.pem',
	laravel: 'SSL_CERT_FILE=/path/to/ca.pem',
	smtplib: 'ssl.create_default_context(cafile="/path/to/ca.pem")',
	django: 'SSL_CERT_FILE=/path/to/ca.pem',
	curl: '--cacert /path/to/ca.pem',
	msmtp: 'tls_trust_file /path/to/ca.pem',
	mutt: 'set ssl_ca_certificates_file = /path/to/ca.pem',
	swaks: '--tls-ca-path /path/to/ca.pem',
	postfix: 'smtp_tls_CAfile = /path/to/ca.pem',
	'uptime-kuma': 'NODE_EXTRA_CA_CERTS=/path/to/ca.pem',
};

/** How to make a client print the whole SMTP dialogue (paste that for a sharper answer). */
export const debugOption: Readonly<Record<string, string>> = {
	nodemailer: 'logger: true, debug: true',
	phpmailer: '$mail->SMTPDebug = SMTP::DEBUG_SERVER;',
	smtplib: 'server.set_debuglevel(1)',
	curl: '-v',
	msmtp: '--debug',
	mutt: '-d 2',
	javamail: 'mail.debug=true',
};
