// The shape of a provider preset, shared by the built-in catalogue and users' presets.json.
// Strict objects everywhere: a misspelt field in a user's file is an error, not silently ignored.
import * as z from 'zod';

const portRange = 'must be 1-65535';

/** A TCP port number, 1-65535. */
export const portNumberSchema = z
	.number({error: 'must be a number'})
	.int({error: 'must be a whole number'})
	.min(1, {error: portRange})
	.max(65_535, {error: portRange});

/** How a port starts: implicit TLS ("SSL"), plain then STARTTLS ("TLS"), or plain without encryption. */
export const presetEncryptionSchema = z.enum(['implicit-tls', 'starttls', 'none']);

/**
 * How well a fact is backed: `confirmed` (provider page or a maintained client database),
 * `third-party` (only blogs, tutorials, other people's configs), `unconfirmed` (no source found).
 */
export const certaintySchema = z.enum(['confirmed', 'third-party', 'unconfirmed']);

const hostSchema = z
	.string({error: 'must be a host name'})
	.trim()
	.min(1, {error: 'must not be empty'})
	.max(253, {error: 'must be at most 253 characters'})
	.regex(/^[A-Za-z\d]([A-Za-z\d.-]*[A-Za-z\d])?$|^[\d.]+$|^[\d:a-fA-F]+$/, {
		error: 'must be a host name or IP address (letters, digits, dots, hyphens)',
	});

const idSchema = z.string({error: 'must be a string'}).regex(/^[a-z\d][a-z\d-]{0,62}$/, {
	error: 'must be lower-case letters, digits and hyphens (like "my-relay")',
});

/** One port a provider offers. */
export const presetPortSchema = z.strictObject({
	port: portNumberSchema,
	encryption: presetEncryptionSchema,
	certainty: certaintySchema.default('confirmed'),
	/** Short remark shown next to the port ("TLS enforced", "hangs instead of refusing"). */
	note: z.string().optional(),
});

/** A regional or alternative host of one provider (Zoho EU, SES eu-west-1, ...). */
export const presetRegionSchema = z.strictObject({
	id: idSchema,
	label: z.string().min(1, {error: 'must not be empty'}),
	host: hostSchema,
	certainty: certaintySchema.default('confirmed'),
	/** Address domains that belong to this region (gmx.de -> the gmx.net host). */
	emailDomains: z.array(z.string()).default([]),
});

/** A source the preset's facts come from. */
export const presetSourceSchema = z.strictObject({
	url: z.string().min(1, {error: 'must not be empty'}),
	title: z.string().optional(),
	/** `provider`: the provider's own page; `client-db`: nodemailer / Thunderbird ISPDB; `third-party`. */
	kind: z.enum(['provider', 'client-db', 'third-party']).default('provider'),
	/** The source's own date, when visible (YYYY-MM-DD). */
	date: z.string().optional(),
});

/** Why the recommended port is the recommended one. */
export const recommendedBasisSchema = z.enum([
	'provider', // The provider says so.
	'third-party', // Only third parties say so.
	'rfc8314', // The provider ranks nothing; implicit TLS per RFC 8314 (or the only secure port).
	'only-port', // The only port that is sourced.
	'user', // A user preset.
]);

/** Authentication facts: what goes in the user name and password fields. */
export const presetAuthSchema = z.strictObject({
	/** What the user name is: "full email address", "apikey", "SES SMTP user name", ... */
	user: z.string().min(1, {error: 'must not be empty'}),
	/** What the password is: "app password", "API key", "mailbox password", ... */
	password: z.string().min(1, {error: 'must not be empty'}),
	isAppPasswordRequired: z.boolean().default(false),
	/** Password login is refused; OAuth2 (XOAUTH2) only. */
	isOAuthOnly: z.boolean().default(false),
	/** SMTP AUTH must be switched on by an administrator first. */
	isSmtpAuthOffByDefault: z.boolean().default(false),
	notes: z.array(z.string()).default([]),
});

const dateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, {error: 'must be a date YYYY-MM-DD'});

