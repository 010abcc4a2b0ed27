// The documented option names and values each client uses, with the source of each: the table
// the catalogue's templates are held to (tests/clients/catalogue.test.ts). For the clients the
// tests cannot run (Thunderbird, Outlook, Apple Mail, WordPress, Laravel, Postfix, Gitea) this is
// the check; for the others the real client runs on the printed text as well.
import type {ClientEncryption} from './types.js';

/** One documented field or option, exactly as it appears in the snippet. */
export type DocumentedOption = {
	readonly client: string;
	readonly encryption: ClientEncryption | 'both';
	/** The field or option as the snippet prints it. */
	readonly text: string;
	/** What the source says it does. */
	readonly meaning: string;
	/** The page it is documented on (one of the client's sources). */
	readonly source: string;
};

const nodemailer = 'https://nodemailer.com/smtp/';
const phpmailer = 'https://github.com/PHPMailer/PHPMailer/blob/master/src/PHPMailer.php';
const smtplib = 'https://docs.python.org/3/library/smtplib.html';
const django = 'https://docs.djangoproject.com/en/stable/ref/settings/#email-use-tls';
const laravelConfig = 'https://github.com/laravel/laravel/blob/12.x/config/mail.php';
const laravelManager =
	'https://github.com/laravel/framework/blob/12.x/src/Illuminate/Mail/MailManager.php';
const symfony = 'https://symfony.com/doc/current/mailer.html#transport-setup';
const symfonyChangelog =
	'https://github.com/symfony/symfony/blob/7.3/src/Symfony/Component/Mailer/CHANGELOG.md';
const wpDocs = 'https://wpmailsmtp.com/docs/how-to-set-up-the-other-smtp-mailer-in-wp-mail-smtp/';
const wpConstants = 'https://github.com/awesomemotive/WP-Mail-SMTP/blob/master/wp_mail_smtp.php';
const msmtp = 'https://marlam.de/msmtp/msmtp.html';
const swaks = 'https://jetmore.org/john/code/swaks/latest/doc/ref.txt';
const curl = 'https://curl.se/docs/manpage.html';
const postfixWrapper = 'https://www.postfix.org/postconf.5.html#smtp_tls_wrappermode';
const postfixLevel = 'https://www.postfix.org/postconf.5.html#smtp_tls_security_level';
const postfixSasl = 'https://www.postfix.org/SASL_README.html#client_sasl_enable';
const mutt = 'http://www.mutt.org/doc/manual/#smtp-url';
const thunderbird = 'https://support.mozilla.org/kb/manual-account-configuration';
const outlookApi =
	'https://learn.microsoft.com/en-us/office/client-developer/outlook/auxiliary/prop_smtp_secure_connection';
const outlookSettings =
	'https://support.microsoft.com/office/pop-imap-and-smtp-settings-8361e398-8af4-4e97-b147-6c6c4ac95353';
const apple =
	'https://support.apple.com/guide/mail/change-outgoing-server-settings-cpmlprefsmtpserver/mac';
const giteaSetup = 'https://docs.gitea.com/administration/email-setup';
const giteaCheatSheet = 'https://docs.gitea.com/administration/config-cheat-sheet#mailer-mailer';

