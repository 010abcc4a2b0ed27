// English verdict texts. To translate: copy this file to <lang>.ts, keep every key, translate
// the strings, and register the table in index.ts. `v('name')` reads a parameter the engine
// set (see the comment on each entry); it returns '' when the parameter is absent.
import type {ParamReader, VerdictTexts} from './types.js';

function seconds(v: ParamReader, name: string): string {
	const ms = Number(v(name));
	if (Number.isFinite(ms) && ms > 0 && ms < 950) {
		// Under a second (a --timeout of a few ms): "0 s" would be false.
		return `${Math.round(ms)} ms`;
	}

	return Number.isFinite(ms) && ms > 0 ? `${Math.round(ms / 100) / 10} s` : 'the time limit';
}

function portName(v: ParamReader): string {
	return v('port') ? `Port ${v('port')}` : 'The port';
}

function days(count: string): string {
	return count === '1' ? '1 day' : `${count} days`;
}

const replyLimitWords: Readonly<Record<string, string>> = {
	'line-too-long': 'a line longer than 4 KiB',
	'reply-too-large': 'a reply larger than 64 KiB',
	'too-many-lines': 'a reply of more than 100 lines',
};

const duringWords: Readonly<Record<string, string>> = {
	greeting: 'while waiting for the greeting',
	ehlo: 'after EHLO',
	helo: 'after HELO',
	starttls: 'during STARTTLS',
	tls: 'during the TLS handshake',
	auth: 'during login',
	mail: 'while sending the test message',
	quit: 'after QUIT',
};

const unsafeWords: Readonly<Record<string, string>> = {
	'not-encrypted': 'the connection is not encrypted',
	'certificate-untrusted': 'the certificate is not trusted',
	'certificate-hostname-mismatch': 'the certificate is for another host name',
	'certificate-unknown': 'the certificate could not be checked',
	'old-tls': 'the connection uses an old TLS version (1.0/1.1) that no longer protects a password',
};

function during(v: ParamReader): string {
	return duringWords[v('during')] ?? '';
}

