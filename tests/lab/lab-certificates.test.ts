import {X509Certificate, createPrivateKey} from 'node:crypto';
import {expect, it} from 'vitest';
import {labCertificates, labCertificateHost} from '../../source/lab/lab-certificates.js';
import {labHostName} from '../../source/lab/scenarios.js';

// The module is generated once by scripts/make-lab-certificates.mjs; this checks that what was
// committed is what the lab needs, whatever the day the tests run (until 2099).
const ca = new X509Certificate(labCertificates.ca.cert);
const good = new X509Certificate(labCertificates.good.cert);
const expired = new X509Certificate(labCertificates.expired.cert);
const now = Date.now();

it('has a self-signed CA for the lab only, valid until 2099', () => {
	expect(ca.ca).toBe(true);
	expect(ca.subject).toBe('CN=smtp-doctor lab CA (lab runs only)');
	expect(ca.checkIssued(ca)).toBe(true);
	expect(ca.verify(ca.publicKey)).toBe(true);
	expect(ca.checkPrivateKey(createPrivateKey(labCertificates.ca.key))).toBe(true);
	expect(new Date(ca.validTo).getUTCFullYear()).toBe(2099);
});

it('has a valid leaf for the lab host name, signed by the CA, until 2099', () => {
	expect(labCertificateHost).toBe(labHostName);
	expect(good.ca).toBe(false);
	expect(good.subject).toBe(`CN=${labHostName}`);
	expect(good.checkIssued(ca)).toBe(true);
	expect(good.verify(ca.publicKey)).toBe(true);
	expect(good.checkHost(labHostName)).toBe(labHostName);
	expect(good.checkHost('other.test')).toBeUndefined();
	expect(good.checkIP('127.0.0.1')).toBe('127.0.0.1');
	expect(good.checkPrivateKey(createPrivateKey(labCertificates.good.key))).toBe(true);
	expect(new Date(good.validFrom).getTime()).toBeLessThan(now);
	expect(new Date(good.validTo).getUTCFullYear()).toBe(2099);
	expect(good.keyUsage).toEqual(['1.3.6.1.5.5.7.3.1']);
});

it('has an expired leaf for the same name, signed by the same CA', () => {
	expect(expired.subject).toBe(`CN=${labHostName}`);
	expect(expired.checkIssued(ca)).toBe(true);
	expect(expired.verify(ca.publicKey)).toBe(true);
	expect(expired.checkHost(labHostName)).toBe(labHostName);
	expect(expired.checkPrivateKey(createPrivateKey(labCertificates.expired.key))).toBe(true);
	expect(new Date(expired.validTo).getTime()).toBeLessThan(now);
});

it('has the practice certificates: self-signed, another name, and a leaf under an intermediate', () => {
	const selfSigned = new X509Certificate(labCertificates.selfSigned.cert);
	expect(selfSigned.subject).toBe(`CN=${labHostName}`);
	expect(selfSigned.issuer).toBe(selfSigned.subject);
	expect(selfSigned.verify(selfSigned.publicKey)).toBe(true);
	expect(selfSigned.checkIssued(ca)).toBe(false);
	expect(selfSigned.checkPrivateKey(createPrivateKey(labCertificates.selfSigned.key))).toBe(true);

	const wrongName = new X509Certificate(labCertificates.wrongName.cert);
	expect(wrongName.checkIssued(ca)).toBe(true);
	expect(wrongName.checkHost('smtp.shared-hosting.test')).toBe('*.shared-hosting.test');
	expect(wrongName.checkHost(labHostName)).toBeUndefined();
	expect(wrongName.checkHost('mail.yourshop.test')).toBeUndefined();
	expect(wrongName.checkIP('127.0.0.1')).toBeUndefined();

	const intermediate = new X509Certificate(labCertificates.intermediate.cert);
	const leaf = new X509Certificate(labCertificates.viaIntermediate.cert);
	expect(intermediate.ca).toBe(true);
	expect(intermediate.checkIssued(ca)).toBe(true);
	expect(intermediate.verify(ca.publicKey)).toBe(true);
	expect(leaf.checkIssued(intermediate)).toBe(true);
	expect(leaf.checkIssued(ca)).toBe(false);
	expect(leaf.verify(intermediate.publicKey)).toBe(true);
	expect(leaf.checkHost(labHostName)).toBe(labHostName);
	for (const item of [selfSigned, wrongName, intermediate, leaf]) {
		expect(new Date(item.validTo).getUTCFullYear()).toBe(2099);
		expect(new Date(item.validFrom).getTime()).toBeLessThan(now);
	}
});