export const documentedOptions: readonly DocumentedOption[] = [
	{
		client: 'nodemailer',
		encryption: 'implicit-tls',
		text: 'secure: true',
		meaning: 'TLS when connecting (port 465)',
		source: nodemailer,
	},
	{
		client: 'nodemailer',
		encryption: 'starttls',
		text: 'secure: false',
		meaning: 'plain start, STARTTLS if offered',
		source: nodemailer,
	},
	{
		client: 'nodemailer',
		encryption: 'starttls',
		text: 'requireTLS: true',
		meaning: 'STARTTLS required even if not advertised',
		source: nodemailer,
	},
	{
		client: 'nodemailer',
		encryption: 'both',
		text: 'auth: {user:',
		meaning: 'login user (auth.user / auth.pass)',
		source: nodemailer,
	},

	{
		client: 'phpmailer',
		encryption: 'implicit-tls',
		text: 'PHPMailer::ENCRYPTION_SMTPS',
		meaning: "'ssl': implicit TLS (RFC 8314)",
		source: phpmailer,
	},
	{
		client: 'phpmailer',
		encryption: 'starttls',
		text: 'PHPMailer::ENCRYPTION_STARTTLS',
		meaning: "'tls': STARTTLS",
		source: phpmailer,
	},
	{
		client: 'phpmailer',
		encryption: 'both',
		text: '$mail->SMTPAuth = true;',
		meaning: 'SMTP authentication on',
		source: phpmailer,
	},
	{
		client: 'phpmailer',
		encryption: 'both',
		text: '$mail->Username',
		meaning: 'SMTP user name',
		source: phpmailer,
	},

	{
		client: 'smtplib',
		encryption: 'implicit-tls',
		text: 'smtplib.SMTP_SSL(',
		meaning: 'SSL required from the beginning of the connection',
		source: smtplib,
	},
	{
		client: 'smtplib',
		encryption: 'starttls',
		text: 'server.starttls(context=context)',
		meaning: 'put the connection in TLS mode',
		source: smtplib,
	},
	{
		client: 'smtplib',
		encryption: 'both',
		text: 'server.login(',
		meaning: 'log in on a server that requires authentication',
		source: smtplib,
	},

	{
		client: 'django',
		encryption: 'implicit-tls',
		text: 'EMAIL_USE_SSL = True',
		meaning: 'implicit TLS, generally port 465',
		source: django,
	},
	{
		client: 'django',
		encryption: 'starttls',
		text: 'EMAIL_USE_TLS = True',
		meaning: 'TLS (secure) connection, generally port 587',
		source: django,
	},
	{
		client: 'django',
		encryption: 'both',
		text: 'EMAIL_HOST_PASSWORD',
		meaning: 'password for the SMTP server',
		source: django,
	},

	{
		client: 'laravel',
		encryption: 'implicit-tls',
		text: 'MAIL_SCHEME=smtps',
		meaning: "'scheme' => env('MAIL_SCHEME'), passed to Symfony's DSN",
		source: laravelConfig,
	},
	{
		client: 'laravel',
		encryption: 'starttls',
		text: 'MAIL_SCHEME=smtp',
		meaning: 'smtp scheme: STARTTLS when offered',
		source: laravelManager,
	},
	{
		client: 'laravel',
		encryption: 'both',
		text: 'MAIL_USERNAME=',
		meaning: "'username' => env('MAIL_USERNAME')",
		source: laravelConfig,
	},
	{
		client: 'laravel',
		encryption: 'both',
		text: 'MAIL_PASSWORD=',
		meaning: "'password' => env('MAIL_PASSWORD')",
		source: laravelConfig,
	},

	{
		client: 'symfony',
		encryption: 'implicit-tls',
		text: 'MAILER_DSN=smtps://',
		meaning: 'smtps: same as smtp on port 465 (TLS from the start)',
		source: symfonyChangelog,
	},
	{
		client: 'symfony',
		encryption: 'starttls',
		text: 'MAILER_DSN=smtp://',
		meaning: 'smtp: STARTTLS used automatically when offered',
		source: symfony,
	},
	{
		client: 'symfony',
		encryption: 'starttls',
		text: 'require_tls=true',
		meaning: 'DSN param to enforce TLS/STARTTLS (7.3)',
		source: symfonyChangelog,
	},

	{
		client: 'wordpress',
		encryption: 'implicit-tls',
		text: 'Encryption: SSL',
		meaning: 'Encryption choices None / SSL / TLS',
		source: wpDocs,
	},
	{
		client: 'wordpress',
		encryption: 'starttls',
		text: 'Encryption: TLS',
		meaning: 'Encryption choices None / SSL / TLS',
		source: wpDocs,
	},
	{
		client: 'wordpress',
		encryption: 'both',
		text: 'SMTP Host:',
		meaning: 'field SMTP Host',
		source: wpDocs,
	},
	{
		client: 'wordpress',
		encryption: 'both',
		text: 'SMTP Port:',
		meaning: 'field SMTP Port',
		source: wpDocs,
	},
	{
		client: 'wordpress',
		encryption: 'both',
		text: 'SMTP Username:',
		meaning: 'field SMTP Username',
		source: wpDocs,
	},
	{
		client: 'wordpress',
		encryption: 'implicit-tls',
		text: "define('WPMS_SSL', 'ssl');",
		meaning: "WPMS_SSL: '', 'ssl' or 'tls'",
		source: wpConstants,
	},
	{
		client: 'wordpress',
		encryption: 'starttls',
		text: "define('WPMS_SSL', 'tls');",
		meaning: "WPMS_SSL: '', 'ssl' or 'tls'",
		source: wpConstants,
	},
	{
		client: 'wordpress',
		encryption: 'both',
		text: "define('WPMS_SMTP_AUTH', true);",
		meaning: 'authentication on',
		source: wpConstants,
	},

	{client: 'msmtp', encryption: 'both', text: 'tls on', meaning: 'enable TLS', source: msmtp},
	{
		client: 'msmtp',
		encryption: 'implicit-tls',
		text: 'tls_starttls off',
		meaning: 'tunnel the session through TLS',
		source: msmtp,
	},
	{
		client: 'msmtp',
		encryption: 'starttls',
		text: 'tls_starttls on',
		meaning: 'start TLS from within the session',
		source: msmtp,
	},
	{
		client: 'msmtp',
		encryption: 'both',
		text: 'passwordeval',
		meaning: 'password from the output of a command',
		source: msmtp,
	},

	{
		client: 'swaks',
		encryption: 'implicit-tls',
		text: '--tls-on-connect',
		meaning: 'initiate a TLS connection immediately on connection',
		source: swaks,
	},
	{
		client: 'swaks',
		encryption: 'starttls',
		text: '--tls',
		meaning: 'require connection to use STARTTLS',
		source: swaks,
	},
	{
		client: 'swaks',
		encryption: 'both',
		text: '--tls-verify',
		meaning: "verify the server's certificate",
		source: swaks,
	},
	{
		client: 'swaks',
		encryption: 'both',
		text: '--auth-password',
		meaning: 'password for authentication',
		source: swaks,
	},

	{
		client: 'curl',
		encryption: 'implicit-tls',
		text: 'smtps://',
		meaning: 'SMTP over TLS from the start',
		source: curl,
	},
	{
		client: 'curl',
		encryption: 'starttls',
		text: '--ssl-reqd',
		meaning: 'require SSL/TLS (STARTTLS) for the connection',
		source: curl,
	},
	{client: 'curl', encryption: 'both', text: '--mail-rcpt', meaning: 'recipient', source: curl},

	{
		client: 'postfix',
		encryption: 'implicit-tls',
		text: 'smtp_tls_wrappermode = yes',
		meaning: 'TLS from the start (SMTPS, port 465)',
		source: postfixWrapper,
	},
	{
		client: 'postfix',
		encryption: 'both',
		text: 'smtp_tls_security_level = encrypt',
		meaning: 'mandatory TLS encryption',
		source: postfixLevel,
	},
	{
		client: 'postfix',
		encryption: 'both',
		text: 'smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd',
		meaning: 'relayhost credentials',
		source: postfixSasl,
	},
	{
		client: 'postfix',
		encryption: 'both',
		text: 'relayhost = [',
		meaning: 'relay host in brackets: no MX lookup',
		source: postfixSasl,
	},

	{
		client: 'mutt',
		encryption: 'implicit-tls',
		text: 'smtps://',
		meaning: 'smtp_url with TLS from the start',
		source: mutt,
	},
	{
		client: 'mutt',
		encryption: 'starttls',
		text: 'set ssl_starttls = yes',
		meaning: 'attempt STARTTLS',
		source: mutt,
	},
	{
		client: 'mutt',
		encryption: 'both',
		text: 'set ssl_force_tls = yes',
		meaning: 'require encrypted connections',
		source: mutt,
	},
	{
		client: 'mutt',
		encryption: 'both',
		text: 'set smtp_pass',
		meaning: 'SMTP password',
		source: mutt,
	},

	{
		client: 'thunderbird',
		encryption: 'implicit-tls',
		text: 'Connection security: SSL/TLS',
		meaning: 'choices None / STARTTLS / SSL/TLS',
		source: thunderbird,
	},
	{
		client: 'thunderbird',
		encryption: 'starttls',
		text: 'Connection security: STARTTLS',
		meaning: 'choices None / STARTTLS / SSL/TLS',
		source: thunderbird,
	},
	{
		client: 'thunderbird',
		encryption: 'both',
		text: 'Authentication method: Normal password',
		meaning: 'password sent inside the encrypted connection',
		source: thunderbird,
	},
	{
		client: 'thunderbird',
		encryption: 'both',
		text: 'Server Name:',
		meaning: 'outgoing server host name',
		source: thunderbird,
	},

	{
		client: 'outlook',
		encryption: 'implicit-tls',
		text: 'encrypted connection: SSL/TLS',
		meaning: 'ENCRYPT_CONN_SSL',
		source: outlookApi,
	},
	{
		client: 'outlook',
		encryption: 'starttls',
		text: 'encrypted connection: STARTTLS',
		meaning: 'ENCRYPT_CONN_TLS; encryption method STARTTLS for port 587',
		source: outlookSettings,
	},
	{
		client: 'outlook',
		encryption: 'both',
		text: 'requires authentication',
		meaning: 'outgoing server requires authentication',
		source: outlookSettings,
	},

	{
		client: 'apple-mail',
		encryption: 'both',
		text: 'Host Name:',
		meaning: 'name of the mail server',
		source: apple,
	},
	{
		client: 'apple-mail',
		encryption: 'both',
		text: 'Automatically manage connection settings: off',
		meaning: 'deselect to set port, TLS and authentication',
		source: apple,
	},
	{
		client: 'apple-mail',
		encryption: 'both',
		text: 'Use TLS/SSL: on',
		meaning: 'one checkbox for TLS/SSL',
		source: apple,
	},

	{
		client: 'gitea',
		encryption: 'implicit-tls',
		text: 'PROTOCOL = smtps',
		meaning: 'SMTP over TLS from the start',
		source: giteaSetup,
	},
	{
		client: 'gitea',
		encryption: 'starttls',
		text: 'PROTOCOL = smtp+starttls',
		meaning: 'SMTP with STARTTLS required',
		source: giteaCheatSheet,
	},
	{
		client: 'gitea',
		encryption: 'both',
		text: 'SMTP_ADDR = ',
		meaning: 'mail server address',
		source: giteaSetup,
	},
	{
		client: 'gitea',
		encryption: 'both',
		text: 'PASSWD = ',
		meaning: 'SMTP password',
		source: giteaSetup,
	},
];