/** English words for every verdict code. */
export const en: VerdictTexts = {
	// params: port
	'implicit-tls-ok': {
		title: 'Implicit TLS works',
		summary: (v) =>
			`${portName(v)} speaks TLS from the first byte ("SSL/TLS") with a valid certificate.`,
		advice: (v) =>
			`Use port ${v('port')} with SSL/TLS (nodemailer: secure: true); this is the recommended way to submit mail (RFC 8314).`,
	},
	// params: port
	'starttls-ok': {
		title: 'STARTTLS works',
		summary: (v) =>
			`${portName(v)} starts in plain text and upgrades to TLS with STARTTLS; the certificate is valid.`,
		advice: (v) =>
			v('port') === '25'
				? 'Port 25 is for server-to-server relay (RFC 5321), not for a mail client logging in. For relaying, use STARTTLS on 25 and make it required.'
				: `Use port ${v('port')} with STARTTLS and make it required (nodemailer: secure: false, requireTLS: true) so it cannot be silently skipped.`,
	},
	// params: port, startTlsOffered ('yes' | 'no')
	'plain-only': {
		title: 'Plain text only',
		summary: (v) =>
			v('startTlsOffered') === 'yes'
				? `${portName(v)} was checked without encryption, as asked; the server also offers STARTTLS.`
				: `${portName(v)} answers SMTP but offers no encryption at all.`,
		advice: (v) =>
			v('port') === '25'
				? 'Fine for server-to-server relay (encryption on 25 is opportunistic), but never send a password here.'
				: v('startTlsOffered') === 'yes'
					? `Do not send a password without encryption; use STARTTLS on port ${v('port')} and make it required.`
					: 'Do not send a password over this port: it offers no encryption.',
	},
	// params: name
	'dns-nxdomain': {
		title: 'Host name does not exist',
		summary: (v) => `DNS says the name "${v('name')}" does not exist (NXDOMAIN).`,
		advice: () => 'Check the spelling of the server name against your provider’s settings page.',
	},
	// params: name, family (0, 4 or 6)
	'dns-no-address': {
		title: 'No address for this name',
		summary: (v) =>
			v('family') === '4' || v('family') === '6'
				? `The name "${v('name')}" has no IPv${v('family')} address.`
				: `The name "${v('name')}" exists but has no IPv4 or IPv6 address.`,
		advice: (v) =>
			v('family') === '4' || v('family') === '6'
				? 'Try without -4/-6, or check the server name.'
				: 'Check the server name; it may be a domain used only for e-mail addresses, not a server.',
	},
	// params: name, errorCode, server?, control? (set when the resolver denies even a name that always exists)
	'dns-unavailable': {
		title: 'DNS not reachable',
		summary: (v) =>
			v('control')
				? `The name "${v('name')}" could not be looked up: the DNS server${v('server') ? ` at ${v('server')}` : ''} says it does not exist, but it says the same of ${v('control')}, which always exists. This machine has no working public DNS (offline, sandboxed or filtered).`
				: `The name "${v('name')}" could not be looked up: no DNS server answered${v('server') ? ` at ${v('server')}` : ''} (${v('errorCode')}).`,
		advice: (v) =>
			v('control')
				? 'Check this machine’s internet access and DNS settings (/etc/resolv.conf); no public mail server can be probed from here until they work.'
				: 'Check that this machine is online and has a working DNS server (or try again with an IP address).',
	},
	// params: port, address, errorCode
	'network-unreachable': {
		title: 'Network unreachable',
		summary: (v) =>
			`This machine has no route to ${v('address')} (${v('errorCode')}): the network is down or this address family is not available${v('tried') ? ` (addresses tried: ${v('tried')})` : ''}.`,
		advice: () =>
			'Check your connection; if the address is IPv6 and you have no IPv6, try again with -4.',
	},
	// params: port, address, errorCode
	'host-unreachable': {
		title: 'Host unreachable',
		summary: (v) =>
			`The host ${v('address')} could not be reached (${v('errorCode')})${v('tried') ? `; addresses tried: ${v('tried')}` : ''}.`,
		advice: () =>
			'The server may be down or a router is rejecting the traffic; check the address and try again later.',
	},
	// params: port, address, errorCode, tried?
	'connect-prohibited': {
		title: 'Blocked by policy',
		summary: (v) =>
			`The connection to ${v('address')} port ${v('port')} was refused by policy (${v('errorCode')}): a firewall on the path answered "administratively prohibited", or this machine's own firewall or routing forbids it${v('tried') ? ` (addresses tried: ${v('tried')})` : ''}.`,
		advice: () =>
			'A firewall rule blocks this on purpose: check this machine’s firewall first (iptables, nftables, a security agent), then ask the network’s or the server’s administrator.',
	},
	// params: port, address, errorCode, tried? (every address tried, when more than one)
	'connection-refused': {
		title: 'Connection refused',
		summary: (v) =>
			v('tried')
				? `Every address tried (${v('tried')}) answered, but nothing listens on port ${v('port')}.`
				: `${v('address')} answered but nothing listens on port ${v('port')}.`,
		advice: (v) => `Check the port number: this provider may not offer port ${v('port')}.`,
	},
	// params: port, address, errorCode, waitedMs
	'connect-timeout': {
		title: 'No answer (filtered)',
		summary: (v) =>
			`Nothing answered on port ${v('port')} within ${seconds(v, 'waitedMs')}: the packets are silently dropped.`,
		advice: (v) =>
			v('port') === '25'
				? 'Many ISPs and cloud providers block outgoing port 25; mail clients send on a submission port instead, or ask the network owner to unblock 25.'
				: `A firewall on your network or the server’s drops port ${v('port')}; try from another network to tell which.`,
	},
	// params: port, during?, errorCode
	'connection-reset': {
		title: 'Connection dropped',
		summary: (v) =>
			`The server closed the connection${during(v) ? ` ${during(v)}` : ''} (${v('errorCode')}).`,
		advice: () =>
			'The server may be refusing your address or be overloaded; try again later or from another network.',
	},
	// params: port, waitedMs, during ('greeting' | 'tls'), partial?, tlsChecked ('yes' when a TLS handshake was also tried)
	'no-greeting': {
		title: 'No greeting',
		summary: (v) =>
			v('during') === 'tls'
				? `The connection opened but the server answered neither a TLS handshake nor anything else within ${seconds(v, 'waitedMs')}.`
				: `The connection opened but the server sent no "220" greeting within ${seconds(v, 'waitedMs')}${v('partial') ? ` (it sent only "${v('partial')}")` : ''}${v('tlsChecked') === 'yes' ? ', and it did not answer a TLS handshake either' : ''}.`,
		advice: (v) =>
			v('tlsChecked') === 'yes' || v('during') === 'tls'
				? 'The server accepts connections but stays silent: a deliberate greeting delay or a tarpit; retry later with --greeting-timeout 30s.'
				: 'Some servers delay their greeting on purpose (anti-spam); retry with --greeting-timeout 30s. If the port is meant for SSL/TLS, use that mode.',
	},
	// params: port, firstLineMs, waitedMs, lines (how many "220-" lines arrived)
	'greeting-delay': {
		title: 'Greeting delay (postscreen style)',
		summary: (v) =>
			`The server sent the first line of its greeting ("220-") after ${seconds(v, 'firstLineMs')} but held back the final "220 " line: still none after ${seconds(v, 'waitedMs')}.`,
		advice: () =>
			'This is an anti-spam greeting delay (Postfix postscreen and the like), not a dead server: retry with --greeting-timeout 30s, and give your mail client a long timeout on this port.',
	},
	// params: port, greetingMs
	'greeting-slow': {
		title: 'Slow greeting',
		summary: (v) => `The greeting took ${seconds(v, 'greetingMs')} to arrive in full.`,
		advice: () =>
			'Clients with a short connection timeout (some apps wait only 5 to 10 seconds) may give up before it comes; raise their timeout for this server.',
	},
	// params: port, text, during?
	'not-smtp': {
		title: 'Not an SMTP server',
		summary: (v) => `Something else answered on port ${v('port')}: "${v('text')}".`,
		advice: () =>
			'This port runs another service (web, SSH, ...); check the host name and port in your settings.',
	},
	// params: port, code, text
	'greeting-rejected': {
		title: 'Greeting refused',
		summary: (v) => `The server refused the session right away: "${v('code')} ${v('text')}".`,
		advice: () =>
			'Your IP address may be on a block list or not allowed to connect; read the message above and contact the provider.',
	},
	// params: port, code, text
	'ehlo-rejected': {
		title: 'EHLO refused',
		summary: (v) => `The server refused both EHLO and HELO: "${v('code')} ${v('text')}".`,
		advice: () =>
			'The server may require a proper host name in EHLO; try --ehlo with your domain name.',
	},
	// params: port, during, text
	'rate-limited': {
		title: 'Busy or rate-limited',
		summary: (v) => `Inconclusive: the server is rate-limiting or busy (421 ${v('text')}).`,
		advice: () =>
			'This is not a failure; wait a few minutes and probe again with fewer ports or runs.',
	},
	// params: port, reason, during
	'reply-too-large': {
		title: 'Oversized reply',
		summary: (v) =>
			`The server sent ${replyLimitWords[v('reason')] ?? 'a reply far larger than SMTP allows (line over 4 KiB, or over 64 KiB / 100 lines)'}, beyond what SMTP allows; the probe stopped reading.`,
		advice: () => 'This is not a normal mail server; check the host and port.',
	},
	// params: port, during?, text?, detail?, reason? ('unsolicited-replies' with count: the
	// server kept sending replies no command asked for)
	'protocol-error': {
		title: 'Protocol error',
		summary: (v) =>
			v('reason') === 'unsolicited-replies'
				? `The server sent more than ${v('count')} replies no command asked for${during(v) ? ` ${during(v)}` : ''}; the probe stopped reading.`
				: `The server’s reply did not follow SMTP${during(v) ? ` ${during(v)}` : ''}${v('text') ? `: "${v('text')}"` : v('detail') ? ` (${v('detail')})` : ''}.`,
		advice: () =>
			'Something between you and the server (proxy, antivirus) may be rewriting traffic, or this is not a mail server.',
	},
	// params: port, during, waitedMs
	'command-timeout': {
		title: 'Server stopped answering',
		summary: (v) =>
			`The server did not answer${during(v) ? ` ${during(v)}` : ''} within ${seconds(v, 'waitedMs')}.`,
		advice: () =>
			'The server may be overloaded; try again later, or retry with --command-timeout 30s.',
	},
	// params: port, banner, mode
	'tls-on-plaintext-port': {
		title: 'SSL/TLS on a STARTTLS port',
		summary: (v) =>
			`Port ${v('port')} speaks plain text: our TLS handshake got a plain-text SMTP answer ("${v('banner')}") instead of an encrypted one (OpenSSL: "wrong version number")${v('banner').startsWith('421') ? '; the 421 is the server objecting to handshake bytes it did not expect, not rate-limiting' : ''}.`,
		advice: (v) =>
			v('mode') === 'auto'
				? v('startTlsOffered') === 'no'
					? `Port ${v('port')} is registered for implicit TLS (RFC 8314), but this server speaks plain text there, without STARTTLS: clients set to SSL/TLS fail with "wrong version number". Ask the provider to enable TLS on this port.`
					: `Port ${v('port')} is registered for implicit TLS (RFC 8314), but this server speaks plain text + STARTTLS there: clients set to SSL/TLS fail with "wrong version number". Choose STARTTLS on this port, or ask the provider to fix it.`
				: v('startTlsOffered') === 'no'
					? `Port ${v('port')} speaks plain text without STARTTLS: neither SSL/TLS nor STARTTLS works here.`
					: `On port ${v('port')} choose STARTTLS, not SSL/TLS (nodemailer: secure: false, requireTLS: true).`,
	},
	// params: port, mode ('auto': a finding, the user chose nothing; else the chosen mode failed)
	'plaintext-on-tls-port': {
		title: 'SSL/TLS port (implicit TLS)',
		summary: (v) =>
			v('mode') === 'auto'
				? `This port speaks implicit TLS (SSL/TLS): no plain-text greeting, a TLS handshake answered.`
				: `Port ${v('port')} stayed silent in plain text but answered a TLS handshake: it speaks implicit TLS ("SSL/TLS").`,
		advice: (v) =>
			v('mode') === 'auto'
				? `In your mail client, set port ${v('port')} to SSL/TLS (nodemailer: secure: true).`
				: `On port ${v('port')} choose SSL/TLS (nodemailer: secure: true), not STARTTLS or None.`,
	},
	// params: port, role
	'starttls-not-offered': {
		title: 'No STARTTLS',
		summary: (v) =>
			`Port ${v('port')} does not offer STARTTLS, so a password would travel in clear text (or something on the path strips the offer).`,
		advice: () =>
			'Do not log in here; ask the provider why STARTTLS is missing (a network middlebox may remove it).',
	},
	// params: port, code, text
	'starttls-refused': {
		title: 'STARTTLS refused',
		summary: (v) => `The server advertised STARTTLS but refused it: "${v('code')} ${v('text')}".`,
		advice: () => 'The server’s TLS setup is broken or overloaded; tell the provider.',
	},
	// params: port, reason, errorCode, during?
	'tls-handshake-failed': {
		title: 'TLS handshake failed',
		summary: (v) =>
			v('alert')
				? `The server broke off the TLS handshake${v('during') === 'starttls' ? ' after it had accepted STARTTLS' : ''} with TLS alert ${v('alert')}${v('alertName') ? ` (${v('alertName')})` : ''}${v('alert') === '80' ? ': a fault in the server’s own TLS set-up' : ''}.`
				: `The TLS handshake failed${v('during') === 'starttls' ? ' after the server had accepted STARTTLS' : ''}: ${v('reason')}${v('errorCode') ? ` (${v('errorCode')})` : ''}.`,
		advice: (v) =>
			v('alert') === '80'
				? 'Nothing on your side fixes it: tell the server’s admin (its TLS certificate or key is likely missing or unreadable).'
				: v('during') === 'starttls'
					? 'The client did the right thing (STARTTLS); the server’s TLS set-up, or something on the path that intercepts mail (a proxy, an antivirus), is at fault.'
					: 'If this port is meant for STARTTLS, choose STARTTLS for it; otherwise the server’s TLS set-up or something on the path (a proxy, an antivirus) is broken.',
	},
	// params: port, evidence ('auth-before-tls')
	'starttls-optional': {
		title: 'STARTTLS offered but not required',
		summary: (v) =>
			`${portName(v)} offers STARTTLS but does not insist on it: it offers login before TLS, so a client set to "STARTTLS if available" can be talked down to clear text (RFC 3207 §6).`,
		advice: () =>
			'Set your client to require STARTTLS (not "if available"), or use implicit TLS where this run found it working; server admins should offer AUTH only after STARTTLS.',
	},
	// params: protocol
	'tls-old-version': {
		title: 'Outdated TLS version',
		summary: (v) =>
			`The server only negotiated ${v('protocol')}, which must no longer be used (RFC 8996).`,
		advice: () =>
			'Ask the provider to enable TLS 1.2 or 1.3; many services (e.g. Microsoft 365) already refuse older versions.',
	},
	// params: subject, issuer, validTo, daysAgo, name
	'cert-expired': {
		title: 'Certificate expired',
		summary: (v) =>
			`The server’s certificate expired ${days(v('daysAgo'))} ago (valid until ${v('validTo')}).`,
		advice: () =>
			'Tell the provider to renew it; also check this computer’s clock. Do not log in meanwhile.',
	},
	// params: subject, issuer, validFrom, name
	'cert-not-yet-valid': {
		title: 'Certificate not yet valid',
		summary: (v) => `The server’s certificate only becomes valid on ${v('validFrom')}.`,
		advice: () =>
			'Check this computer’s date and time; if it is right, the server uses a wrong certificate.',
	},
	// params: name, altNames, subject
	'cert-hostname-mismatch': {
		title: 'Certificate for another name',
		summary: (v) =>
			`The certificate is not valid for "${v('name')}"${v('altNames') ? `; it names ${v('altNames')}` : ''}.`,
		advice: () =>
			'Use the host name written on the certificate as your SMTP server (often the provider’s shared name).',
	},
	// params: subject, issuer, trustError
	'cert-self-signed': {
		title: 'Self-signed certificate',
		summary: (v) =>
			`The certificate is self-signed (${v('subject')}), so nothing vouches for it; it may also be an antivirus or proxy intercepting TLS.`,
		advice: () =>
			'If you run this server, install a certificate from a public CA; if you trust this one, pass its CA with --ca rather than disabling checks.',
	},
	// params: issuer, trustError, chainLength
	'cert-untrusted': {
		title: 'Certificate not trusted',
		summary: (v) =>
			v('trustError') === 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' && v('chainLength') === '1'
				? `The certificate is issued by '${v('issuer')}', which is not in this machine’s trust store (or the server does not send the intermediate certificate) (${v('trustError')}).`
				: `The certificate chain (issuer ${v('issuer')}) could not be verified (${v('trustError')}).`,
		advice: (v) =>
			v('trustError') === 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' && v('chainLength') === '1'
				? 'If the issuer is your own or your company’s CA, trust it with --ca; otherwise the server should send its intermediate certificate, or a local program intercepts TLS.'
				: 'The server may not send its intermediate certificate, or a local program intercepts TLS; fix the chain on the server, or trust the CA with --ca.',
	},
	// params: issuer, trustError, certsSent
	'cert-chain-incomplete': {
		title: 'Intermediate certificate missing',
		summary: (v) =>
			`The server sent only its own certificate, issued by '${v('issuer')}', and that issuer is in no trust store here (${v('trustError')}): the server most likely does not send its intermediate certificate. (A private CA that signs certificates directly looks the same.)`,
		advice: () =>
			'The server’s admin should configure the full chain (the certificate followed by its intermediate, often a “fullchain” file); browsers may hide this by fetching the intermediate, mail clients do not. If the issuer is your own or your company’s CA, trust it with --ca instead.',
	},
	// params: daysLeft, validTo
	'cert-expiring-soon': {
		title: 'Certificate expires soon',
		summary: (v) => `The certificate expires in ${days(v('daysLeft'))} (${v('validTo')}).`,
		advice: () => 'Renew it now so mail does not stop when it expires.',
	},
	// params: port, mechanisms
	'auth-before-tls': {
		title: 'Login offered without encryption',
		summary: (v) =>
			`The server offers login (${v('mechanisms')}) before any encryption, so a careless client can send the password in clear.`,
		advice: () =>
			'Make your client require TLS (SSL/TLS, or STARTTLS with requireTLS); server admins should hide AUTH until TLS is up.',
	},
	// params: port
	'auth-not-offered': {
		title: 'No login offered',
		summary: () =>
			'After TLS the server offers no AUTH: it will not accept a user name and password here.',
		advice: () =>
			'This port may only relay for known IP addresses; use the submission port your provider documents.',
	},
	// The auth-* and send-* codes are set by the credentials step; params vary (mechanism, code, text).
	'auth-ok': {
		title: 'Login works',
		summary: (v) => `The server accepted the login${v('mechanism') ? ` (${v('mechanism')})` : ''}.`,
		advice: () => 'Use these settings in your mail client.',
	},
	'auth-failed': {
		title: 'Login refused',
		summary: (v) =>
			`The server refused the user name or password${v('text') ? `: ${v('code')} ${v('text')}` : ''}.`,
		advice: () =>
			'Check the user name (often the full e-mail address) and password; some providers need an app password.',
	},
	'auth-app-password-required': {
		title: 'App password required',
		summary: () => 'The provider refuses your normal password here (two-step verification is on).',
		advice: () => 'Create an app password in your account’s security settings and use it instead.',
	},
	'auth-disabled-for-tenant': {
		title: 'SMTP login disabled',
		summary: () =>
			'The port and TLS are fine, but the provider has disabled password login for SMTP on this account.',
		advice: () =>
			'An administrator must enable SMTP AUTH for this mailbox, or use OAuth2 (XOAUTH2) or another relay.',
	},
	'auth-requires-tls': {
		title: 'Login needs encryption',
		summary: () =>
			'The server requires encryption before login (530 Must issue a STARTTLS command first).',
		advice: () => 'Enable SSL/TLS or required STARTTLS in your client.',
	},
	// params: reason (not-encrypted, certificate-untrusted, certificate-hostname-mismatch,
	// certificate-unknown, old-tls)
	'auth-skipped-unsafe': {
		title: 'Login not attempted',
		summary: (v) =>
			`The password was not sent because ${unsafeWords[v('reason')] ?? 'the connection was not safe (no TLS or a bad certificate)'}.`,
		advice: (v) =>
			v('reason') === 'not-encrypted'
				? 'Log in only over TLS (SSL/TLS, or required STARTTLS); only override with --allow-plaintext-auth on a network you trust.'
				: v('reason') === 'old-tls'
					? 'Ask the provider to enable TLS 1.2 or newer (RFC 8996); only override with --insecure on a network you trust.'
					: 'Fix the certificate problem first (or trust its CA with --ca); only override with --insecure on a network you trust.',
	},
	// params: mechanism (forced one, or ''), offered
	'auth-unsupported-mechanism': {
		title: 'No common login method',
		summary: (v) =>
			v('mechanism')
				? `The server does not offer ${v('mechanism')}${v('offered') ? `; it offers ${v('offered')}` : ''}.`
				: `The server offers no login method this tool can use${v('offered') ? ` (it offers ${v('offered')})` : ''}.`,
		advice: (v) =>
			v('offered').includes('XOAUTH2')
				? 'This server wants OAuth2: pass an access token as the password with --auth-mech XOAUTH2.'
				: 'Check which AUTH mechanisms the server lists; ask the provider which one to use.',
	},
	// params: mechanism, reason
	'auth-interrupted': {
		title: 'Login interrupted',
		summary: (v) =>
			`The connection broke during login${v('reason') ? ` (${v('reason')})` : ''}, so the result is unknown.`,
		advice: () =>
			'Try again; if it keeps happening, the server or a firewall drops logins from this network.',
	},
	// params: reason
	'auth-plaintext-allowed': {
		title: 'Password sent unencrypted',
		summary: () =>
			'The password was sent without encryption because --allow-plaintext-auth was given: anyone on the path could read it.',
		advice: () =>
			'Change the password if this network is not yours, and log in only over TLS (SSL/TLS, or required STARTTLS).',
	},
	// params: reason (as auth-skipped-unsafe, except not-encrypted)
	'auth-insecure-allowed': {
		title: 'Password sent over an unsafe connection',
		summary: (v) =>
			`The password was sent although ${unsafeWords[v('reason')] ?? 'the certificate failed verification'}, because --insecure was given.`,
		advice: (v) =>
			v('reason') === 'old-tls'
				? 'Old TLS can be broken by someone on the path; change the password unless this network is yours, and ask the provider for TLS 1.2 or newer.'
				: 'Someone could be impersonating the server; change the password unless you know why the certificate is bad.',
	},
	'send-ok': {
		title: 'Test message accepted',
		summary: (v) =>
			`The server accepted the test message${v('queueId') ? ` (queue id ${v('queueId')})` : ''}.`,
		advice: () => 'Check the recipient’s inbox (and spam folder) to confirm delivery.',
	},
	// params: stage (mail, rcpt, data), from, to, code, enhancedCode, text, reason
	'send-refused': {
		title: 'Test message refused',
		summary: (v) =>
			v('reason') === 'smtputf8-not-offered'
				? 'The test message was not sent: the addresses need SMTPUTF8, which this server does not offer.'
				: v('reason') === 'invalid-address'
					? 'The test message was not sent: an address is not valid.'
					: `The server refused the test message${v('stage') ? ` at ${v('stage').toUpperCase()}` : ''}${v('text') ? `: ${v('code')} ${v('text')}` : ''}.`,
		advice: (v) =>
			v('isTemporary')
				? 'This is a temporary refusal (greylisting or a limit); try again later.'
				: 'The sender address may not belong to the account, or a sending limit was reached; read the reply above.',
	},
	// params: from, to, code, enhancedCode, text
	'send-sender-rejected': {
		title: 'Sender not allowed',
		summary: (v) =>
			`The server will not send as ${v('from')} for this account${v('text') ? `: ${v('code')} ${v('text')}` : ''}.`,
		advice: () =>
			'Use the address that belongs to the account you logged in with (or one it may send as) in --from and in your client.',
	},
	// params: from, to, code, enhancedCode, text
	'send-relay-denied': {
		title: 'Relay denied',
		summary: (v) =>
			`The server refused to pass the message on to ${v('to')}${v('text') ? `: ${v('code')} ${v('text')}` : ''}.`,
		advice: () =>
			'The server does not relay for you: log in first (it only relays for authenticated users), or use your provider’s submission server.',
	},
	// params: to, code, enhancedCode, text
	'send-recipient-unknown': {
		title: 'Recipient unknown',
		summary: (v) =>
			`The server says ${v('to')} does not exist${v('text') ? `: ${v('code')} ${v('text')}` : ''}.`,
		advice: () => 'Check the recipient address for typos.',
	},
	// params: stage, size, limit, code, text
	'send-too-large': {
		title: 'Message too large',
		summary: (v) =>
			v('limit')
				? `The test message (${v('size')} bytes) is larger than the server's limit of ${v('limit')} bytes, so it was not sent.`
				: `The server refused the message as too large${v('text') ? `: ${v('code')} ${v('text')}` : ''}.`,
		advice: () =>
			'Attachments in your real messages must stay under the server’s size limit (SIZE in its EHLO reply).',
	},
	// params: stage, reason
	'send-interrupted': {
		title: 'Sending interrupted',
		summary: (v) =>
			`The connection broke while sending the test message${v('stage') ? ` (at ${v('stage').toUpperCase()})` : ''}${v('reason') ? `: ${v('reason')}` : ''}.`,
		advice: () => 'Try again; the message may or may not have been accepted.',
	},
	// params: port
	cancelled: {
		title: 'Cancelled',
		summary: () => 'The probe was stopped before this port finished.',
		advice: () => 'Run it again to get a result.',
	},
	// params: port, original (the verdict code it replaced)
	'not-offered-by-provider': {
		title: 'Not offered by provider',
		summary: (v) => `Port ${v('port')} did not work, and the provider does not offer it anyway.`,
		advice: () => 'Nothing to fix; use one of the ports the provider documents.',
	},
};
