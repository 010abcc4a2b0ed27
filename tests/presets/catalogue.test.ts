import {describe, expect, it} from 'vitest';
import {catalogue, mxHints} from '../../source/presets/catalogue.js';
import {
	getBuiltinPresets,
	matchMxHost,
	presetAgreement,
	presetForEmailDomain,
	presetProbeOptions,
	standardPorts,
} from '../../source/presets/presets.js';
import {applyPresetDefaults} from '../../source/presets/defaults.js';
import {presetSchema} from '../../source/presets/schema.js';

const presets = getBuiltinPresets();

describe('built-in catalogue', () => {
	it('validates every raw entry against the schema', () => {
		for (const input of catalogue) {
			const result = presetSchema.safeParse(input);
			expect(result.error?.issues ?? [], String(input.id)).toEqual([]);
		}
	});

	it('fills in defaults at startup exactly as the schema would (so startup can skip zod)', () => {
		for (const input of catalogue) {
			expect(applyPresetDefaults(input), String(input.id)).toStrictEqual(presetSchema.parse(input));
		}

		expect(presets).toStrictEqual(catalogue.map((input) => presetSchema.parse(input)));
	});

	it('has at least 25 presets, Hostinger first, no duplicate ids', () => {
		expect(presets.length).toBeGreaterThanOrEqual(25);
		expect(presets[0]!.id).toBe('hostinger');
		const ids = presets.map((preset) => preset.id);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('gives every preset a source, a check date, valid ports and a listed recommended port', () => {
		for (const preset of presets) {
			expect(preset.sources.length, preset.id).toBeGreaterThan(0);
			expect(preset.checked, preset.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			for (const port of preset.ports) {
				expect(port.port, preset.id).toBeGreaterThanOrEqual(1);
				expect(port.port, preset.id).toBeLessThanOrEqual(65_535);
			}

			expect(
				preset.ports.map((port) => port.port),
				preset.id,
			).toContain(preset.recommendedPort);
			expect(['mailbox', 'sending'], preset.id).toContain(preset.group);
			expect(preset.auth.user.length, preset.id).toBeGreaterThan(0);
		}
	});

	it('keeps mailbox providers before sending services', () => {
		const groups = presets.map((preset) => preset.group);
		expect(groups.lastIndexOf('mailbox')).toBeLessThan(groups.indexOf('sending'));
	});

	it('covers the providers the issue names', () => {
		const ids = new Set(presets.map((preset) => preset.id));
		for (const id of [
			'gmail',
			'google-workspace-relay',
			'microsoft365',
			'outlook-com',
			'yahoo',
			'icloud',
			'zoho',
			'fastmail',
			'proton-bridge',
			'proton-smtp',
			'gmx',
			'aol',
			'yandex',
			'ionos',
			'ovh',
			'namecheap-privateemail',
			'godaddy-workspace',
			'titan',
			'sendgrid',
			'mailgun-us',
			'mailgun-eu',
			'amazon-ses',
			'postmark',
			'brevo',
			'mailjet',
			'sparkpost',
			'smtp2go',
			'mailtrap',
			'resend',
		]) {
			expect(ids.has(id), id).toBe(true);
		}
	});

	it('keeps the facts the reference marks unconfirmed marked', () => {
		const find = (id: string) => presets.find((preset) => preset.id === id)!;
		expect(find('icloud').ports.find((port) => port.port === 465)?.certainty).toBe('unconfirmed');
		expect(find('titan').ports.every((port) => port.certainty === 'unconfirmed')).toBe(true);
		expect(find('hostinger').regions.find((region) => region.id === 'id')?.certainty).toBe(
			'unconfirmed',
		);
		expect(find('amazon-ses').regions.find((region) => region.id === 'eu-south-1')?.certainty).toBe(
			'unconfirmed',
		);
		expect(find('yahoo').ports.find((port) => port.port === 587)?.certainty).toBe('third-party');
		expect(find('yandex').unconfirmed.join(' ')).toMatch(/587/);
	});

	it('region hosts are unique within a preset and the default region carries the preset host', () => {
		for (const preset of presets) {
			if (preset.defaultRegion) {
				expect(preset.regions.find((region) => region.id === preset.defaultRegion)?.host).toBe(
					preset.host,
				);
			}

			const hosts = preset.regions.map((region) => region.host);
			expect(new Set(hosts).size, preset.id).toBe(hosts.length);
		}
	});

	it('maps every MX hint to an existing preset and region', () => {
		for (const hint of mxHints) {
			const preset = presets.find((item) => item.id === hint.presetId);
			expect(preset, hint.suffix).toBeDefined();
			if (hint.region) {
				expect(preset!.regions.map((region) => region.id)).toContain(hint.region);
			}

			for (const alternative of hint.alternatives) {
				expect(
					presets.some((item) => item.id === alternative),
					alternative,
				).toBe(true);
			}
		}
	});
});

describe('presetProbeOptions', () => {
	it('Hostinger: does not offer 2525 or 25; expects 465 implicit TLS and 587 STARTTLS', () => {
		const hostinger = presets[0]!;
		const options = presetProbeOptions(hostinger);
		expect(options.host).toBe('smtp.hostinger.com');
		expect(options.ports).toEqual([25, 465, 587, 2525]);
		expect(options.notOfferedPorts).toEqual([25, 2525]);
		expect(options.expected.find((item) => item.port === 465)).toMatchObject({
			encryption: 'implicit-tls',
			isRecommended: true,
		});
		expect(options.expected.find((item) => item.port === 587)?.encryption).toBe('starttls');
	});

	it('adds the provider-specific ports after the standard ones', () => {
		const ses = presets.find((preset) => preset.id === 'amazon-ses')!;
		const options = presetProbeOptions(ses, 'eu-west-1');
		expect(options.host).toBe('email-smtp.eu-west-1.amazonaws.com');
		expect(options.ports).toEqual([...standardPorts, 2465, 2587]);
		expect(options.notOfferedPorts).toEqual([2525]);
	});

	it('Microsoft 365 does not offer 465; Postmark neither', () => {
		for (const id of ['microsoft365', 'postmark']) {
			const preset = presets.find((item) => item.id === id)!;
			expect(presetProbeOptions(preset).notOfferedPorts, id).toContain(465);
		}
	});

	it('lists unconfirmed ports separately', () => {
		const icloud = presets.find((preset) => preset.id === 'icloud')!;
		const options = presetProbeOptions(icloud);
		expect(options.unconfirmedPorts).toEqual([465]);
		expect(options.notOfferedPorts).toEqual([25, 2525]);
	});

	it('rejects an unknown region with the list of regions', () => {
		const zoho = presets.find((preset) => preset.id === 'zoho')!;
		expect(presetProbeOptions(zoho, 'eu').host).toBe('smtp.zoho.eu');
		expect(() => presetProbeOptions(zoho, 'mars')).toThrow(/unknown region "mars".*us, eu, in/);
		const gmail = presets.find((preset) => preset.id === 'gmail')!;
		expect(() => presetProbeOptions(gmail, 'eu')).toThrow(/has no regions/);
	});

	it('compares detected encryption with the preset', () => {
		const options = presetProbeOptions(presets[0]!);
		expect(presetAgreement(options.expected, 465, 'implicit-tls')).toBe('agrees');
		expect(presetAgreement(options.expected, 587, 'none')).toBe('differs');
		expect(presetAgreement(options.expected, 587, 'unknown')).toBe('unknown');
		expect(presetAgreement(options.expected, 2525, 'starttls')).toBe('not-listed');
		const brevo = presetProbeOptions(presets.find((preset) => preset.id === 'brevo')!);
		expect(presetAgreement(brevo.expected, 587, 'starttls')).toBe('better');
	});
});

describe('MX and address-domain hints', () => {
	it('matches MX hosts on label boundaries, longest suffix first', () => {
		expect(matchMxHost('aspmx.l.google.com')?.presetId).toBe('gmail');
		expect(matchMxHost('ALT1.ASPMX.L.GOOGLE.COM.')?.presetId).toBe('gmail');
		expect(matchMxHost('example-com.mail.protection.outlook.com')).toMatchObject({
			presetId: 'microsoft365',
			certainty: 'confirmed',
		});
		expect(matchMxHost('eur.olc.protection.outlook.com')?.presetId).toBe('outlook-com');
		expect(matchMxHost('mx1.hostinger.com')?.presetId).toBe('hostinger');
		expect(matchMxHost('mx.zoho.eu')).toMatchObject({presetId: 'zoho', region: 'eu'});
		expect(matchMxHost('mxa.eu.mailgun.org')?.presetId).toBe('mailgun-eu');
		expect(matchMxHost('mx1.privateemail.com')?.presetId).toBe('namecheap-privateemail');
		expect(matchMxHost('notgoogle.com')).toBeUndefined();
		expect(matchMxHost('mail.example.com')).toBeUndefined();
	});

	it('knows address domains, with regions', () => {
		expect(presetForEmailDomain('GMAIL.com')?.preset.id).toBe('gmail');
		expect(presetForEmailDomain('hotmail.com')?.preset.id).toBe('outlook-com');
		expect(presetForEmailDomain('gmx.de')).toMatchObject({region: 'net'});
		expect(presetForEmailDomain('example.com')).toBeUndefined();
	});
});
