// Fills in a catalogue entry's defaults without loading zod: the built-in catalogue is checked
// against the schema by the tests (tests/presets/catalogue.test.ts asserts this function gives
// exactly what `presetSchema.parse` gives), so a plain run need not parse zod at startup.
import type {Preset, PresetInput} from './schema.js';

/** The validated shape of a trusted catalogue entry (same result as `presetSchema.parse`). */
export function applyPresetDefaults(input: PresetInput): Preset {
	const auth = input.auth;
	return {
		id: input.id,
		name: input.name,
		group: input.group ?? 'custom',
		host: input.host.trim(),
		regions: (input.regions ?? []).map((region) => ({
			id: region.id,
			label: region.label,
			host: region.host.trim(),
			certainty: region.certainty ?? 'confirmed',
			emailDomains: region.emailDomains ?? [],
		})),
		...(input.defaultRegion === undefined ? {} : {defaultRegion: input.defaultRegion}),
		ports: input.ports.map((port) => ({
			port: port.port,
			encryption: port.encryption,
			certainty: port.certainty ?? 'confirmed',
			...(port.note === undefined ? {} : {note: port.note}),
		})),
		recommendedPort: input.recommendedPort,
		recommendedBasis: input.recommendedBasis ?? 'user',
		auth: auth
			? {
					user: auth.user,
					password: auth.password,
					isAppPasswordRequired: auth.isAppPasswordRequired ?? false,
					isOAuthOnly: auth.isOAuthOnly ?? false,
					isSmtpAuthOffByDefault: auth.isSmtpAuthOffByDefault ?? false,
					notes: auth.notes ?? [],
				}
			: {
					user: 'see your provider',
					password: 'see your provider',
					isAppPasswordRequired: false,
					isOAuthOnly: false,
					isSmtpAuthOffByDefault: false,
					notes: [],
				},
		emailDomains: input.emailDomains ?? [],
		notes: input.notes ?? [],
		unconfirmed: input.unconfirmed ?? [],
		sources: (input.sources ?? []).map((source) => ({
			url: source.url,
			...(source.title === undefined ? {} : {title: source.title}),
			kind: source.kind ?? 'provider',
			...(source.date === undefined ? {} : {date: source.date}),
		})),
		...(input.checked === undefined ? {} : {checked: input.checked}),
	};
}
