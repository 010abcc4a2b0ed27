// The login step (AUTH, only with credentials) and the opt-in test message, over the
// channel the AUTH and send modules speak through.
import {authenticate} from '../auth.js';
import type {SmtpConnection} from '../connection.js';
import {sanitizeText} from '../sanitize.js';
import {sendTestMessage} from '../send.js';
import type {SmtpChannel} from '../types.js';
import {makeVerdict} from '../verdict.js';
import {checkAborted, type Probe, timeoutsOf} from './state.js';

function channelOf(probe: Probe, conn: SmtpConnection, attempt: number): SmtpChannel {
	const commandTimeout = timeoutsOf(probe).command;
	const note = (text: string) => {
		probe.rec.note(attempt, sanitizeText(text, {maxLength: 300}), conn.isEncrypted);
	};

	return {
		get isEncrypted() {
			return conn.isEncrypted;
		},
		...(probe.found.tls ? {tls: probe.found.tls} : {}),
		send(line, options) {
			conn.send(line, options?.redactAs);
		},
		sendRaw(data, summary) {
			conn.sendRaw(data, sanitizeText(summary, {maxLength: 200}));
		},
		async readReply() {
			const outcome = await conn.readReply(commandTimeout);
			if (outcome.kind === 'reply') {
				return outcome.reply;
			}

			throw new Error(
				outcome.kind === 'parse-failure'
					? `unreadable reply (${outcome.failure.reason})`
					: `no reply (${outcome.kind})`,
			);
		},
		note,
	};
}

/** AUTH when credentials were given, then the test message on its port when asked for. */
export async function loginStep(probe: Probe, conn: SmtpConnection, attempt: number) {
	const {context, found, rec} = probe;
	const {credentials, testMessage} = context.options;
	if (!credentials || !found.capabilities) {
		return;
	}

	const channel = channelOf(probe, conn, attempt);
	const endAuth = rec.startPhase('auth', attempt);
	try {
		found.auth = await authenticate(channel, found.capabilities, credentials);
	} catch {
		// The AUTH step promises never to put a secret in an error; we still do not show it.
		found.auth = {
			mechanism: credentials.mechanism ?? 'unknown',
			verdict: makeVerdict('protocol-error', {port: context.port, during: 'auth'}),
		};
	}

	found.findings.push(...(found.auth.findings ?? []));
	checkAborted(probe);
	endAuth(found.auth.verdict.code === 'auth-ok', found.auth.verdict.code);
	if (testMessage?.port !== context.port || found.auth.verdict.code !== 'auth-ok') {
		return;
	}

	const endMail = rec.startPhase('mail', attempt);
	try {
		found.send = await sendTestMessage(channel, found.capabilities, testMessage);
	} catch {
		found.send = {
			stage: 'mail',
			verdict: makeVerdict('protocol-error', {port: context.port, during: 'mail'}),
		};
	}

	checkAborted(probe);
	endMail(found.send.verdict.code === 'send-ok', found.send.verdict.code);
}
