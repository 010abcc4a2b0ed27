// What Home needs of a provider preset. The catalogue (source/presets/) is mapped to this in
// create-services.ts; tests can pass a short list of their own.
import type {Lang} from '../../config/lang.js';

/** Where a preset sits in the grouped list. */
export type PresetChoiceGroup = 'mailbox' | 'sending' | 'custom';

/** What a preset says about one port, to compare with what the server really speaks. */
export type PresetPortClaim = {
	readonly port: number;
	readonly encryption: 'implicit-tls' | 'starttls' | 'none';
	readonly certainty: 'confirmed' | 'third-party' | 'unconfirmed';
	readonly isRecommended: boolean;
};

/** How the server compares with the preset (source/presets `presetAgreement`). */
export type PresetAgreementWord = 'agrees' | 'better' | 'differs' | 'not-listed' | 'unknown';

/** A regional host of a preset (Zoho EU, SES eu-west-1, ...). */
export type PresetChoiceRegion = {
	readonly id: string;
	readonly label: string;
	readonly host: string;
};

/** A provider the user can pick on Home. */
export type PresetChoice = {
	readonly id: string;
	readonly label: string;
	readonly host: string;
	/** Ports to probe: the four standard ones, plus any other the provider offers. */
	readonly ports: readonly number[];
	/** Standard ports the provider does not offer: probed, but a failure there shows grey. */
	readonly notOfferedPorts: readonly number[];
	/** What goes into the mail client's user name and password fields. */
	readonly authHint: string;
	readonly group?: PresetChoiceGroup;
	/** Regional hosts to choose from (the first is the default). */
	readonly regions?: readonly PresetChoiceRegion[];
	/** Facts the sources could not confirm, in words. */
	readonly unconfirmed?: readonly string[];
	/** The ports the preset lists, with their encryption. */
	readonly claims?: readonly PresetPortClaim[];
};

export const standardPorts = [25, 465, 587, 2525] as const;

/** Compares what a server speaks on a port with what a preset says (mirrors source/presets). */
export type CompareWithPreset = (
	claims: readonly PresetPortClaim[],
	port: number,
	detected: 'implicit-tls' | 'starttls' | 'none' | 'unknown',
) => PresetAgreementWord;

/** One group of the searchable preset list. */
export type PresetGroupView = {
	readonly label: string;
	readonly choices: readonly PresetChoice[];
};

/**
 * The preset list as the app searches it. The real one (create-services.ts) ranks with
 * source/presets `searchPresets` and groups with `groupPresets` and `presetGroupLabel`.
 */
export type PresetCatalogView = {
	readonly choices: readonly PresetChoice[];
	readonly search: (query: string, lang: Lang) => readonly PresetGroupView[];
	readonly compare: CompareWithPreset;
};

/** A catalogue view over a plain list (tests): every word must appear in the name or host. */
export function simplePresetCatalog(choices: readonly PresetChoice[]): PresetCatalogView {
	const labels: Record<PresetChoiceGroup, string> = {
		mailbox: 'Mailbox providers',
		sending: 'Sending services',
		custom: 'Your presets',
	};
	return {
		choices,
		search(query) {
			const words = query.toLowerCase().split(/\s+/).filter(Boolean);
			const found = choices.filter((choice) =>
				words.every((word) =>
					`${choice.id} ${choice.label} ${choice.host}`.toLowerCase().includes(word),
				),
			);
			return (['mailbox', 'sending', 'custom'] as const)
				.map((group) => ({
					label: labels[group],
					choices: found.filter((choice) => (choice.group ?? 'custom') === group),
				}))
				.filter((group) => group.choices.length > 0);
		},
		compare(claims, port, detected) {
			const claim = claims.find((item) => item.port === port);
			if (!claim) {
				return 'not-listed';
			}

			if (detected === 'unknown') {
				return 'unknown';
			}

			return detected === claim.encryption
				? 'agrees'
				: claim.encryption === 'none' && detected === 'starttls'
					? 'better'
					: 'differs';
		},
	};
}
