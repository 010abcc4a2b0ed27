// Public surface of the probe engine (no React, no chalk: plain data in, plain data out).
//
//   const controller = new AbortController();
//   const options = createProbeOptions({ports: [465, 587], signal: controller.signal});
//   for await (const event of probeHost('smtp.example.com', options)) render(event);
//   // or: const result = await runProbe('smtp.example.com', options, render);
//
// Events come in the order things happen, all ports at once; `run-finished` carries the
// RunResult (also the generator's return value). Words for verdicts: source/i18n/verdicts/.
export * from './types.js';
export {probeHost, runProbe, createProbeOptions, defaultPorts} from './probe-host.js';
export {
	probePort,
	defaultPortRole,
	defaultPlainSilenceMs,
	classifyFirstBytes,
	connectFailureVerdict,
} from './probe-port.js';
export type {PortProbeContext} from './probe-port.js';
export {
	ReplyParser,
	parseReplies,
	parseCapabilities,
	enhancedCodeOf,
	noCapabilities,
	replyLimits,
} from './reply-parser.js';
export type {ParseItem, ParsedReply, ParseFailure, ParseFailureReason} from './reply-parser.js';
export {sanitizeText, sanitizeBytes, isUnsafeCodePoint} from './sanitize.js';
export type {SanitizeOptions} from './sanitize.js';
export {
	collectTlsFacts,
	judgeTls,
	clientTlsOptions,
	trustStore,
	sniName,
	certificateName,
	expiringSoonDays,
} from './tls-facts.js';
export {resolveHost, dnsServerAddress} from './resolve.js';
export type {ResolveOutcome} from './resolve.js';
export {defaultEhloName, isFqdnLike, neutralEhloName} from './ehlo-name.js';
export {makeVerdict, severityOf} from './verdict.js';
export {
	probeControl,
	probeControls,
	type ControlOutcome,
	type ControlResult,
	type ControlTarget,
} from './controls.js';
export {
	createConnectionLimiter,
	type ConnectionGate,
	type ConnectionLimiter,
	type ConnectionLimits,
	type ConnectionRelease,
} from './connection-limiter.js';
