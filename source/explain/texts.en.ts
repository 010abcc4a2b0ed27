// English texts of the error decoder: one flat table with the same keys as texts.id.ts (a
// test checks keys and {placeholders}). Option names inside the texts stay as the client
// spells them; {implicit}, {starttls}, {requireStarttls} and {passwordField} are filled with
// the recognised client's own words (source/clients/), or the generic ones below.

export const explainTextsEn = {
	// ---- The causes ----
	'tls-on-starttls-port.title': 'TLS at once (SSL) on a port that starts in plain text',
	'tls-on-starttls-port.why':
		'The app started TLS right after connecting ({implicit}), but the server on that port first greets in plain text and expects STARTTLS. The TLS library read the plain "220" greeting as a broken TLS record ("wrong version number").',
	'tls-on-starttls-port.fix':
		'In {client}: {starttls} on port 587 (plain text, then STARTTLS), or keep {implicit} and use port 465.',
	'plaintext-on-tls-port.title': 'Plain text on a port that expects TLS from the first byte',
	'plaintext-on-tls-port.why':
		'The app connected in plain text and waited for the "220" greeting, but the server on that port (usually 465) speaks TLS from the first byte and says nothing until the handshake: the app timed out or the server hung up.',
	'plaintext-on-tls-port.fix': 'In {client}: {implicit} on port 465, or {starttls} on port 587.',
	'starttls-not-used.title': 'The server wants STARTTLS first, and the app did not send it',
	'starttls-not-used.why':
		'The server accepts a login (or mail) only on an encrypted connection. The app stayed in plain text, so the server refused ("530 Must issue a STARTTLS command first") or offered no login at all.',
	'starttls-not-used.fix': 'In {client}: {requireStarttls} on port 587, or {implicit} on port 465.',
	'cert-untrusted.title': 'The server certificate is not trusted',
	'cert-untrusted.why':
		"The certificate is self-signed or signed by a CA the app's machine does not trust (a private or company CA, or a missing intermediate certificate on the server).",
	'cert-untrusted.fix':
		'Best: the server gets a certificate from a public CA with its full chain. For a private CA, give {client} that CA; do not switch certificate checks off.',
	'cert-name-mismatch.title': 'The certificate is for another name',
	'cert-name-mismatch.why':
		'The app checked the certificate against the host it connected to, and that name (or IP address) is not on the certificate.',
	'cert-name-mismatch.fix':
		'In {client}, connect to the host name the certificate is issued for (smtp-doctor check HOST shows the names on it), not to an IP address or an alias.',
	'cert-expired.title': 'The server certificate has expired',
	'cert-expired.why':
		"The certificate's end date has passed (or the app's clock is wrong), so the TLS library refuses it.",
	'cert-expired.fix':
		"The server's administrator must renew the certificate; check the clock of the app's machine too. No setting in {client} fixes this safely.",
	'auth-failed.title': 'The login was refused',
	'auth-failed.why':
		'The server rejected the user name or the password (535), or the app gave up on the login.',
	'auth-failed.fix':
		'Check the user name (often the whole email address) and the password in {passwordField}. With two-step verification, most providers want an app password there.',
	'auth-app-password.title': 'The provider wants an app password',
	'auth-app-password.why':
		'The account has two-step verification, so the provider refuses the normal password for SMTP ("534 5.7.9 Application-specific password required").',
	'auth-app-password.fix':
		"Create an app password in the account's security settings (Google: myaccount.google.com/apppasswords) and put it in {passwordField} instead of the account password.",
	'auth-disabled-tenant.title': 'SMTP login is switched off for this Microsoft 365 mailbox',
	'auth-disabled-tenant.why':
		'Microsoft 365 answers "535 5.7.139": SMTP AUTH (basic authentication) is disabled for the organisation or the mailbox, whatever the password.',
	'auth-disabled-tenant.fix':
		'A Microsoft 365 admin must turn on Authenticated SMTP for this mailbox (admin center > Users > Mail > Manage email apps), or {client} must sign in with OAuth2.',
	'port-blocked.title': 'The connection never got through (port blocked?)',
	'port-blocked.why':
		'The TCP connection timed out: a firewall or the hosting provider drops the packets. Many block port 25; some block 465 and 587 too.',
	'port-blocked.fix':
		'Try the other submission port in {client}: 587 with {starttls}, or 465 with {implicit} (some providers also offer 2525). Run smtp-doctor check HOST on the machine the app runs on to see which ports get through.',
	'connection-refused.title': 'Nothing listens on that port',
	'connection-refused.why':
		'The host answered but refused the connection: no mail server on that port at that address (inside a container, localhost is the container itself).',
	'connection-refused.fix':
		"Check the host and the port in {client}: the provider's SMTP host name, port 587 or 465.",
	'dns-failure.title': 'The host name could not be resolved',
	'dns-failure.why':
		'The DNS lookup of the SMTP host failed: a typo, quotes or spaces around the name (a .env value), or no working DNS on that machine.',
	'dns-failure.fix':
		'Check the host name in {client} (no quotes, no spaces, no smtp://), and that the machine can resolve names.',
	'relay-denied.title': 'The server will not pass this mail on (relay denied)',
	'relay-denied.why':
		'The server takes mail for other domains only from users who logged in, and only from addresses they may use. This session did not log in, or the sender address is not allowed.',
	'relay-denied.fix':
		'Turn on the login in {client} ({passwordField}) and send from an address the account may use.',
	'tls-old-version.title': 'The two sides share no TLS version',
	'tls-old-version.why':
		'One side offers only old TLS versions (1.0 or 1.1) that the other refuses, so the handshake fails.',
	'tls-old-version.fix':
		'Update the old side: the server to TLS 1.2 or later, or {client} and its TLS library (old Java, .NET Framework, OpenSSL). Do not re-enable TLS 1.0.',
	'rate-limited.title': 'The server is limiting this sender',
	'rate-limited.why':
		'Too many connections or messages in a short time: the server answers "421 Try again later" or a similar temporary refusal.',
	'rate-limited.fix':
		"Wait and try again; reuse one connection for several messages in {client} instead of one per message, and stay under the provider's sending limits.",

	// ---- Sentences added to a fix ----
	'extra.trustCa': 'To trust a private CA in {client}: {option}.',
	'extra.nameOverride':
		'To keep the address, {client} can check the certificate against its name: {option}.',
	'extra.noRequireStarttls':
		'{client} has no setting that insists on STARTTLS: prefer port 465 with {implicit}.',

	// ---- Words used when no client was recognised ----
	'words.client': 'your app',
	'words.implicit': 'SSL/TLS (TLS from the start)',
	'words.starttls': 'STARTTLS',
	'words.requireStarttls': 'STARTTLS (required, not "if available")',
	'words.passwordField': 'the password field',
	'words.noImplicit': 'nothing ({client} cannot start TLS at once)',

	// ---- What the probe showed ----
	'proof.plainFirst.starttls': 'port {port} speaks STARTTLS (plain text first), not SSL/TLS',
	'proof.plainFirst.none': 'port {port} speaks plain text only, not SSL/TLS',
	'proof.plainFirst.refuted':
		'port {port} speaks SSL/TLS from the first byte, so TLS at once is right there',
	'proof.tlsFirst.confirmed':
		'port {port} speaks SSL/TLS from the first byte: plain text gets no greeting there',
	'proof.tlsFirst.refuted':
		'port {port} starts in plain text, so a plain-text start is not the problem there',
	'proof.starttls.confirmed': 'port {port} offers STARTTLS and logins only after it',
	'proof.starttls.optional':
		'port {port} offers STARTTLS and also a login before it; whether it insists on STARTTLS shows only with a login (smtp-doctor check HOST --user NAME)',
	'proof.starttls.notOffered': 'port {port} does not offer STARTTLS at all',
	'proof.starttls.noLogin': 'port {port} offers STARTTLS but no login, before or after it',
	'proof.starttls.implicit':
		'port {port} speaks SSL/TLS from the first byte; STARTTLS does not apply there',
	'proof.cert.untrusted': 'the certificate on port {port} is not trusted from here ({reason})',
	'proof.cert.trusted': 'the certificate on port {port} is trusted from here (issued by {issuer})',
	'proof.name.mismatch': 'the certificate on port {port} is for {names}, not {host}',
	'proof.name.match': 'the certificate on port {port} is valid for {host}',
	'proof.dates.expired': 'the certificate on port {port} expired on {date}',
	'proof.dates.valid': 'the certificate on port {port} is valid until {date}',
	'proof.tls.old': 'port {port} offers only {protocol}',
	'proof.tls.modern':
		'port {port} negotiated {protocol} from here, so the old side is the client or its TLS library',
	'proof.connect.timeout': 'port {port} timed out from here too ({verdict})',
	'proof.connect.ok': 'port {port} answers from here, so nothing blocks it on this network',
	'proof.refused.confirmed': 'port {port} refuses connections from here too',
	'proof.refused.refuted': 'port {port} accepts connections from here',
	'proof.resolve.failed': '{host} does not resolve from here either',
	'proof.resolve.ok': '{host} resolves from here ({address}): check the name the app uses',
	'proof.rate.limited': 'port {port} rate-limits this machine too (421)',
	'proof.rate.none':
		'port {port} does not limit this machine right now (limits are often per account or per hour)',
	'proof.login':
		'a probe without your password cannot tell; smtp-doctor check HOST --user NAME tries the login',
	'proof.noTls': 'port {port} offered no TLS, so there is no certificate to look at',
	'proof.noAnswer': 'port {port} did not answer the probe ({verdict}), so it cannot tell',
	'proof.notProbed': 'no probed port concerns this cause',

	// ---- The plain report ----
	'out.client': 'Probably from: {client}',
	'out.clientUnknown': 'Client: not recognised (the fixes use the usual setting names)',
	'out.causes': 'Likely causes, best first:',
	'out.why': 'Why',
	'out.fix': 'Fix',
	'out.matched': 'Matched',
	'out.confidence.high': 'likely',
	'out.confidence.medium': 'possible',
	'out.confidence.low': 'less likely',
	'out.confirmed': 'confirmed: {proof}',
	'out.refuted': 'ruled out: {proof}',
	'out.open': 'not decided: {proof}',
	'out.ambiguous':
		'Several causes print this message. Add --host HOST (the server the app uses) and smtp-doctor probes it to decide.',
	'out.probe': 'Probed {host} on port(s) {ports}.',
	'out.hint': 'For a clearer message, turn on {option} in {client} and paste the whole output.',
	'out.clipped': 'The text was long: only its first and last part were read.',
	'out.nothing':
		'No known SMTP error in this text. Paste the whole message your app printed (the error line and the lines after it), or its SMTP log with the server replies (lines like 535, 530, 421), or run smtp-doctor check HOST.',
	'out.nothingClient':
		'This looks like {client}, but no known error is in it. Paste the whole message, or its SMTP log with the server replies.',
} as const;

/** A key of the decoder's texts. */
export type ExplainTextKey = keyof typeof explainTextsEn;
