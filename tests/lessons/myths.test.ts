import {lessonTexts, mythTexts} from '../helpers/catalogue.js';
import {describe, expect, it} from 'vitest';
import {verdictCodes} from '../../source/engine/types.js';
import {languages, type Lang} from '../../source/config/lang.js';
import {
	getLesson,
	getMyth,
	lessonIdsByGroup,
	listMyths,
	mythIds,
	mythSources,
	mythsForVerdict,
	mythsOfVerdict,
	sources,
	type MythId,
} from '../../source/lessons/index.js';

const claimsEn: Readonly<Record<MythId, string>> = {
	'port-465-deprecated': '465 is deprecated',
	'port-587-most-secure': '587 is the most secure',
	'port-587-slower': '587 is slower because of extra encryption',
	'port-2525-tls': '2525 uses TLS',
	'port-25-test': 'Port 25 is ideal to test a connection',
	'ssl-tls-levels': 'SSL and TLS are different encryption levels',
};

describe('the myths lesson', () => {
	it('is its own shelf, after the ideas, in both languages', () => {
		expect(lessonIdsByGroup.myths).toEqual(['myths']);
		expect(getLesson('myths', lessonTexts['en']).title).toBe('Myths and facts');
		expect(getLesson('myths', lessonTexts['id']).title).toBe('Mitos dan fakta');
		expect(getLesson('myths', lessonTexts['en']).group).toBe('myths');
	});

	it('corrects the six claims the issue lists, in order, each quoted as tutorials word it', () => {
		expect(mythIds.map((id) => getMyth(id, mythTexts['en']).claim)).toEqual(
			mythIds.map((id) => claimsEn[id]),
		);
		for (const lang of languages) {
			const detail = getLesson('myths', lessonTexts[lang]).detail;
			for (const [index, myth] of listMyths(mythTexts[lang]).entries()) {
				expect(detail[index]).toBe(`- "${myth.claim}": ${myth.fact}`);
			}
		}
	});

	it('translates every claim and fact (nothing left in English)', () => {
		for (const id of mythIds) {
			expect(getMyth(id, mythTexts['id']).claim).not.toBe(getMyth(id, mythTexts['en']).claim);
			expect(getMyth(id, mythTexts['id']).fact).not.toBe(getMyth(id, mythTexts['en']).fact);
		}
	});

	it('gives each fact its sources, and the lesson cites every one of them', () => {
		for (const lang of languages) {
			const cited = new Set(
				getLesson('myths', lessonTexts[lang]).sources.map((source) => source.id),
			);
			for (const myth of listMyths(mythTexts[lang])) {
				expect(myth.sources.length, myth.id).toBeGreaterThan(0);
				for (const source of myth.sources) {
					expect(cited.has(source.id), `${lang}:${myth.id}: ${source.id}`).toBe(true);
				}

				// An RFC the fact names is one of its own sources, with its year where given.
				for (const match of myth.fact.matchAll(/RFC (\d{3,4})(?:,? \(?(\d{4})\)?)?/g)) {
					const id = `rfc${match[1]}`;
					expect(mythSources[myth.id] as readonly string[], `${lang}:${myth.id}`).toContain(id);
					if (match[2]) {
						expect(sources[id as keyof typeof sources].label).toContain(match[2]);
					}
				}
			}
		}
	});

	it('states the facts the reference gives (RFC 8314 of 2018, IANA, STARTTLS, relay)', () => {
		const fact = (id: MythId, lang: Lang) => getMyth(id, mythTexts[lang]).fact;
		for (const lang of languages) {
			expect(fact('port-465-deprecated', lang)).toMatch(/RFC 8314 \(2018\)/);
			expect(fact('port-465-deprecated', lang)).toMatch(/implicit TLS/);
			expect(fact('port-587-most-secure', lang)).toMatch(/465/);
			expect(fact('port-587-slower', lang)).toMatch(/STARTTLS/);
			expect(fact('port-2525-tls', lang)).toMatch(/IANA/);
			expect(fact('port-2525-tls', lang)).toMatch(/STARTTLS/);
			expect(fact('port-25-test', lang)).toMatch(/RFC 5321/);
			expect(fact('ssl-tls-levels', lang)).toMatch(/RFC 7568/);
		}

		expect(fact('port-587-most-secure', 'en')).toMatch(/only if TLS is required/);
		expect(fact('port-587-slower', 'en')).toMatch(/two round trips/);
		expect(fact('ssl-tls-levels', 'en')).toMatch(/WHEN encryption starts/);
		expect(mythSources['port-587-most-secure']).toContain('cve20110411');
	});
});

describe('verdicts that touch a myth', () => {
	it('link to it, by port where the port is the point', () => {
		expect(mythsForVerdict('implicit-tls-ok', 465)).toEqual(['port-465-deprecated']);
		expect(mythsForVerdict('connect-timeout', 25)).toEqual(['port-25-test']);
		expect(mythsForVerdict('no-greeting', 25)).toEqual(['port-25-test']);
		expect(mythsForVerdict('connect-timeout', 587)).toEqual([]);
		expect(mythsForVerdict('starttls-ok', 2525)).toEqual(['port-2525-tls']);
		expect(mythsForVerdict('tls-on-plaintext-port', 2525)).toEqual(['port-2525-tls']);
		expect(mythsForVerdict('tls-on-plaintext-port', 587)).toEqual(['ssl-tls-levels']);
		expect(mythsForVerdict('plaintext-on-tls-port', 465)).toEqual(['ssl-tls-levels']);
		expect(mythsForVerdict('starttls-ok', 587)).toEqual([
			'port-587-most-secure',
			'port-587-slower',
		]);
		expect(mythsForVerdict('starttls-not-offered', 587)).toEqual(['port-587-most-secure']);
		expect(mythsForVerdict('cert-expired', 465)).toEqual([]);
		// A myth about 587 is not shown for another port.
		expect(mythsForVerdict('starttls-ok', 8025)).toEqual([]);
		expect(mythsForVerdict('auth-before-tls', 36_373)).toEqual([]);
	});

	it('reach every myth, and only known myths', () => {
		const reached = new Set<MythId>();
		for (const code of verdictCodes) {
			for (const port of [undefined, 25, 465, 587, 2525]) {
				for (const id of mythsForVerdict(code, port)) {
					expect(mythIds).toContain(id);
					reached.add(id);
				}
			}
		}

		expect([...reached].sort()).toEqual([...mythIds].sort());
	});

	it('render the linked myth in the language asked for', () => {
		expect(mythsOfVerdict('implicit-tls-ok', mythTexts['id'], 465)[0]?.claim).toBe(
			'465 sudah usang',
		);
		expect(mythsOfVerdict('implicit-tls-ok', mythTexts['en'], 465)[0]?.sources[0]?.label).toBe(
			'RFC 8314 (2018)',
		);
	});
});
