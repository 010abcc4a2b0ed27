import {describe, expect, test} from 'vitest';
import {defaultEhloName, isFqdnLike} from '../../source/engine/ehlo-name.js';
import {rankSettings} from '../../source/report/ranking.js';
import {
	type PortResult,
	type Verdict,
	type VerdictCode,
	verdictCodes,
} from '../../source/engine/types.js';
import {makeVerdict, severityOf} from '../../source/engine/verdict.js';
import {en as englishVerdictTexts} from '../../source/i18n/verdicts/en.js';
import {id as indonesianVerdictTexts} from '../../source/i18n/verdicts/id.js';
import {describeVerdict} from '../helpers/catalogue.js';

function port(portNumber: number, code: VerdictCode): PortResult {
	return {
		port: portNumber,
		requestedMode: 'auto',
		encryption:
			code === 'implicit-tls-ok' ? 'implicit-tls' : code === 'starttls-ok' ? 'starttls' : 'none',
		verdict: makeVerdict(code, {port: portNumber}),
		findings: [],
		attempts: 1,
		phases: [],
		transcript: [],
		totalMs: 1,
	};
}

/** The one ranking's first choice (source/report/ranking.ts), port 25 as the relay port. */
function recommend(host: string, ports: PortResult[]) {
	const [best] = rankSettings(ports, {
		hasLogin: false,
		isRelayPort: (portNumber) => portNumber === 25,
	});
	return best
		? {host, port: best.port, encryption: best.encryption, reason: best.reason}
		: undefined;
}

describe('recommend (the one ranking)', () => {
	test('implicit TLS on 465 first (RFC 8314)', () => {
		expect(
			recommend('smtp.test', [
				port(25, 'plain-only'),
				port(587, 'starttls-ok'),
				port(465, 'implicit-tls-ok'),
			]),
		).toEqual({
			host: 'smtp.test',
			port: 465,
			encryption: 'implicit-tls',
			reason: 'implicit-tls-465',
		});
	});

	test('then STARTTLS on 587', () => {
		expect(
			recommend('h', [
				port(465, 'cert-expired'),
				port(587, 'starttls-ok'),
				port(2525, 'starttls-ok'),
			]),
		).toMatchObject({port: 587, encryption: 'starttls', reason: 'starttls-587'});
	});

	test('then 2525 before 25, implicit before STARTTLS', () => {
		expect(recommend('h', [port(25, 'starttls-ok'), port(2525, 'starttls-ok')])).toMatchObject({
			port: 2525,
			reason: 'starttls-other',
		});
		expect(
			recommend('h', [port(2525, 'starttls-ok'), port(2526, 'implicit-tls-ok')]),
		).toMatchObject({
			port: 2526,
			reason: 'implicit-tls-other',
		});
	});

	test('plain only and port 25 only on relay-only runs; nothing when nothing works', () => {
		expect(recommend('h', [port(25, 'plain-only'), port(587, 'connect-timeout')])).toBeUndefined();
		expect(recommend('h', [port(587, 'plain-only'), port(465, 'connect-timeout')])).toBeUndefined();
		expect(recommend('h', [port(25, 'starttls-ok'), port(465, 'cert-expired')])).toBeUndefined();
		expect(recommend('h', [port(25, 'plain-only')])).toMatchObject({
			port: 25,
			encryption: 'none',
			reason: 'plain-only-last-resort',
		});
		expect(recommend('h', [port(25, 'starttls-ok')])).toMatchObject({
			port: 25,
			encryption: 'starttls',
			reason: 'relay-25',
		});
		expect(
			recommend('h', [port(465, 'cert-self-signed'), port(587, 'rate-limited')]),
		).toBeUndefined();
	});
});

describe('verdict texts', () => {
	test('every code has an English title, summary and advice', () => {
		for (const code of verdictCodes) {
			const text = englishVerdictTexts[code];
			expect(text.title.length).toBeGreaterThan(3);
			const description = describeVerdict({code, severity: severityOf(code), params: {port: 587}});
			expect(description.summary).toMatch(/[.!)]$/);
			expect(description.advice).toMatch(/[.!)]$/);
			expect(description.summary).not.toContain('undefined');
		}
	});

	test('parameters fill the sentences', () => {
		const verdict: Verdict = makeVerdict('dns-nxdomain', {name: 'smtp.exampel.com'});
		expect(describeVerdict(verdict).summary).toContain('"smtp.exampel.com"');
		expect(
			describeVerdict(makeVerdict('connection-refused', {port: 2525, address: '192.0.2.1'})),
		).toMatchObject({
			title: 'Connection refused',
			summary: '192.0.2.1 answered but nothing listens on port 2525.',
		});
		expect(
			describeVerdict(makeVerdict('rate-limited', {text: '4.7.0 slow down'})).summary,
		).toContain('Inconclusive');
	});

	test('Indonesian has its own words for every code: no silent English fallback', () => {
		const verdict = makeVerdict('implicit-tls-ok', {port: 465});
		expect(describeVerdict(verdict, 'id').title).toBe('Implicit TLS jalan');
		expect(Object.keys(indonesianVerdictTexts).sort()).toEqual(
			Object.keys(englishVerdictTexts).sort(),
		);
	});

	test('rate-limited is never a failure; good outcomes are ok', () => {
		expect(severityOf('rate-limited')).toBe('info');
		expect(severityOf('implicit-tls-ok')).toBe('ok');
		expect(severityOf('starttls-ok')).toBe('ok');
	});
});

describe('EHLO name', () => {
	test('uses an FQDN-like host name, else a neutral .invalid name', () => {
		expect(defaultEhloName('mail.example.org')).toBe('mail.example.org');
		expect(defaultEhloName('laptop')).toBe('smtp-doctor.invalid');
		expect(defaultEhloName('localhost.localdomain')).toBe('smtp-doctor.invalid');
		expect(defaultEhloName('bad_name.example.org')).toBe('smtp-doctor.invalid');
		expect(isFqdnLike('10.0.0.1')).toBe(false);
	});
});
