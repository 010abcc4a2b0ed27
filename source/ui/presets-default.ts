// A small built-in list until the presets catalogue (source/presets/) is wired in. Home only
// reads `PresetChoice` items, so the full catalogue drops in without touching the screen.

/** A provider the user can pick on Home. */
export type PresetChoice = {
	readonly id: string;
	readonly label: string;
	readonly host: string;
	/** Ports the provider documents; the others are still probed and shown grey if they fail. */
	readonly offeredPorts: readonly number[];
	/** What the mail client's "user name" is, in the provider's words. */
	readonly authHint: string;
};

export const standardPorts = [25, 465, 587, 2525] as const;

export const defaultPresets: readonly PresetChoice[] = [
	{
		id: 'hostinger',
		label: 'Hostinger Email',
		host: 'smtp.hostinger.com',
		offeredPorts: [465, 587],
		authHint: 'your full email address and its mailbox password',
	},
	{
		id: 'gmail',
		label: 'Gmail',
		host: 'smtp.gmail.com',
		offeredPorts: [465, 587],
		authHint: 'your Gmail address and an App Password (or OAuth2)',
	},
	{
		id: 'microsoft365',
		label: 'Microsoft 365 / Exchange Online',
		host: 'smtp.office365.com',
		offeredPorts: [587, 25],
		authHint: 'your full email address (SMTP AUTH must be enabled for the mailbox)',
	},
	{
		id: 'fastmail',
		label: 'Fastmail',
		host: 'smtp.fastmail.com',
		offeredPorts: [465, 587],
		authHint: 'your Fastmail address and an app password',
	},
];
