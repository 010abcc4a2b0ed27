// What the interactive app's login step starts from. The CLI builds it from the flags
// (cli/login-defaults.ts); the app only reads it.

/** What the login step starts from. The secret, when given, stays in memory only. */
export type LoginDefaults = {
	readonly user?: string;
	/** From SMTP_DOCTOR_PASSWORD (or --password): the prompt is then skipped. */
	readonly secret?: string;
	readonly mechanism?: 'PLAIN' | 'LOGIN' | 'XOAUTH2';
	readonly allowPlaintext?: boolean;
	readonly allowInsecure?: boolean;
	/** Prefills the test message's To (it is still only sent after a confirmation). */
	readonly sendTo?: string;
	readonly from?: string;
	/** Warnings to show once the app is up (e.g. --password is visible in the process list). */
	readonly warnings?: readonly string[];
};

/** A plain e-mail address check for the TUI's To/From fields and the flags (the engine checks again). */
export function isAddress(value: string): boolean {
	const at = value.lastIndexOf('@');
	return value.length <= 254 && at > 0 && at < value.length - 1 && !/[\s<>,;"]/.test(value);
}
