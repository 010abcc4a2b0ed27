// The network layer of a probe, in engine/net/: tcp (connect, every address in turn),
// tap-stream (the server's first bytes under TLS), tls-handshake, smtp-connection (replies,
// STARTTLS, transcript).
export {type ConnectOutcome, connectFirst, connectTcp} from './net/tcp.js';
export {TapStream} from './net/tap-stream.js';
export {describeTlsError, type HandshakeOutcome, tlsHandshake} from './net/tls-handshake.js';
export {
	maxUnsolicitedReplies,
	type ReadOutcome,
	SmtpConnection,
	type TranscriptSink,
} from './net/smtp-connection.js';
