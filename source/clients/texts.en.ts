// English texts of the client-settings feature: one flat table, the same keys as texts.id.ts
// (a test checks keys and {placeholders}). A later step moves them into the i18n catalogue.
// Option names inside the texts stay as the client spells them.

export const clientTextsEn = {
	// Notes that follow from the probe, filled with this client's own option names.
	'note.useDnsName':
		'The certificate is for {certName}, not for the IP address {ip}: these settings use {certName} so that {client} can check it.',
	'note.useDnsNameOverride':
		'To keep the IP address, {option} makes {client} check the certificate against {certName}.',
	'note.requireStarttls':
		'This server offers STARTTLS but does not insist on it (it offers login before TLS); {option} makes {client} stop instead of logging in unencrypted.',
	'note.requireStarttlsMissing':
		'This server offers STARTTLS but does not insist on it (it offers login before TLS), and {client} has no setting that insists on it: prefer a port with TLS from the start (SSL) when the server has one.',
	'note.appPassword':
		'This provider wants an app password: put it in {passwordField}, not the normal account password.',
	'note.ipv4': 'IPv6 did not work from here, so these settings use IPv4 only ({option}).',
	'note.ipv4Missing':
		'IPv6 did not work from here and {client} has no IPv4-only setting: fix IPv6 on this machine, or use a host name that has only IPv4 addresses.',
	'note.passwordEnv':
		'The password is read from the environment variable SMTP_PASSWORD ({passwordField}); set it before running. smtp-doctor never prints it.',
	'note.passwordPlaceholder':
		'Type your password where it says YOUR_SMTP_PASSWORD ({passwordField}); smtp-doctor never prints it.',
	'note.runnerUp':
		'If port {port} is blocked where this runs: port {runnerUpPort} with {runnerUpLabel}.',

	// Notes about one client.
	'nodemailer.secure':
		'In nodemailer, secure: true means TLS from the first byte (port 465); on 587 keep secure: false and let requireTLS: true insist on STARTTLS.',
	'phpmailer.autoload':
		"Without Composer, require PHPMailer's src/PHPMailer.php, src/SMTP.php and src/Exception.php instead of vendor/autoload.php.",
	'phpmailer.starttls':
		"ENCRYPTION_STARTTLS ('tls') stops when STARTTLS fails; SMTPAutoTLS alone would carry on in plain text.",
	'smtplib.context':
		'Keep context=ssl.create_default_context(): without it smtplib encrypts but does not check the certificate.',
	'django.exclusive':
		'EMAIL_USE_SSL (TLS from the start) and EMAIL_USE_TLS (STARTTLS) are mutually exclusive: set only one.',
	'django.noVerify':
		"Django 3.2 (Debian 12) uses smtplib's default and does not check the server's certificate; a wrong or self-signed certificate goes unnoticed.",
	'laravel.versions':
		'Laravel 11 and 12 read MAIL_SCHEME (smtps or smtp); Laravel 10 and older read MAIL_ENCRYPTION instead (ssl for port 465, tls for STARTTLS).',
	'laravel.autoStarttls':
		"With MAIL_SCHEME=smtp, Symfony Mailer (inside Laravel) upgrades with STARTTLS whenever the server offers it; to insist on it add 'require_tls' => true to the smtp mailer in config/mail.php (symfony/mailer 7.3 or later).",
	'symfony.encode':
		'The user name and password in the DSN must be URL-encoded (@ becomes %40); the password comes from SMTP_PASSWORD through ${...}.',
	'symfony.requireTls':
		'require_tls=true needs symfony/mailer 7.3 or later; older versions ignore it and still use STARTTLS whenever the server offers it.',
	'wordpress.labels':
		"In WP Mail SMTP, Encryption 'SSL' is TLS from the start and 'TLS' is STARTTLS: the plugin hands 'tls' to PHPMailer, which then sends STARTTLS.",
	'msmtp.starttls':
		'tls on turns TLS on; tls_starttls off means TLS from the first byte (port 465), tls_starttls on means STARTTLS (and msmtp stops when it fails).',
	'swaks.verify':
		'--tls-verify makes swaks check that a trusted CA signed the certificate, which it does not do by default; swaks 20201014 (Debian 12) does not compare the name on it.',
	'swaks.tls': '--tls insists on STARTTLS; --tls-optional would carry on in plain text.',
	'curl.sslReqd': '--ssl-reqd insists on STARTTLS; plain --ssl would carry on without it.',
	'postfix.postmap':
		'After editing sasl_passwd run postmap /etc/postfix/sasl_passwd and postfix reload; keep the file readable by root only.',
	'postfix.wrappermode':
		'Port 465 needs smtp_tls_wrappermode = yes: otherwise Postfix waits for a plain-text greeting that never comes.',
	'postfix.securityLevel':
		'smtp_tls_security_level = encrypt encrypts but does not check the certificate; secure also checks the name.',
	'mutt.forceTls': 'ssl_force_tls = yes makes mutt refuse any connection without encryption.',
	'thunderbird.oauth':
		"Authentication method 'OAuth2' instead of 'Normal password' when the provider (Gmail, Microsoft) signs you in through the browser.",
	'outlook.olderLabels':
		"Older Outlook versions call these 'SSL' (TLS from the start) and 'TLS' (STARTTLS); 'Auto' lets Outlook choose.",
	'apple.oneBox':
		'Mail has one Use TLS/SSL box for both kinds of TLS; untick Automatically manage connection settings to set the port yourself.',
	'gitea.protocol':
		'PROTOCOL = smtp would also use STARTTLS when offered; smtp+starttls insists on it, smtps is TLS from the start (Gitea 1.18 and later).',
} as const;

/** A key of the client-settings texts. */
export type ClientTextKey = keyof typeof clientTextsEn;
