// Shared by the tests/netns files: skip (with one clear line) where namespaces cannot be built,
// but never in CI, which runs as root and must run these tests: there a missing lab fails.
import {createLab, type Lab, type LabOptions, netnsSupport} from '../helpers/netns.js';

const checked = netnsSupport();

/** Why the lab cannot run here, or undefined when it can. */
export const netnsSkipReason: string | undefined = checked.isSupported ? undefined : checked.reason;

/** CI (CI=true) must run the lab unless SMTP_DOCTOR_NETNS=skip says otherwise. */
const isRequired = process.env['CI'] === 'true' && process.env['SMTP_DOCTOR_NETNS'] !== 'skip';

/** True when this file's lab tests are skipped (not root, no `ip netns`), outside CI. */
export const shouldSkipNetns = netnsSkipReason !== undefined && !isRequired;

/** Prints the skip reason once for the whole folder (lab.test.ts calls it; the other files skip quietly). */
export function reportSkip(): void {
	if (shouldSkipNetns) {
		console.warn(`tests/netns skipped: ${netnsSkipReason}`);
	}
}

/** createLab, or a clear failure when CI cannot build one. */
export async function createRequiredLab(options?: LabOptions): Promise<Lab> {
	if (netnsSkipReason) {
		throw new Error(`CI must run the network namespace tests, but: ${netnsSkipReason}`);
	}

	return createLab(options);
}
