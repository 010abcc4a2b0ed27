// What Home needs of a provider preset. The catalogue (source/presets/) is mapped to this in
// create-services.ts; tests can pass a short list of their own.

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
};

export const standardPorts = [25, 465, 587, 2525] as const;
