// Probes one port: connect -> [implicit TLS] -> greeting -> EHLO (HELO fallback) ->
// [STARTTLS -> TLS -> EHLO again] -> [AUTH -> test message] -> QUIT, timing each phase and
// streaming events. At most two connections per port: the second only when auto mode must
// try the other encryption (or, in explicit modes, to name a TLS/plain mix-up).
//
// The steps live in port/: strategy (which connections, in what order), net-steps (connect,
// TLS), dialogue (the SMTP conversation), login (AUTH, test message), decide (the verdict
// decisions, pure), recorder (phases and transcript). This file owns the probe's lifetime:
// every socket it opened is released on every path, and the result is redacted whole.
import {createRedactor, redactDeep} from './redact.js';
import {sanitizeText} from './sanitize.js';
import type {PortResult, Verdict} from './types.js';
import {makeVerdict} from './verdict.js';
import {defaultPortRole, type PortProbeContext, Stop} from './port/context.js';
import {Recorder} from './port/recorder.js';
import {emptyFound, type Probe} from './port/state.js';
import {portFlow} from './port/strategy.js';

export {
	defaultPlainSilenceMs,
	defaultPortRole,
	maxTranscriptEntries,
	type PortProbeContext,
} from './port/context.js';
export {classifyFirstBytes, connectFailureVerdict} from './port/decide.js';

function startProbe(context: PortProbeContext): Probe {
	const {credentials} = context.options;
	const redact = createRedactor([credentials?.secret], credentials ? {user: credentials.user} : {});
	return {
		context,
		role: context.options.portRoles?.[context.port] ?? defaultPortRole(context.port),
		mode: context.options.mode,
		found: emptyFound(),
		rec: new Recorder(context, redact),
		redact,
		connections: new Set(),
		resources: new Set(),
		localAddresses: new Map(),
	};
}

/** Probes one port to the end and returns its result; streams events through `context.emit`. Never throws. */
export async function probePort(context: PortProbeContext): Promise<PortResult> {
	const probe = startProbe(context);
	const {port, emit} = context;
	const {found, rec, mode} = probe;
	const startMs = rec.now();
	emit({type: 'port-started', port, mode, atMs: startMs});
	let verdict: Verdict;
	try {
		verdict = await portFlow(probe);
	} catch (error: unknown) {
		verdict =
			error instanceof Stop
				? error.verdict
				: makeVerdict('protocol-error', {
						port,
						detail: sanitizeText(error instanceof Error ? error.message : String(error), {
							maxLength: 200,
						}),
					});
	} finally {
		for (const conn of probe.connections) {
			conn.close();
		}

		for (const resource of probe.resources) {
			resource.destroy();
		}
	}

	if (context.signal.aborted) {
		verdict = makeVerdict('cancelled', {port});
	}

	rec.finish(found.attempts);
	if (verdict.severity === 'fail' && context.options.notOfferedPorts?.includes(port)) {
		// The preset already says the port is not offered: the failure is expected, so it is
		// not repeated as a red finding (`original` keeps what happened).
		verdict = makeVerdict('not-offered-by-provider', {port, original: verdict.code});
	}

	const built: PortResult = {
		port,
		requestedMode: mode,
		encryption: found.encryption,
		verdict,
		findings: found.findings,
		...(found.address ? {address: found.address} : {}),
		attempts: found.attempts,
		// Events report phases as they end; the result lists them as they started.
		phases: rec.phases.toSorted((a, b) => a.startMs - b.startMs),
		...(found.greeting === undefined ? {} : {greeting: found.greeting}),
		...(found.capabilitiesBeforeTls ? {capabilitiesBeforeTls: found.capabilitiesBeforeTls} : {}),
		...(found.capabilities ? {capabilities: found.capabilities} : {}),
		...(found.tls ? {tls: found.tls} : {}),
		...(found.auth ? {auth: found.auth} : {}),
		...(found.send ? {send: found.send} : {}),
		transcript: rec.transcript,
		totalMs: rec.now() - startMs,
	};
	// A hostile server may echo the secret in any reply (MAIL, RCPT, DATA too): scrub it all.
	const result = context.options.credentials ? redactDeep(built, probe.redact) : built;
	emit({type: 'port-finished', port, result});
	return result;
}
