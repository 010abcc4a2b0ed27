// Throwaway certificates for TLS tests, generated in the test run (never committed): a local
// CA, leaves signed by it (good, expired, not yet valid, wrong name) and a self-signed one.
import selfsigned, {generate} from 'selfsigned';

/** A PEM key pair with its certificate. */
export type TestCertificate = {
	readonly key: string;
	readonly cert: string;
};

const dayMs = 86_400_000;

/** Creates a local certificate authority to sign leaves with; trust it through `options.ca`. */
export async function createTestCa(name = 'smtp-doctor Test CA'): Promise<TestCertificate> {
	const pems = await generate([{name: 'commonName', value: name}], {
		keySize: 2048,
		algorithm: 'sha256',
		notBeforeDate: new Date(Date.now() - dayMs),
		notAfterDate: new Date(Date.now() + 3650 * dayMs),
		extensions: [
			{name: 'basicConstraints', cA: true, critical: true},
			{name: 'keyUsage', keyCertSign: true, cRLSign: true, digitalSignature: true, critical: true},
		],
	});
	return {key: pems.private, cert: pems.cert};
}

/** Options for a leaf certificate. */
export type LeafOptions = {
	/** DNS names (first is the common name); default ['localhost']. */
	readonly names?: readonly string[];
	/** IP addresses added as IP SANs; default ['127.0.0.1']. */
	readonly ips?: readonly string[];
	/** Validity start relative to now, in days (negative = in the past); default -1. */
	readonly fromDays?: number;
	/** Validity end relative to now, in days; default 365. */
	readonly toDays?: number;
	/** Signing CA; when absent the certificate is self-signed. */
	readonly ca?: TestCertificate;
};

/** Creates a server certificate, signed by `ca` or self-signed. */
export async function createLeafCertificate(options: LeafOptions = {}): Promise<TestCertificate> {
	const names = options.names ?? ['localhost'];
	const ips = options.ips ?? ['127.0.0.1'];
	const pems = await generate([{name: 'commonName', value: names[0] ?? 'localhost'}], {
		keySize: 2048,
		algorithm: 'sha256',
		notBeforeDate: new Date(Date.now() + (options.fromDays ?? -1) * dayMs),
		notAfterDate: new Date(Date.now() + (options.toDays ?? 365) * dayMs),
		extensions: [
			{name: 'basicConstraints', cA: false},
			{name: 'keyUsage', digitalSignature: true, keyEncipherment: true},
			{name: 'extKeyUsage', serverAuth: true},
			{
				name: 'subjectAltName',
				altNames: [
					...names.map((value) => ({type: 2 as const, value})),
					...ips.map((ip) => ({type: 7 as const, ip})),
				],
			},
		],
		...(options.ca ? {ca: {key: options.ca.key, cert: options.ca.cert}} : {}),
	});
	return {key: pems.private, cert: pems.cert};
}

/** A CA and a leaf for "localhost" signed by it, plus a self-signed leaf (untrusted). */
export type TestCertificates = {
	readonly ca: string;
	readonly key: string;
	readonly cert: string;
	readonly selfSignedKey: string;
	readonly selfSignedCert: string;
};

let certificates: Promise<TestCertificates> | undefined;

export async function testCertificates(): Promise<TestCertificates> {
	certificates ??= (async () => {
		const ca = await selfsigned.generate([{name: 'commonName', value: 'smtp-doctor test CA'}], {
			keyType: 'ec',
			algorithm: 'sha256',
			extensions: [
				{name: 'basicConstraints', cA: true, critical: true},
				{name: 'keyUsage', keyCertSign: true, cRLSign: true, digitalSignature: true},
			],
		});
		const leaf = await selfsigned.generate([{name: 'commonName', value: 'localhost'}], {
			keyType: 'ec',
			algorithm: 'sha256',
			ca: {key: ca.private, cert: ca.cert},
			extensions: [
				{name: 'basicConstraints', cA: false},
				{name: 'subjectAltName', altNames: [{type: 2, value: 'localhost'}]},
			],
		});
		const self = await selfsigned.generate([{name: 'commonName', value: 'localhost'}], {
			keyType: 'ec',
			algorithm: 'sha256',
			extensions: [{name: 'subjectAltName', altNames: [{type: 2, value: 'localhost'}]}],
		});
		return {
			ca: ca.cert,
			key: leaf.private,
			cert: leaf.cert,
			selfSignedKey: self.private,
			selfSignedCert: self.cert,
		};
	})();
	return certificates;
}

/** An intermediate CA signed by `ca` (sign leaves with it; send it, or not, beside the leaf). */
export async function createIntermediate(ca: TestCertificate): Promise<TestCertificate> {
	const pems = await generate([{name: 'commonName', value: 'smtp-doctor Test Intermediate'}], {
		keySize: 2048,
		algorithm: 'sha256',
		notBeforeDate: new Date(Date.now() - dayMs),
		notAfterDate: new Date(Date.now() + 365 * dayMs),
		extensions: [
			{name: 'basicConstraints', cA: true, critical: true},
			{name: 'keyUsage', keyCertSign: true, cRLSign: true, digitalSignature: true, critical: true},
		],
		ca: {key: ca.key, cert: ca.cert},
	});
	return {key: pems.private, cert: pems.cert};
}
