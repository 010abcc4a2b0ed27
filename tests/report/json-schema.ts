// The `--json` schema (schemaVersion 1) as zod, shared by the formatter and CLI tests. Keep
// it in step with README "JSON output": a failing parse here means the documented contract broke.
import {z} from 'zod';
import {verdictCodes} from '../../source/engine/types.js';

const severity = z.enum(['ok', 'warn', 'fail', 'info']);

const verdict = z.strictObject({
	code: z.enum(verdictCodes),
	severity,
	params: z.record(z.string(), z.union([z.string(), z.number()])),
	title: z.string().min(1),
	summary: z.string().min(1),
	advice: z.string(),
});

const phase = z.enum([
	'resolve',
	'connect',
	'tls',
	'greeting',
	'ehlo',
	'helo',
	'starttls',
	'auth',
	'mail',
	'quit',
]);

const capabilities = z.object({
	raw: z.array(z.string()),
	size: z.number().optional(),
	pipelining: z.boolean(),
	eightBitMime: z.boolean(),
	smtpUtf8: z.boolean(),
	startTls: z.boolean(),
	authMechanisms: z.array(z.string()),
	enhancedStatusCodes: z.boolean(),
	chunking: z.boolean(),
	dsn: z.boolean(),
	requireTls: z.boolean(),
});

const port = z.strictObject({
	port: z.number().int().min(1).max(65_535),
	requestedMode: z.enum(['auto', 'implicit-tls', 'starttls', 'none']),
	encryption: z.enum(['implicit-tls', 'starttls', 'none', 'unknown']),
	encryptionLabel: z.enum(['SSL/TLS', 'STARTTLS', 'NONE', '?']),
	status: z.enum(['ok', 'warn', 'fail', 'info', 'skipped', 'pending']),
	verdict,
	findings: z.array(verdict),
	advice: z.string(),
	notes: z.array(z.string()),
	address: z.string().nullable(),
	attempts: z.number().int().min(0),
	totalMs: z.number().min(0),
	phases: z.array(
		z.object({
			phase,
			attempt: z.number().int(),
			startMs: z.number(),
			durationMs: z.number(),
			isOk: z.boolean(),
			detail: z.string().optional(),
		}),
	),
	greeting: z.string().nullable(),
	tls: z
		.object({
			protocol: z.string(),
			cipher: z.string(),
			servername: z.string(),
			isTrusted: z.boolean(),
			isHostnameMatch: z.boolean(),
			handshakeMs: z.number(),
			trustError: z.string().optional(),
			certificate: z
				.object({
					subject: z.string(),
					subjectAltNames: z.array(z.string()),
					issuer: z.string(),
					validFrom: z.string(),
					validTo: z.string(),
					daysLeft: z.number(),
					fingerprintSha256: z.string(),
					isSelfSigned: z.boolean(),
					chainLength: z.number(),
					certsSent: z.number(),
				})
				.optional(),
		})
		.nullable(),
	capabilitiesBeforeTls: capabilities.nullable(),
	capabilities: capabilities.nullable(),
	auth: z.object({mechanism: z.string(), verdict}).passthrough().nullable(),
	send: z.object({stage: z.string(), verdict}).passthrough().nullable(),
	transcript: z.array(
		z.strictObject({
			direction: z.enum(['send', 'receive', 'note']),
			atMs: z.number(),
			isEncrypted: z.boolean(),
			text: z.string(),
			attempt: z.number().int(),
		}),
	),
});

const setting = z.strictObject({
	host: z.string(),
	port: z.number().int(),
	encryption: z.enum(['implicit-tls', 'starttls', 'none']),
	reason: z.enum([
		'implicit-tls-465',
		'starttls-587',
		'implicit-tls-other',
		'starttls-other',
		'relay-25',
		'plain-only-last-resort',
	]),
	encryptionLabel: z.string(),
	line: z.string(),
	why: z.string(),
	authentication: z.string(),
	isLoggedIn: z.boolean(),
});

export const jsonReportSchema = z.strictObject({
	schemaVersion: z.literal(1),
	tool: z.strictObject({name: z.literal('smtp-doctor'), version: z.string()}),
	host: z.string(),
	startedAt: z.string(),
	durationMs: z.number().min(0),
	isCancelled: z.boolean(),
	isWorking: z.boolean(),
	outcome: z.enum(['works', 'fails', 'inconclusive']),
	outcomeReason: z.enum([
		'works',
		'dns',
		'network',
		'local-network',
		'server-firewall',
		'certificate',
		'plaintext',
		'wrong-mode',
		'server',
		'inconclusive',
		'cancelled',
		'mixed',
		'login',
		'send',
	]),
	outcomeSummary: z.string().min(1).nullable(),
	conclusion: z.strictObject({
		port: z.number().int().nullable(),
		code: z.string().nullable(),
		nextStep: z.string().min(1).nullable(),
	}),
	addresses: z.array(
		z.strictObject({address: z.string(), family: z.union([z.literal(4), z.literal(6)])}),
	),
	resolveVerdict: verdict.nullable(),
	ports: z.array(port),
	recommendation: setting.nullable(),
	runnerUp: setting.nullable(),
	presetComparison: z
		.strictObject({
			name: z.string(),
			id: z.string().nullable(),
			ports: z.array(
				z.strictObject({
					port: z.number().int(),
					agreement: z.enum([
						'agrees',
						'agrees-but-fails',
						'better',
						'differs',
						'unknown',
						'not-tested',
						'pending',
						'not-listed',
					]),
					text: z.string(),
				}),
			),
		})
		.nullable(),
	hostPolicy: z
		.strictObject({
			cloud: z.string(),
			evidence: z.string(),
			ports: z.array(z.number().int()),
			sentence: z.string(),
		})
		.nullable(),
	ipFamilies: z
		.strictObject({
			checks: z.array(
				z.strictObject({
					port: z.number().int(),
					family: z.literal(6),
					address: z.string(),
					outcome: z.enum(['connected', 'refused', 'timeout', 'unreachable']),
					errorCode: z.string().nullable(),
					ms: z.number(),
				}),
			),
			trapPorts: z.array(z.number().int()),
			ipv4FailPorts: z.array(z.number().int()),
			sentence: z.string().nullable(),
		})
		.nullable(),
	controls: z
		.array(
			z.strictObject({
				host: z.string(),
				address: z.string().nullable(),
				forPort: z.number().int(),
				port: z.number().int(),
				outcome: z.enum(['connected', 'refused', 'timeout', 'unreachable', 'unresolved']),
				errorCode: z.string().nullable(),
				ms: z.number(),
			}),
		)
		.nullable(),
	clientSettings: z
		.array(
			z.strictObject({
				client: z.string(),
				label: z.string(),
				port: z.number().int(),
				encryption: z.enum(['implicit-tls', 'starttls']),
				text: z.string(),
				notes: z.array(z.string()),
				choice: z.enum(['recommended', 'runner-up']),
			}),
		)
		.nullable(),
});
