// A throwaway certificate authority for one lab run. Nothing is written to disk and the CA is
// handed to the probe as `ProbeOptions.ca`, so only this run trusts it.
import {generate} from 'selfsigned';

/** PEM key and certificate pair. */
export type KeyPair = {readonly key: string; readonly cert: string};

/** The lab's CA plus the leaf certificates its servers present. */
export type LabCertificates = {
	readonly ca: KeyPair;
	/** Valid for `hostName`, signed by the lab CA. */
	readonly good: KeyPair;
	/** Signed by the lab CA for `hostName`, but expired 30 days ago. */
	readonly expired: KeyPair;
};

const dayMs = 86_400_000;

async function leaf(
	hostName: string,
	ca: KeyPair,
	notBeforeDate: Date,
	notAfterDate: Date,
): Promise<KeyPair> {
	const pems = await generate([{name: 'commonName', value: hostName}], {
		keyType: 'ec',
		algorithm: 'sha256',
		notBeforeDate,
		notAfterDate,
		ca,
		extensions: [
			{name: 'basicConstraints', cA: false},
			{name: 'keyUsage', digitalSignature: true, keyEncipherment: true},
			{name: 'extKeyUsage', serverAuth: true},
			{
				name: 'subjectAltName',
				altNames: [
					{type: 2, value: hostName},
					{type: 7, ip: '127.0.0.1'},
				],
			},
		],
	});
	return {key: pems.private, cert: pems.cert};
}

/** Creates a fresh CA and the lab's leaf certificates (EC keys: fast to generate). */
export async function createLabCertificates(
	hostName: string,
	now = new Date(),
): Promise<LabCertificates> {
	const caPems = await generate(
		[{name: 'commonName', value: 'smtp-doctor lab CA (this run only)'}],
		{
			keyType: 'ec',
			algorithm: 'sha256',
			notBeforeDate: new Date(now.getTime() - dayMs),
			notAfterDate: new Date(now.getTime() + 2 * dayMs),
			extensions: [
				{name: 'basicConstraints', cA: true, critical: true},
				{name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true},
			],
		},
	);
	const ca = {key: caPems.private, cert: caPems.cert};
	const [good, expired] = await Promise.all([
		leaf(hostName, ca, new Date(now.getTime() - dayMs), new Date(now.getTime() + 90 * dayMs)),
		leaf(hostName, ca, new Date(now.getTime() - 400 * dayMs), new Date(now.getTime() - 30 * dayMs)),
	]);
	return {ca, good, expired};
}