/** One provider preset. */
export const presetSchema = z
	.strictObject({
		id: idSchema,
		name: z.string({error: 'must be a string'}).min(1, {error: 'must not be empty'}),
		group: z.enum(['mailbox', 'sending', 'custom']).default('custom'),
		/** Default host; `regions` may offer others. */
		host: hostSchema,
		regions: z.array(presetRegionSchema).default([]),
		/** Region id whose host is `host` (when regions exist). */
		defaultRegion: idSchema.optional(),
		ports: z.array(presetPortSchema).min(1, {error: 'must list at least one port'}),
		recommendedPort: portNumberSchema,
		recommendedBasis: recommendedBasisSchema.default('user'),
		auth: presetAuthSchema.default({
			user: 'see your provider',
			password: 'see your provider',
			isAppPasswordRequired: false,
			isOAuthOnly: false,
			isSmtpAuthOffByDefault: false,
			notes: [],
		}),
		/** Address domains served by this provider (you@gmail.com -> gmail). */
		emailDomains: z.array(z.string()).default([]),
		/** Quirks worth knowing before probing. */
		notes: z.array(z.string()).default([]),
		/** Facts the sources could not confirm, in words; shown as such. */
		unconfirmed: z.array(z.string()).default([]),
		sources: z.array(presetSourceSchema).default([]),
		/** When the facts were last checked against the sources (YYYY-MM-DD). */
		checked: dateSchema.optional(),
	})
	.superRefine((preset, context) => {
		const seenPorts = new Set<number>();
		for (const [index, port] of preset.ports.entries()) {
			if (seenPorts.has(port.port)) {
				context.addIssue({
					code: 'custom',
					path: ['ports', index, 'port'],
					message: `port ${port.port} is listed twice`,
				});
			}

			seenPorts.add(port.port);
		}

		// Only when every port is valid: otherwise the port's own error says it all.
		const arePortsValid = preset.ports.every(
			(port) => portNumberSchema.safeParse(port.port).success,
		);
		if (arePortsValid && !seenPorts.has(preset.recommendedPort)) {
			context.addIssue({
				code: 'custom',
				path: ['recommendedPort'],
				message: `must be one of the listed ports (${[...seenPorts].join(', ')})`,
			});
		}

		const regionIds = new Set<string>();
		for (const [index, region] of preset.regions.entries()) {
			if (regionIds.has(region.id)) {
				context.addIssue({
					code: 'custom',
					path: ['regions', index, 'id'],
					message: `region "${region.id}" is listed twice`,
				});
			}

			regionIds.add(region.id);
		}

		if (preset.defaultRegion !== undefined && !regionIds.has(preset.defaultRegion)) {
			context.addIssue({
				code: 'custom',
				path: ['defaultRegion'],
				message: 'must be the id of one of the regions',
			});
		}
	});

/** A validated preset (defaults filled in). */
export type Preset = z.output<typeof presetSchema>;

/** A preset as written in the catalogue or presets.json (defaults may be left out). */
export type PresetInput = z.input<typeof presetSchema>;

export type PresetPort = z.output<typeof presetPortSchema>;
export type PresetRegion = z.output<typeof presetRegionSchema>;
export type PresetEncryption = z.output<typeof presetEncryptionSchema>;
export type Certainty = z.output<typeof certaintySchema>;
export type PresetGroup = Preset['group'];

/** Maps an MX host suffix to a preset: `aspmx.l.google.com` ends in `google.com` -> gmail. */
export const mxHintSchema = z.strictObject({
	suffix: z.string().min(1),
	presetId: idSchema,
	region: idSchema.optional(),
	certainty: certaintySchema.default('unconfirmed'),
	/** Other presets worth offering for the same MX (Google Workspace relay next to Gmail). */
	alternatives: z.array(idSchema).default([]),
});

/** One MX-suffix hint. */
export type MxHint = z.output<typeof mxHintSchema>;

// The run-facing types in config/ must stay what the schema produces.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
true satisfies Same<PresetEncryption, import('../config/preset-probe.js').PresetEncryption>;
true satisfies Same<Certainty, import('../config/preset-probe.js').Certainty>;
