import {describe, expect, it} from 'vitest';
import {verdictCodes, type VerdictCode} from '../../source/engine/types.js';
import type {ParamReader, VerdictTexts} from '../../source/i18n/verdicts/index.js';
import {en as englishVerdictTexts} from '../../source/i18n/verdicts/en.js';
import {id as indonesianVerdictTexts} from '../../source/i18n/verdicts/id.js';
import {describeVerdict} from '../helpers/catalogue.js';

type Params = Record<string, string | undefined>;

/** Distinct values, so a parameter shown in English can be found in the Indonesian text too. */
const base: Params = {
	port: '587',
	address: 'ADDR-X',
	name: 'NAME-X',
	errorCode: 'ECODE-X',
	waitedMs: '12345',
	during: 'greeting',
	text: 'TEXT-X',
	code: '554',
	banner: 'BANNER-X',
	mode: 'auto',
	role: 'submission',
	reason: 'REASON-X',
	protocol: 'TLSv1.1',
	subject: 'SUBJECT-X',
	issuer: 'ISSUER-X',
	validFrom: 'VFROM-X',
	validTo: 'VTO-X',
	daysAgo: '12',
	daysLeft: '7',
	altNames: 'ALT-X',
	trustError: 'TRUST-X',
	chainLength: '1',
	mechanisms: 'MECH-X',
	mechanism: 'MECHANISM-X',
	queueId: 'QUEUE-X',
	partial: 'PARTIAL-X',
	server: 'SERVER-X',
	family: '0',
	startTlsOffered: 'no',
	detail: 'DETAIL-X',
	original: 'connect-timeout',
};

const scenarios: Params[] = [
	base,
	{...base, port: '25'},
	{...base, port: undefined},
	{...base, family: '4'},
	{...base, during: 'tls'},
	{...base, during: 'auth'},
	{...base, during: undefined},
	{...base, startTlsOffered: 'yes'},
	{...base, text: undefined},
	{...base, waitedMs: undefined},
	{...base, server: undefined, partial: undefined, altNames: undefined},
	{...base, mechanism: undefined, queueId: undefined, errorCode: undefined},
];

type Rendered = {
	readonly title: string;
	readonly summary: string;
	readonly advice: string;
	readonly read: Set<string>;
};

function render(texts: VerdictTexts, code: VerdictCode, params: Params): Rendered {
	const read = new Set<string>();
	const v: ParamReader = (name) => {
		read.add(name);
		return params[name] ?? '';
	};

	const text = texts[code];
	return {title: text.title, summary: text.summary(v), advice: text.advice(v), read};
}

const sentinels = Object.values(base).filter(
	(value): value is string => typeof value === 'string' && /-X$|^\d+$/.test(value),
);

describe('Indonesian verdict texts', () => {
	it('cover exactly the verdict codes of the English table', () => {
		expect(Object.keys(indonesianVerdictTexts).sort()).toEqual(
			Object.keys(englishVerdictTexts).sort(),
		);
		expect(Object.keys(indonesianVerdictTexts).sort()).toEqual([...verdictCodes].sort());
	});

	it('read the same parameters and show every value the English text shows', () => {
		for (const code of verdictCodes) {
			for (const params of scenarios) {
				const en = render(englishVerdictTexts, code, params);
				const id = render(indonesianVerdictTexts, code, params);
				expect([...id.read].sort(), code).toEqual([...en.read].sort());
				for (const field of ['title', 'summary', 'advice'] as const) {
					for (const value of sentinels) {
						if (en[field].includes(value)) {
							expect(id[field], `${code}.${field} should show ${value}`).toContain(value);
						}
					}
				}
			}
		}
	});

	it('are translated: no title, summary or advice left in English', () => {
		for (const code of verdictCodes) {
			for (const params of scenarios) {
				const en = render(englishVerdictTexts, code, params);
				const id = render(indonesianVerdictTexts, code, params);
				expect(id.title, code).not.toBe(en.title);
				expect(id.summary, code).not.toBe(en.summary);
				expect(id.advice, code).not.toBe(en.advice);
			}
		}
	});

	it('never print undefined, NaN or an unfilled template', () => {
		for (const code of verdictCodes) {
			for (const params of scenarios) {
				const id = render(indonesianVerdictTexts, code, params);
				expect(`${id.title} ${id.summary} ${id.advice}`, code).not.toMatch(/undefined|NaN|\$\{/);
			}
		}
	});

	it('are what describeVerdict returns for lang id', () => {
		const described = describeVerdict(
			{
				code: 'tls-on-plaintext-port',
				severity: 'fail',
				params: {port: 587, banner: '220 mx ESMTP'},
			},
			'id',
		);
		expect(described.title).toBe('SSL/TLS di port STARTTLS');
		expect(described.summary).toContain('Port 587 menjawab dalam plain text ("220 mx ESMTP")');
		expect(described.advice).toContain('pilih STARTTLS, bukan SSL/TLS');
		expect(
			describeVerdict(
				{code: 'connect-timeout', severity: 'fail', params: {port: 25, waitedMs: 5000}},
				'id',
			).summary,
		).toBe('Tidak ada yang menjawab di port 25 dalam 5 detik: paketnya dibuang diam-diam.');
	});

	it('say a wait under a second in ms, never "0 s" (a --timeout of a few ms)', () => {
		for (const lang of ['en', 'id'] as const) {
			const short = describeVerdict(
				{code: 'no-greeting', severity: 'fail', params: {port: 2600, waitedMs: 2}},
				lang,
			).summary;
			expect(short, lang).toContain('2 ms');
			expect(short, lang).not.toMatch(/\b0 (s|detik)\b/);
			const long = describeVerdict(
				{code: 'connect-timeout', severity: 'fail', params: {port: 25, waitedMs: 1500}},
				lang,
			).summary;
			expect(long, lang).toMatch(/1\.5 (s|detik)/);
		}
	});
});
