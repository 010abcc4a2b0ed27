import {X509Certificate} from 'node:crypto';
import {expect, it} from 'vitest';
import {createLabCertificates} from '../../source/lab/certificates.js';
import {mintCertificate, publicKeyOf} from '../../source/lab/x509.js';

const now = new Date('2026-11-28T05:00:00Z');

it('mints a CA and leaves that node:crypto parses and verifies', () => {
	const certs = createLabCertificates('smtp.lab.test', now);
	const ca = new X509Certificate(certs.ca.cert);
	const good = new X509Certificate(certs.good.cert);
	const expired = new X509Certificate(certs.expired.cert);
	expect(ca.ca).toBe(true);
	expect(ca.subject).toBe('CN=smtp-doctor lab CA (this run only)');
	expect(ca.verify(ca.publicKey)).toBe(true);
	expect(good.ca).toBe(false);
	expect(good.subject).toBe('CN=smtp.lab.test');
	expect(good.issuer).toBe(ca.subject);
	expect(good.verify(ca.publicKey)).toBe(true);
	expect(good.checkIssued(ca)).toBe(true);
	expect(good.subjectAltName).toBe('DNS:smtp.lab.test, IP Address:127.0.0.1');
	expect(good.checkHost('smtp.lab.test')).toBe('smtp.lab.test');
	expect(good.checkHost('other.test')).toBeUndefined();
	expect(good.checkIP('127.0.0.1')).toBe('127.0.0.1');
	expect(new Date(good.validTo).getTime()).toBeGreaterThan(now.getTime());
	expect(new Date(expired.validTo).getTime()).toBeLessThan(now.getTime());
	expect(expired.verify(ca.publicKey)).toBe(true);
	expect(good.publicKey.export({type: 'spki', format: 'pem'})).toBe(publicKeyOf(certs.good.key));
	expect(good.keyUsage).toEqual(['1.3.6.1.5.5.7.3.1']);
});

it('uses GeneralizedTime outside 1950-2049 and keeps serials positive', () => {
	const far = mintCertificate({
		commonName: 'far.test',
		notBefore: new Date('2049-12-31T00:00:00Z'),
		notAfter: new Date('2051-01-01T00:00:00Z'),
		isCa: false,
	});
	const cert = new X509Certificate(far.cert);
	expect(new Date(cert.validTo).toISOString()).toBe('2051-01-01T00:00:00.000Z');
	expect(new Date(cert.validFrom).toISOString()).toBe('2049-12-31T00:00:00.000Z');
	expect(Number.parseInt(cert.serialNumber.slice(0, 2), 16)).toBeLessThan(0x80);
	expect(cert.verify(cert.publicKey)).toBe(true);
});
