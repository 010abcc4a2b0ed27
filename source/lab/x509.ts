// Just enough X.509 (RFC 5280) to mint the lab's certificates with node:crypto: EC P-256 keys,
// ECDSA-SHA256 signatures, a CA and leaves with a name, validity dates and a subjectAltName.
// A few dozen lines of DER instead of a certificate library keep the lab light to load.
import {
	createPrivateKey,
	createPublicKey,
	generateKeyPairSync,
	randomBytes,
	sign,
} from 'node:crypto';
import {isIPv4} from 'node:net';

function length(size: number): Buffer {
	if (size < 0x80) {
		return Buffer.from([size]);
	}

	const bytes: number[] = [];
	for (let rest = size; rest > 0; rest >>= 8) {
		bytes.unshift(rest & 0xff);
	}

	return Buffer.from([0x80 | bytes.length, ...bytes]);
}

function tlv(tag: number, ...content: Buffer[]): Buffer {
	const body = Buffer.concat(content);
	return Buffer.concat([Buffer.from([tag]), length(body.length), body]);
}

const sequence = (...items: Buffer[]) => tlv(0x30, ...items);
const set = (...items: Buffer[]) => tlv(0x31, ...items);
const explicit = (index: number, item: Buffer) => tlv(0xa0 + index, item);
const octetString = (value: Buffer) => tlv(0x04, value);
const bitString = (value: Buffer) => tlv(0x03, Buffer.from([0]), value);
const utf8 = (text: string) => tlv(0x0c, Buffer.from(text, 'utf8'));
const boolean = (value: boolean) => tlv(0x01, Buffer.from([value ? 0xff : 0]));

function integer(value: Buffer): Buffer {
	// DER integers are signed: a leading 1 bit needs a zero byte in front.
	return tlv(0x02, value[0]! & 0x80 ? Buffer.concat([Buffer.from([0]), value]) : value);
}

function oid(dotted: string): Buffer {
	const [first = 0, second = 0, ...rest] = dotted.split('.').map(Number);
	const bytes = [first * 40 + second];
	for (const part of rest) {
		const chunk = [part & 0x7f];
		for (let value = part >> 7; value > 0; value >>= 7) {
			chunk.unshift(0x80 | (value & 0x7f));
		}

		bytes.push(...chunk);
	}

	return tlv(0x06, Buffer.from(bytes));
}

function time(date: Date): Buffer {
	const iso = date.toISOString().replaceAll(/[-:T]/g, '').slice(0, 14);
	// UTCTime for 1950-2049, GeneralizedTime otherwise (RFC 5280 §4.1.2.5).
	const year = date.getUTCFullYear();
	return year >= 1950 && year < 2050
		? tlv(0x17, Buffer.from(`${iso.slice(2)}Z`))
		: tlv(0x18, Buffer.from(`${iso}Z`));
}

const name = (commonName: string) => sequence(set(sequence(oid('2.5.4.3'), utf8(commonName))));
const ecdsaWithSha256 = sequence(oid('1.2.840.10045.4.3.2'));

function extension(id: string, value: Buffer, isCritical = false): Buffer {
	return sequence(oid(id), ...(isCritical ? [boolean(true)] : []), octetString(value));
}

/** A PEM key pair and certificate. */
export type MintedCertificate = {readonly key: string; readonly cert: string};

export type CertificateRequest = {
	readonly commonName: string;
	readonly notBefore: Date;
	readonly notAfter: Date;
	readonly isCa: boolean;
	/** DNS names and IPv4 addresses for subjectAltName (leaves). */
	readonly altNames?: readonly string[];
	/** Signs with this CA; without it the certificate is self-signed. */
	readonly issuer?: {readonly commonName: string; readonly key: string};
};

/** Creates an EC P-256 key and a certificate for it, signed by `issuer` (or itself). */
export function mintCertificate(request: CertificateRequest): MintedCertificate {
	const {privateKey, publicKey} = generateKeyPairSync('ec', {namedCurve: 'prime256v1'});
	const keyUsage = request.isCa
		? Buffer.from([0x03, 0x02, 0x01, 0x06]) // keyCertSign, cRLSign
		: Buffer.from([0x03, 0x02, 0x07, 0x80]); // digitalSignature
	const extensions = [
		extension('2.5.29.19', sequence(...(request.isCa ? [boolean(true)] : [])), true),
		extension('2.5.29.15', keyUsage, true),
	];
	if (!request.isCa) {
		extensions.push(extension('2.5.29.37', sequence(oid('1.3.6.1.5.5.7.3.1'))));
	}

	if (request.altNames && request.altNames.length > 0) {
		const names = request.altNames.map((altName) =>
			isIPv4(altName)
				? tlv(0x87, Buffer.from(altName.split('.').map(Number)))
				: tlv(0x82, Buffer.from(altName, 'ascii')),
		);
		extensions.push(extension('2.5.29.17', sequence(...names)));
	}

	const serial = randomBytes(16);
	serial[0] = serial[0]! & 0x7f;
	const tbs = sequence(
		explicit(0, integer(Buffer.from([2]))),
		integer(serial),
		ecdsaWithSha256,
		name(request.issuer?.commonName ?? request.commonName),
		sequence(time(request.notBefore), time(request.notAfter)),
		name(request.commonName),
		publicKey.export({type: 'spki', format: 'der'}),
		explicit(3, sequence(...extensions)),
	);
	const signingKey = request.issuer ? createPrivateKey(request.issuer.key) : privateKey;
	const signature = sign('sha256', tbs, signingKey);
	const der = sequence(tbs, ecdsaWithSha256, bitString(signature));
	const base64 = der.toString('base64').replaceAll(/.{1,64}/g, '$&\n');
	return {
		key: privateKey.export({type: 'pkcs8', format: 'pem'}).toString(),
		cert: `-----BEGIN CERTIFICATE-----\n${base64}-----END CERTIFICATE-----\n`,
	};
}

/** The public key of a PEM private key (tests compare it with a certificate's). */
export function publicKeyOf(privateKeyPem: string): string {
	return createPublicKey(privateKeyPem).export({type: 'spki', format: 'pem'}).toString();
}
