import {describe, expect, it} from 'vitest';
import {
	PresetError,
	closePresetIds,
	findPreset,
	getBuiltinPresets,
	groupPresets,
	mergePresets,
	resolvePresetSpec,
	searchPresets,
} from '../../source/presets/presets.js';
import {presetSchema} from '../../source/presets/schema.js';

const ids = (list: ReadonlyArray<{id: string}>) => list.map((preset) => preset.id);

describe('searchPresets (filter as you type)', () => {
	it('returns everything for an empty query, in catalogue order', () => {
		expect(searchPresets('')).toEqual(getBuiltinPresets());
		expect(searchPresets('   ')).toEqual(getBuiltinPresets());
	});

	it('narrows as the user types, case-insensitively', () => {
		expect(ids(searchPresets('h'))).toContain('hostinger');
		expect(ids(searchPresets('HOST'))[0]).toBe('hostinger');
		expect(ids(searchPresets('hostin'))).toEqual(['hostinger']);
	});

	it('matches names and hosts, including regional hosts', () => {
		expect(ids(searchPresets('outlook'))).toEqual(['outlook-com']);
		expect(ids(searchPresets('microsoft'))).toEqual(['microsoft365', 'godaddy-m365']);
		expect(ids(searchPresets('office365'))).toEqual(['microsoft365', 'godaddy-m365']);
		expect(ids(searchPresets('zoho.eu'))).toEqual(['zoho']);
		expect(ids(searchPresets('eu-west-3'))).toEqual(['amazon-ses']);
		expect(ids(searchPresets('secureserver'))).toEqual(['godaddy-workspace']);
	});

	it('requires every word to match and ranks prefix matches first', () => {
		expect(ids(searchPresets('mailgun eu'))).toEqual(['mailgun-eu']);
		const mail = ids(searchPresets('mail'));
		expect(mail.indexOf('mailgun-us')).toBeLessThan(mail.indexOf('gmail'));
		expect(searchPresets('zzzz-no-such')).toEqual([]);
	});
});

describe('findPreset and --preset resolution', () => {
	it('finds by id, case-insensitively', () => {
		expect(findPreset('Gmail')?.host).toBe('smtp.gmail.com');
		expect(findPreset('nope')).toBeUndefined();
	});

	it('resolves ID and ID:REGION', () => {
		expect(resolvePresetSpec('hostinger').options.notOfferedPorts).toEqual([25, 2525]);
		expect(resolvePresetSpec('zoho:in').options.host).toBe('smtp.zoho.in');
		expect(resolvePresetSpec('amazon-ses:').options.host).toBe(
			'email-smtp.us-east-1.amazonaws.com',
		);
	});

	it('names close matches for a typo', () => {
		expect(() => resolvePresetSpec('hostingr')).toThrow(
			/unknown preset "hostingr"; did you mean: hostinger\?/,
		);
		expect(closePresetIds('mailgun')).toEqual(['mailgun-us', 'mailgun-eu']);
		expect(closePresetIds('sendgird')).toContain('sendgrid');
		expect(() => resolvePresetSpec('qqqqqqqq')).toThrow(/unknown preset "qqqqqqqq" \(smtp-doctor/);
		expect(() => resolvePresetSpec('')).toThrow(PresetError);
	});

	it('escapes control characters in the echoed id', () => {
		expect(() => resolvePresetSpec('\u001B[31mred')).toThrow(
			String.raw`unknown preset "\x1b[31mred"`,
		);
	});
});

describe('groupPresets', () => {
	it('groups mailbox, sending, custom in that order and drops empty groups', () => {
		const groups = groupPresets(getBuiltinPresets());
		expect(groups.map((entry) => entry.group)).toEqual(['mailbox', 'sending']);
		expect(groups[0]!.presets[0]!.id).toBe('hostinger');
		expect(groups[1]!.presets.map((preset) => preset.id)).toContain('sendgrid');
		const filtered = groupPresets(searchPresets('mail'));
		expect(
			filtered
				.flatMap((entry) => entry.presets)
				.every(
					(preset) =>
						/mail/i.test(`${preset.id} ${preset.name} ${preset.host}`) ||
						preset.regions.some((region) => region.host.includes('mail')),
				),
		).toBe(true);
	});
});

describe('mergePresets', () => {
	const custom = presetSchema.parse({
		id: 'acme',
		name: 'Acme relay',
		host: 'relay.acme.test',
		ports: [{port: 587, encryption: 'starttls'}],
		recommendedPort: 587,
	});
	const hostinger = presetSchema.parse({
		id: 'hostinger',
		name: 'Hostinger via my tunnel',
		host: 'localhost',
		ports: [{port: 2525, encryption: 'starttls'}],
		recommendedPort: 2525,
	});

	it('adds user presets after the built-ins in group custom', () => {
		const merged = mergePresets(getBuiltinPresets(), [custom]);
		expect(merged.at(-1)?.id).toBe('acme');
		expect(merged.at(-1)?.group).toBe('custom');
		expect(resolvePresetSpec('acme', merged).options.host).toBe('relay.acme.test');
	});

	it('lets a user preset replace a built-in in place', () => {
		const merged = mergePresets(getBuiltinPresets(), [hostinger]);
		expect(merged.length).toBe(getBuiltinPresets().length);
		expect(merged[0]?.name).toBe('Hostinger via my tunnel');
		expect(resolvePresetSpec('hostinger', merged).options.notOfferedPorts).toEqual([25, 465, 587]);
	});
});
