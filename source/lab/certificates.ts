// A throwaway certificate authority for one lab run. Nothing is written to disk and the CA is
// handed to the probe as `ProbeOptions.ca`, so only this run trusts it.
import {mintCertificate} from './x509.js';

/** PEM key and certificate pair. */
export type KeyPair = {readonly key: string; readonly cert: string};

/** The lab's CA plus the leaf certificates its servers present. */
export type LabCertificates = {
	readonly ca: KeyPair;
	/** Valid for `hostName` (and 127.0.0.1), signed by the lab CA. */
	readonly good: KeyPair;
	/** Signed by the lab CA for `hostName`, but expired 30 days ago. */
	readonly expired: KeyPair;
};

const dayMs = 86_400_000;
const caName = 'smtp-doctor lab CA (this run only)';

/** Creates a fresh CA and the lab's leaf certificates (EC P-256: milliseconds to make). */
export function createLabCertificates(hostName: string, now = new Date()): LabCertificates {
	const at = (days: number) => new Date(now.getTime() + days * dayMs);
	const ca = mintCertificate({commonName: caName, notBefore: at(-1), notAfter: at(2), isCa: true});
	const issuer = {commonName: caName, key: ca.key};
	const leaf = (notBefore: Date, notAfter: Date) =>
		mintCertificate({
			commonName: hostName,
			notBefore,
			notAfter,
			isCa: false,
			altNames: [hostName, '127.0.0.1'],
			issuer,
		});
	return {ca, good: leaf(at(-1), at(90)), expired: leaf(at(-400), at(-30))};
}
