// TLS handshake errors the same on every supported Node. Node hands OpenSSL's words through,
// and OpenSSL 3.2 (Node 22 and later; Node 20 has 3.0) renamed the "sslv3 alert ..." reasons
// to "ssl/tls alert ...": the code of a handshake_failure alert is
// ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE on Node 20 but ERR_SSL_SSL/TLS_ALERT_HANDSHAKE_FAILURE
// on 22 and 24. The message also carries a thread id and an OpenSSL source line that change
// from build to build. So codes keep the one long-documented spelling, and a message is
// reduced to OpenSSL's reason words, or to the alert the server sent, by number.

/** Alert descriptions of RFC 8446 section 6 (and RFC 5246 for the older ones), by number. */
const alertNames: Readonly<Record<number, string>> = {
	0: 'close_notify',
	10: 'unexpected_message',
	20: 'bad_record_mac',
	21: 'decryption_failed',
	22: 'record_overflow',
	40: 'handshake_failure',
	41: 'no_certificate',
	42: 'bad_certificate',
	43: 'unsupported_certificate',
	44: 'certificate_revoked',
	45: 'certificate_expired',
	46: 'certificate_unknown',
	47: 'illegal_parameter',
	48: 'unknown_ca',
	49: 'access_denied',
	50: 'decode_error',
	51: 'decrypt_error',
	70: 'protocol_version',
	71: 'insufficient_security',
	80: 'internal_error',
	86: 'inappropriate_fallback',
	90: 'user_canceled',
	109: 'missing_extension',
	110: 'unsupported_extension',
	112: 'unrecognized_name',
	113: 'bad_certificate_status_response',
	115: 'unknown_psk_identity',
	116: 'certificate_required',
	120: 'no_application_protocol',
};

/** What an alert from the server means for the user, where there is more to say than its name. */
const alertReasons: Readonly<Record<number, string>> = {
	80: "the server's own TLS set-up failed (TLS alert 80, internal_error)",
	40: 'the server ended the handshake: no cipher or settings in common',
	70: 'no TLS version in common with the server',
	71: 'the server wants stronger TLS settings than were offered',
	112: 'the server does not know the name sent in SNI (try --servername)',
	116: 'the server wants a client certificate',
};

/**
 * The Node error code of a TLS error, spelt as Node 20 (OpenSSL 3.0) spells it on every
 * version: ERR_SSL_SSL/TLS_ALERT_* (OpenSSL 3.2+) becomes ERR_SSL_SSLV3_ALERT_*.
 */
export function stableTlsErrorCode(code: string): string {
	return code.replace(/^ERR_SSL_SSL\/TLS_ALERT_/, 'ERR_SSL_SSLV3_ALERT_');
}

/** The RFC 8446 name of a TLS alert ("internal_error"), if it has one. */
export function tlsAlertName(alert: number): string | undefined {
	return alertNames[alert];
}

/** The alert number in an OpenSSL message ("...:SSL alert number 70"), if there is one. */
export function tlsAlertNumber(message: string): number | undefined {
	const match = /SSL alert number (\d{1,3})\b/.exec(message);
	return match ? Number(match[1]) : undefined;
}

/**
 * The words of an OpenSSL error message without its thread id, library, function, source file
 * and line ("C0AC...:error:0A000410:SSL routines:ssl3_read_bytes:ssl/tls alert handshake
 * failure:../deps/openssl/...c:918:SSL alert number 40" -> "ssl/tls alert handshake failure").
 * Any other message comes back as it is.
 */
export function opensslReason(message: string): string {
	const match = /^[\dA-F]+:error:[\dA-F]+:[^:]*:[^:]*:([^:]+):[^:]*:\d+:/.exec(message.trim());
	return match ? match[1]!.trim() : message;
}

/** A TLS alert the server sent, in words ("the server refused the handshake: TLS alert 49 (access_denied)"). */
export function describeTlsAlert(message: string): string | undefined {
	const alert = tlsAlertNumber(message);
	if (alert === undefined) {
		return undefined;
	}

	return (
		alertReasons[alert] ??
		`the server refused the handshake: TLS alert ${alert}${alertNames[alert] ? ` (${alertNames[alert]})` : ''}`
	);
}

/** The error code of a Node error, one spelling on every Node version (OpenSSL 3.2 renamed some TLS codes). */
export function errorCodeOf(error: unknown): string {
	if (typeof error === 'object' && error !== null && 'code' in error) {
		return stableTlsErrorCode(String(error.code));
	}

	return 'EUNKNOWN';
}
