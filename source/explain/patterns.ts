// The decoder's knowledge, as data: text shapes that name the client, and texts that point at
// causes with a weight (several hits on one cause add up: 1 - (1 - a)(1 - b)). Texts that
// several causes print list all of them, ranked, and the probe decides (confirm.ts).
//
// Every expression must stay linear on a 1 MB paste (bench/explain-backtracking.mjs times each
// one): literals and alternations of literals, single character classes, every repeat bounded
// ({0,N}), no quantifier over a group that itself repeats. No `g` flag (`test` would keep state).
// Sources of the texts: the recorded runs of the real clients (tests/fixtures/client-errors/)
// and the public threads quoted in public.json; the rest are the clients' own message strings.
import type {CausePattern, ClientPattern} from './types.js';

/** Which client printed the text. Frameworks outrank the library inside them (Django > smtplib). */
export const clientPatterns: readonly ClientPattern[] = [
	// Frameworks and apps first: their traces also carry the library's words.
	{
		id: 'django',
		client: 'django',
		weight: 0.97,
		regex:
			/django[./\\]core[./\\]mail|\bEMAIL_USE_(?:TLS|SSL)\b|\bEMAIL_HOST(?:_USER|_PASSWORD)?\b/,
	},
	{
		id: 'laravel',
		client: 'laravel',
		weight: 0.97,
		regex: /Illuminate\\{1,2}Mail|laravel[/\\]framework|\bMAIL_(?:MAILER|SCHEME|ENCRYPTION)\b/,
	},
	{
		id: 'wordpress',
		client: 'wordpress',
		weight: 0.97,
		regex: /WP Mail SMTP|\bwp_mail\b|wp-(?:content|includes)[/\\]/i,
	},
	{id: 'uptime-kuma', client: 'uptime-kuma', weight: 0.97, regex: /uptime[ -]kuma/i},
	{id: 'gitea', client: 'gitea', weight: 0.97, regex: /\bgitea\b|modules\/mailer|\[mailer\]/i},
	{id: 'aiosmtplib', client: 'aiosmtplib', weight: 0.97, regex: /\baiosmtplib\b/},
	{
		id: 'swiftmailer',
		client: 'swiftmailer',
		weight: 0.97,
		regex: /\bSwift_[A-Z][A-Za-z]{2,40}|swiftmailer/i,
	},
	{
		id: 'javamail',
		client: 'javamail',
		weight: 0.97,
		regex: /\b(?:javax|jakarta)\.mail\b|\bcom\.sun\.mail\b/,
	},
	{
		id: 'dotnet-name',
		client: 'dotnet-smtpclient',
		weight: 0.95,
		regex: /System\.Net\.Mail|\bSmtpException\b|\bSmtpClient\b/,
	},
	{
		id: 'dotnet-message',
		client: 'dotnet-smtpclient',
		weight: 0.9,
		regex: /The SMTP server requires a secure connection or the client was not authenticated/i,
	},
	// Libraries and tools.
	{id: 'nodemailer-name', client: 'nodemailer', weight: 0.95, regex: /nodemailer/i},
	// nodemailer keeps the TLS library's code beside its own (`originalCode: 'CERT_HAS_EXPIRED'`).
	{
		id: 'nodemailer-original-code',
		client: 'nodemailer',
		weight: 0.8,
		regex: /\boriginalCode: '[A-Z][A-Z\d_]{2,60}'/,
	},
	// Node.js's own OpenSSL and error codes: some Node.js app, most often through nodemailer.
	{
		id: 'node-openssl',
		client: 'nodemailer',
		weight: 0.5,
		regex:
			/\.\.\/deps\/openssl\/openssl\/|\bERR_TLS_CERT_ALTNAME_INVALID\b|\bERR_SSL_[A-Z_]{3,60}\b/,
	},
	{
		id: 'nodemailer-greeting',
		client: 'nodemailer',
		weight: 0.85,
		regex: /Greeting never received|GREETING_TIMEOUT/,
	},
	{
		id: 'nodemailer-login',
		client: 'nodemailer',
		weight: 0.85,
		regex: /\bInvalid login: \d{3}|Missing credentials for "[A-Z\d-]{2,20}"/,
	},
	{
		id: 'nodemailer-code',
		client: 'nodemailer',
		weight: 0.8,
		regex:
			/\bcode: '(?:ESOCKET|EAUTH|ECONNECTION|ETIMEDOUT|EDNS|EENVELOPE|EMESSAGE|ETLS|EPROTOCOL)'|\bcommand: '(?:CONN|AUTH PLAIN|AUTH LOGIN|API)'|\bresponseCode: \d{3}/,
	},
	{id: 'phpmailer-name', client: 'phpmailer', weight: 0.95, regex: /PHPMailer/i},
	{
		id: 'phpmailer-message',
		client: 'phpmailer',
		weight: 0.9,
		regex:
			/SMTP Error: Could not (?:connect to SMTP host|authenticate)\.|SMTP connect\(\) failed|SMTP ERROR: (?:Failed to connect to server|Password command failed|Username command failed)/i,
	},
	{
		id: 'phpmailer-debug',
		client: 'phpmailer',
		weight: 0.8,
		regex: /(?:CLIENT -> SERVER|SERVER -> CLIENT):/,
	},
	{
		id: 'symfony',
		client: 'symfony',
		weight: 0.95,
		regex: /Symfony\\{1,2}Component\\{1,2}Mailer|\bTransportException\b/,
	},
	{
		id: 'symfony-response',
		client: 'symfony',
		weight: 0.85,
		regex: /Expected response code "\d{3}(?:\/\d{3}){0,3}" but got (?:code|an empty response)/,
	},
	{id: 'smtplib-name', client: 'smtplib', weight: 0.9, regex: /\bsmtplib\b/},
	{
		id: 'smtplib-exception',
		client: 'smtplib',
		weight: 0.8,
		regex:
			/\bSMTP(?:Authentication|ServerDisconnected|NotSupported|Recipients|Sender|Data|Connect|Response|Helo)(?:Error|Refused)\b/,
	},
	{
		id: 'python-ssl',
		client: 'smtplib',
		weight: 0.6,
		regex: /\bssl\.SSL(?:CertVerification)?Error\b|\(_ssl\.c:\d{1,6}\)|socket\.gaierror/,
	},
	// smtplib's errors carry the reply as a tuple with a bytes string: (535, b'5.7.8 ...').
	{id: 'python-reply-tuple', client: 'smtplib', weight: 0.55, regex: /\(\d{3}, b['"]/},
	{id: 'msmtp', client: 'msmtp', weight: 0.97, regex: /(?:^|\n)msmtp: /},
	{id: 'swaks-name', client: 'swaks', weight: 0.95, regex: /\bswaks\b/i},
	{
		id: 'swaks-transcript',
		client: 'swaks',
		weight: 0.85,
		regex: /(?:^|\n)(?: -> | ~> |<-  |<~  |<\*\* |<~\* |=== )[^\n]{1,200}/,
	},
	{id: 'swaks-error', client: 'swaks', weight: 0.7, regex: /(?:^|\n)\*\*\* [A-Z][^\n]{2,200}/},
	{id: 'curl-code', client: 'curl', weight: 0.97, regex: /\bcurl: \(\d{1,2}\)/},
	{id: 'curl-name', client: 'curl', weight: 0.6, regex: /\bcurl\b/},
	{id: 'mutt-name', client: 'mutt', weight: 0.95, regex: /\b(?:neo)?mutt\b/i},
	{id: 'mutt-message', client: 'mutt', weight: 0.9, regex: /Could not send the message\./},
	{
		id: 'postfix',
		client: 'postfix',
		weight: 0.97,
		regex: /postfix\/(?:smtp|qmgr|cleanup|smtpd|pickup|error)\[\d{1,10}\]/,
	},
	{id: 'postfix-status', client: 'postfix', weight: 0.7, regex: /\bstatus=(?:deferred|bounced) \(/},
	{
		id: 'outlook',
		client: 'outlook',
		weight: 0.9,
		regex: /\b0x800CCC[0-9A-F]{2}\b|Microsoft Outlook/i,
	},
	{
		id: 'thunderbird',
		client: 'thunderbird',
		weight: 0.85,
		regex:
			/Thunderbird|Sending of the message failed\.|An error occurred while sending mail\. The mail server responded/i,
	},
	{
		id: 'apple-mail',
		client: 'apple-mail',
		weight: 0.85,
		regex: /Cannot send message using the server|Apple Mail/i,
	},
];

/** Texts that point at causes. The weights rank; the probe confirms (see causes.ts). */
export const causePatterns: readonly CausePattern[] = [
	// ---- TLS spoken to a port that starts in plain text (and expects STARTTLS) ----
	{
		// OpenSSL read the plain "220 ..." greeting as a TLS record.
		id: 'wrong-version-number',
		regex: /wrong[ _]version[ _]number/i,
		causes: [{code: 'tls-on-starttls-port', weight: 0.92}],
	},
	{
		// GnuTLS (msmtp, mutt): the same, in its words.
		id: 'unexpected-tls-packet',
		regex: /unexpected TLS packet/i,
		causes: [{code: 'tls-on-starttls-port', weight: 0.88}],
	},
	{
		id: 'java-plaintext-connection',
		regex: /Unrecognized SSL message, plaintext connection/i,
		causes: [{code: 'tls-on-starttls-port', weight: 0.88}],
	},
	{
		id: 'go-first-record',
		regex: /first record does not look like a TLS handshake/i,
		causes: [{code: 'tls-on-starttls-port', weight: 0.9}],
	},
	{
		id: 'dotnet-packet-format',
		regex: /handshake failed due to an unexpected packet format/i,
		causes: [{code: 'tls-on-starttls-port', weight: 0.8}],
	},
	{
		id: 'packet-length',
		regex: /packet length too long|http request|record layer failure|WRONG_SSL_VERSION/i,
		causes: [{code: 'tls-on-starttls-port', weight: 0.55}],
	},
	{
		// An implicit-TLS scheme to a port that usually starts in plain text.
		id: 'tls-scheme-to-starttls-port',
		regex:
			/\b(?:ssl|tls|smtps):\/\/[^\s:"'/]{1,253}:(?:587|25|2525)\b|\bSMTP_SSL\([^\n)]{0,200}\b(?:587|25|2525)\b|\bsecure: true\b/i,
		ports: [587, 25, 2525],
		causes: [{code: 'tls-on-starttls-port', weight: 0.6}],
	},
	{
		id: 'curl-ssl-connect',
		regex: /\bcurl: \(35\)/,
		causes: [
			{code: 'tls-on-starttls-port', weight: 0.3},
			{code: 'tls-old-version', weight: 0.25},
		],
	},

	{
		// PHPMailer's one message for every failure before the login; its debug output
		// (SMTPDebug) says which. Ranked by how often each shows up in public threads.
		id: 'phpmailer-could-not-connect',
		regex: /Could not connect to SMTP host|SMTP connect\(\) failed/i,
		causes: [
			{code: 'tls-on-starttls-port', weight: 0.45},
			{code: 'plaintext-on-tls-port', weight: 0.45},
			{code: 'cert-untrusted', weight: 0.4},
			{code: 'port-blocked', weight: 0.35},
			{code: 'cert-name-mismatch', weight: 0.3},
			{code: 'cert-expired', weight: 0.3},
			{code: 'connection-refused', weight: 0.25},
			{code: 'dns-failure', weight: 0.2},
		],
	},

	// ---- Plain text to a port that expects TLS from the first byte (465) ----
	{
		// nodemailer connected and waited for a "220" that is only sent inside TLS.
		id: 'greeting-never-received',
		regex: /Greeting never received|GREETING_TIMEOUT/i,
		causes: [
			{code: 'plaintext-on-tls-port', weight: 0.75},
			{code: 'port-blocked', weight: 0.4},
		],
	},
	{
		id: 'python-closed-timed-out',
		regex: /Connection unexpectedly closed: timed out/i,
		causes: [
			{code: 'plaintext-on-tls-port', weight: 0.65},
			{code: 'port-blocked', weight: 0.3},
		],
	},
	{
		id: 'python-closed',
		regex: /SMTPServerDisconnected: Connection unexpectedly closed/i,
		causes: [
			{code: 'plaintext-on-tls-port', weight: 0.55},
			{code: 'port-blocked', weight: 0.2},
		],
	},
	{
		// msmtp, after the connection was made.
		id: 'read-timed-out',
		regex:
			/network read error: the operation timed out|read timed out|Timeout \(\d{1,4} secs?\) waiting for server response|timed out waiting for (?:the )?(?:server|greeting|banner)/i,
		causes: [
			{code: 'plaintext-on-tls-port', weight: 0.6},
			{code: 'port-blocked', weight: 0.3},
		],
	},
	{
		// swaks: the server hung up on plain text.
		id: 'remote-closed',
		regex:
			/Remote host closed connection unexpectedly|Connection closed by (?:foreign|remote) host|unexpected EOF|Connection reset by peer|ECONNRESET/i,
		causes: [
			{code: 'plaintext-on-tls-port', weight: 0.4},
			{code: 'tls-on-starttls-port', weight: 0.15},
			{code: 'port-blocked', weight: 0.15},
		],
	},
	{
		// curl's transfer timeout: connected, then nothing came.
		id: 'curl-no-bytes',
		regex:
			/Operation timed out after (?:\d{1,10}|<ms>) milliseconds with 0 (?:out of -?\d{1,10} )?bytes received/i,
		causes: [
			{code: 'plaintext-on-tls-port', weight: 0.6},
			{code: 'port-blocked', weight: 0.3},
		],
	},
	{
		// Symfony Mailer, after the connection was made.
		id: 'symfony-timed-out',
		regex: /Connection to "[^"\n]{1,300}" timed out/i,
		causes: [
			{code: 'plaintext-on-tls-port', weight: 0.55},
			{code: 'port-blocked', weight: 0.35},
		],
	},
	{
		// A bare timeout: a blocked port, or plain text to 465. Both, ranked; the probe decides.
		id: 'bare-timeout',
		regex: /\btimed?[ -]?out\b|\bETIMEDOUT\b/i,
		causes: [
			{code: 'port-blocked', weight: 0.35},
			{code: 'plaintext-on-tls-port', weight: 0.3},
		],
	},
	{
		// A timeout where the text names port 465: far more often plain text than a firewall.
		id: 'timeout-on-465',
		regex: /\btimed?[ -]?out\b|\bETIMEDOUT\b|Greeting never received|unexpectedly closed/i,
		ports: [465],
		causes: [{code: 'plaintext-on-tls-port', weight: 0.5}],
	},

	// ---- STARTTLS required but not used ----
	{
		id: 'must-issue-starttls',
		regex:
			/Must issue a STARTTLS command first|STARTTLS (?:is )?required|Encryption required for requested authentication mechanism|must (?:use|issue) STARTTLS/i,
		causes: [{code: 'starttls-not-used', weight: 0.95}],
		against: [
			{code: 'auth-failed', weight: 0.3},
			{code: 'relay-denied', weight: 0.3},
		],
	},
	{
		// Python: login() on a plain connection where AUTH is offered only after STARTTLS.
		id: 'smtp-auth-not-supported',
		regex:
			/SMTP AUTH extension not supported by server|server does not support authentication|AUTH command not (?:supported|available|implemented)/i,
		causes: [{code: 'starttls-not-used', weight: 0.8}],
	},
	{
		// msmtp refuses to send a password over a plain connection.
		id: 'msmtp-no-secure-auth',
		regex:
			/cannot use a secure authentication method|the server does not support TLS via the STARTTLS command/i,
		causes: [{code: 'starttls-not-used', weight: 0.85}],
	},
	{
		// .NET's one message for both: a login refused, or no STARTTLS (EnableSsl = false).
		id: 'dotnet-secure-connection',
		regex: /requires a secure connection or the client was not authenticated/i,
		causes: [
			{code: 'starttls-not-used', weight: 0.5},
			{code: 'auth-failed', weight: 0.45},
		],
	},
	{
		id: 'code-530-570',
		regex: /\b530[ -]5\.7\.0\b/,
		causes: [
			{code: 'starttls-not-used', weight: 0.5},
			{code: 'relay-denied', weight: 0.25},
		],
	},

	// ---- Logins ----
	{
		// The generic "login refused" of many clients: wrong password, or a login tried
		// without STARTTLS where the server wants it first (the probe shows which).
		id: 'generic-login-refused',
		regex:
			/Could not authenticate\.|SASL authentication failed|\bLogin denied\b|No authentication type succeeded|authentication failed \(method [A-Z\d-]{2,20}\)|AuthenticationFailedException|\bEAUTH\b/i,
		causes: [
			{code: 'auth-failed', weight: 0.55},
			{code: 'starttls-not-used', weight: 0.45},
			{code: 'auth-app-password', weight: 0.15},
		],
	},
	{
		id: 'credentials-invalid',
		regex:
			/\b535[ -]|Authentication credentials invalid|Username and Password not accepted|\bInvalid login\b|Invalid credentials|bad username or password|SMTPAuthenticationError|Password command failed|Username command failed|Failed to authenticate on SMTP server/i,
		causes: [{code: 'auth-failed', weight: 0.75}],
	},
	{
		// STARTTLS did happen (the server said ready, or swaks says TLS started): not that one.
		id: 'starttls-happened',
		regex:
			/\b220[ -][^\n]{0,40}(?:ready to start TLS|Go ahead with TLS|Start TLS)|=== TLS started with cipher/i,
		causes: [],
		against: [{code: 'starttls-not-used', weight: 0.25}],
	},
	{
		// PHPMailer: a login that fails right after STARTTLS is most often the certificate check
		// (its troubleshooting guide); the server's 220 says STARTTLS itself worked.
		id: 'phpmailer-fails-after-starttls',
		regex: /\b220[ -][^\n]{0,40}ready to start TLS/i,
		clients: ['phpmailer', 'wordpress'],
		causes: [{code: 'cert-untrusted', weight: 0.6}],
	},
	{
		id: 'gmail-app-password-hint',
		regex:
			/Username and Password not accepted|support\.google\.com\/mail\/\?p=BadCredentials|answer\/14257/i,
		causes: [{code: 'auth-app-password', weight: 0.45}],
	},
	{
		id: 'authentication-required',
		regex: /Authentication Required|\b530[ -]5\.5\.1\b|5\.7\.57 Client not authenticated/i,
		causes: [
			{code: 'auth-failed', weight: 0.35},
			{code: 'relay-denied', weight: 0.3},
		],
	},
	{
		id: 'app-password-required',
		regex:
			/Application-specific password required|InvalidSecondFactor|\b534[ -]5\.7\.9\b|app[- ]specific password/i,
		causes: [{code: 'auth-app-password', weight: 0.95}],
		against: [
			{code: 'auth-failed', weight: 0.3},
			{code: 'starttls-not-used', weight: 0.3},
		],
	},
	{
		id: 'tenant-smtp-auth-disabled',
		regex:
			/SmtpClientAuthentication is disabled|smtp_auth_disabled|basic authentication is disabled|\b5\.7\.139\b/i,
		causes: [{code: 'auth-disabled-tenant', weight: 0.95}],
		against: [
			{code: 'auth-failed', weight: 0.3},
			{code: 'starttls-not-used', weight: 0.3},
			{code: 'relay-denied', weight: 0.3},
		],
	},
	{
		id: 'microsoft-auth-unsuccessful',
		regex: /\b535[ -]5\.7\.3 Authentication unsuccessful/i,
		causes: [
			{code: 'auth-failed', weight: 0.6},
			{code: 'auth-disabled-tenant', weight: 0.4},
			{code: 'auth-app-password', weight: 0.3},
		],
	},

	// ---- Certificates ----
	{
		id: 'cert-self-signed',
		regex:
			/self[- ]signed certificate|SELF_SIGNED_CERT_IN_CHAIN|DEPTH_ZERO_SELF_SIGNED_CERT|unable to get local issuer certificate|UNABLE_TO_VERIFY_LEAF_SIGNATURE|unable to verify the first certificate|issuer is unknown|PKIX path building failed|unable to find valid certification path|RemoteCertificateChainErrors|\bunknown ca\b/i,
		causes: [{code: 'cert-untrusted', weight: 0.9}],
	},
	{
		id: 'cert-verify-failed',
		regex:
			/certificate verify failed|CERTIFICATE_VERIFY_FAILED|SSL certificate problem|certificate is NOT trusted|The remote certificate is invalid|bad certificate|Unable to verify the server's certificate/i,
		causes: [
			{code: 'cert-untrusted', weight: 0.6},
			{code: 'cert-expired', weight: 0.45},
			{code: 'cert-name-mismatch', weight: 0.3},
		],
	},
	{
		// mutt's one message for every certificate problem.
		id: 'untrusted-server-certificate',
		regex: /Untrusted server certificate|certificate is not trusted/i,
		causes: [
			{code: 'cert-untrusted', weight: 0.6},
			{code: 'cert-name-mismatch', weight: 0.5},
			{code: 'cert-expired', weight: 0.45},
		],
	},
	{
		id: 'cert-name',
		regex:
			/does not match certificate's altnames|ERR_TLS_CERT_ALTNAME_INVALID|Hostname mismatch|certificate is not valid for|no alternative certificate subject name matches|certificate subject name [^\n]{1,200} does not match target host|name in the certificate does not match|subjectAltName did not match|Peer certificate CN=[^\n]{1,200}did not match|No subject alternative (?:DNS )?names? matching|No name matching [^\n]{1,200} found|RemoteCertificateNameMismatch|doesn't match either of|hostname [^\n]{1,200} doesn't match/i,
		causes: [{code: 'cert-name-mismatch', weight: 0.95}],
		against: [
			{code: 'cert-untrusted', weight: 0.4},
			{code: 'cert-expired', weight: 0.3},
		],
	},
	{
		id: 'cert-expired',
		regex:
			/certificate has expired|CERT_HAS_EXPIRED|certificate expired|expired certificate|CertificateExpiredException|certificate is expired|NotAfter:/i,
		causes: [{code: 'cert-expired', weight: 0.95}],
		against: [
			{code: 'cert-untrusted', weight: 0.4},
			{code: 'cert-name-mismatch', weight: 0.3},
		],
	},

	// ---- Network and DNS ----
	{
		id: 'connect-timed-out',
		regex:
			/connect ETIMEDOUT|ETIMEDOUT'?,?\s{0,40}syscall: 'connect'|Connection timed out|Failed to connect to [^\n]{1,300}(?:timed out|Timeout)|Connection timed out: connect|Errno 110\]|\(Connection timed out\)|\(110\)|Connect timeout|connection attempt failed because the connected party did not properly respond/i,
		causes: [{code: 'port-blocked', weight: 0.88}],
		against: [{code: 'plaintext-on-tls-port', weight: 0.5}],
	},
	{
		id: 'network-unreachable',
		regex: /ENETUNREACH|EHOSTUNREACH|Network is unreachable|No route to host|\(101\)|\(113\)/i,
		causes: [{code: 'port-blocked', weight: 0.6}],
	},
	{
		id: 'connection-refused',
		regex: /ECONNREFUSED|Connection refused|actively refused it|\(111\)|Errno 111\]/i,
		causes: [{code: 'connection-refused', weight: 0.92}],
		against: [
			{code: 'port-blocked', weight: 0.5},
			{code: 'plaintext-on-tls-port', weight: 0.5},
		],
	},
	{
		id: 'dns',
		regex:
			/ENOTFOUND|EAI_AGAIN|EAI_NONAME|getaddrinfo (?:ENOTFOUND|EAI_AGAIN|failed)|Name or service not known|nodename nor servname|No address associated with hostname|Temporary failure in name resolution|php_network_getaddresses|Could not resolve host|UnknownHostException|No such host is known|cannot locate host|socket\.gaierror|\bBad hostname\b|\bcode: 'EDNS'/i,
		causes: [{code: 'dns-failure', weight: 0.92}],
		against: [
			{code: 'port-blocked', weight: 0.5},
			{code: 'plaintext-on-tls-port', weight: 0.5},
		],
	},

	// ---- The server refused to pass mail on ----
	{
		id: 'relay-denied',
		regex:
			/Relay access denied|Relaying denied|relay(?:ing)? not permitted|Unable to relay|not permitted to relay|we do not relay|Relaying disallowed|relay denied/i,
		causes: [{code: 'relay-denied', weight: 0.92}],
		against: [{code: 'auth-failed', weight: 0.5}],
	},
	{
		id: 'sender-not-allowed',
		regex:
			/Sender address rejected: not owned by (?:auth)?user|not authorized to send on behalf|SendAsDenied|\b553[ -]5\.7\.1\b/i,
		causes: [{code: 'relay-denied', weight: 0.6}],
	},

	// ---- No shared TLS version ----
	{
		id: 'tls-version',
		regex:
			/unsupported protocol|alert protocol version|TLS 1\.0 and 1\.1 are not supported|no protocols available|UNSUPPORTED_PROTOCOL|version too low|inappropriate fallback|\b4\.7\.66\b|do not possess a common algorithm|protocol_version|dh key too small/i,
		causes: [{code: 'tls-old-version', weight: 0.88}],
		against: [{code: 'rate-limited', weight: 0.3}],
	},
	{
		// No shared version or cipher: an old side, more rarely a missing SNI name.
		id: 'handshake-failure',
		regex:
			/SSLV3_ALERT_HANDSHAKE_FAILURE|alert handshake failure|no shared cipher|no ciphers available/i,
		causes: [{code: 'tls-old-version', weight: 0.5}],
	},

	// ---- The server is limiting this sender ----
	{
		id: 'rate-limit',
		regex:
			/Try again later|Too many (?:concurrent )?(?:SMTP )?connections|Concurrent connections limit|too many (?:messages|recipients|login attempts)|rate limit|throttl|sending (?:quota|limit) exceeded|Daily user sending|\b4\.3\.2\b|\b4\.7\.0 Try again\b|\b451 4\.7\.650\b|\b5\.4\.5\b|\b421 Too many\b/i,
		causes: [{code: 'rate-limited', weight: 0.85}],
	},
];

/**
 * Ports a text names: `host:587`, `127.0.0.1:465`, `[::1]:25`, `port: 587`, `port 465`. File
 * names with a line number (`PHPMailer.php:2207`, `_ssl.c:992`) are not ports.
 */
export const portPatterns: readonly RegExp[] = [
	/\bport[ \t]{0,3}[:=]?[ \t]{0,3}['"]?(?<port>\d{1,5})\b/gi,
	/(?:\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}|\blocalhost|\])\]?:(?<port>\d{1,5})\b/gi,
	/\b[a-z\d-]{1,63}\.(?<tld>[a-z]{2,24}):(?<port>\d{1,5})\b/gi,
];

/** Not a host's top-level domain but a source file's extension (`SocketStream.php:154`). */
export const fileExtensions: ReadonlySet<string> = new Set([
	'php',
	'phps',
	'inc',
	'js',
	'mjs',
	'cjs',
	'ts',
	'py',
	'rb',
	'go',
	'cs',
	'java',
	'kt',
	'pl',
	'pm',
	'cc',
	'cpp',
	'rs',
	'ex',
	'exs',
	'lua',
	'vue',
	'jsx',
	'tsx',
	'class',
	'jar',
	'dll',
	'so',
	'log',
]);
