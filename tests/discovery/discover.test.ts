import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {discover, type CandidateProber} from '../../source/discovery/discover.js';
import {DiscoveryInputError} from '../../source/discovery/target.js';
import {activeResources, expectNoLeakedHandles} from '../helpers/handles.js';
import {waitFor} from '../helpers/wait-for.js';
import {startDnsServer, startSilentServer, type TestDnsServer} from './dns-zone-server.js';
import {say, type Phrase} from '../../source/discovery/phrase.js';
import {translator} from '../helpers/catalogue.js';
/** A discovery phrase in English, as `--json` and the plain report say it. */
const en = (phrase: Phrase): string => say(phrase, translator('en'));

let dns: TestDnsServer;

beforeAll(async () => {
	dns = await startDnsServer({
		// The control name discovery asks before believing an NXDOMAIN (a working resolver knows it).
		'example.com': {A: ['192.0.2.80']},
		// SRV for both services, several records, and a host that also resolves by name.
		'srv.test': {MX: [{exchange: 'mx.srv.test', priority: 10}]},
		'_submissions._tcp.srv.test': {
			SRV: [
				{priority: 10, weight: 1, port: 465, target: 'backup.srv.test'},
				{priority: 0, weight: 5, port: 465, target: 'mail.srv.test'},
				{priority: 0, weight: 50, port: 465, target: 'heavy.srv.test'},
			],
		},
		'_submission._tcp.srv.test': {
			SRV: [{priority: 0, weight: 1, port: 587, target: 'mail.srv.test'}],
		},
		'mail.srv.test': {A: ['192.0.2.10'], AAAA: ['2001:db8::10']},
		'mx.srv.test': {A: ['192.0.2.11']},
		// Only an MX at a known provider.
		'gsuite.test': {
			MX: [
				{exchange: 'aspmx.l.google.com', priority: 1},
				{exchange: 'alt1.aspmx.l.google.com', priority: 5},
			],
		},
		'm365.test': {MX: [{exchange: 'm365-test.mail.protection.outlook.com', priority: 0}]},
		'hosted.test': {
			MX: [
				{exchange: 'mx1.hostinger.com', priority: 5},
				{exchange: 'mx2.hostinger.com', priority: 10},
			],
		},
		'zoho-eu.test': {MX: [{exchange: 'mx.zoho.eu', priority: 10}]},
		// Nothing but A/AAAA records.
		'plain.test': {A: ['192.0.2.20']},
		'smtp.plain.test': {A: ['192.0.2.21']},
		'mail.plain.test': {AAAA: ['2001:db8::22']},
		// SRV says submission is not offered.
		'nosub.test': {A: ['192.0.2.30']},
		'_submissions._tcp.nosub.test': {SRV: [{priority: 0, weight: 0, port: 0, target: '.'}]},
		'_submission._tcp.nosub.test': {SRV: [{priority: 0, weight: 0, port: 0, target: '.'}]},
		// Exists, but has nothing useful.
		'empty.test': {},
		'broken.test': {isServfail: true},
		// Hostile names in DNS data.
		'weird.test': {MX: [{exchange: '\u001B[31mevil.test', priority: 1}]},
		'_submissions._tcp.weird.test': {
			SRV: [{priority: 0, weight: 0, port: 465, target: 'a\u0007b.weird.test'}],
		},
	});
});

afterAll(async () => {
	await dns.close();
});

const options = () => ({dnsServer: dns.server, timeoutMs: 2000});

describe('discover against a real DNS server on loopback', () => {
	it('ranks SRV _submissions (implicit TLS) first, by priority then weight, then _submission', async () => {
		const result = await discover('you@srv.test', options());
		expect(result.status).toBe('found');
		expect(result.email).toBe('you@srv.test');
		expect(result.dnsServer).toBe(dns.server);
		const top = result.candidates
			.slice(0, 3)
			.map((candidate) => [candidate.host, candidate.port, candidate.encryption]);
		expect(top).toEqual([
			['heavy.srv.test', 465, 'implicit-tls'],
			['mail.srv.test', 465, 'implicit-tls'],
			['backup.srv.test', 465, 'implicit-tls'],
		]);
		const mail = result.candidates.find((candidate) => candidate.host === 'mail.srv.test')!;
		expect(mail.source).toBe('srv-submissions');
		expect(en(mail.evidence[0]!)).toMatch(
			/SRV _submissions\._tcp\.srv\.test points to mail\.srv\.test:465 \(implicit TLS, RFC 8314; priority 0, weight 5\)/,
		);
		// The _submission record and the common name add evidence to the same host.
		expect(mail.evidence.map(en).join('\n')).toMatch(
			/_submission\._tcp\.srv\.test points to mail\.srv\.test:587 \(STARTTLS/,
		);
		expect(mail.evidence.map(en).join('\n')).toMatch(
			/mail\.srv\.test resolves \(192\.0\.2\.10, 2001:db8::10\)/,
		);
		expect(mail.addresses).toEqual(['192.0.2.10', '2001:db8::10']);
		// Unknown MX host comes last.
		expect(result.candidates.at(-1)).toMatchObject({host: 'mx.srv.test', source: 'mx-host'});
		expect(result.candidates.map((candidate) => candidate.rank)).toEqual(
			result.candidates.map((_, index) => index + 1),
		);
		expect(dns.questions).toEqual(
			expect.arrayContaining([
				'SRV _submissions._tcp.srv.test',
				'SRV _submission._tcp.srv.test',
				'MX srv.test',
				'A smtp.srv.test',
				'AAAA mail.srv.test',
				'A srv.test',
			]),
		);
	});

	it('matches an MX at Google to the Gmail preset, with the Workspace relay as an alternative', async () => {
		const result = await discover('gsuite.test', options());
		expect(result.status).toBe('found');
		expect(result.email).toBeUndefined();
		const [first, second] = result.candidates;
		expect(first).toMatchObject({
			host: 'smtp.gmail.com',
			presetId: 'gmail',
			source: 'mx-provider',
			port: 465,
			encryption: 'implicit-tls',
			notOfferedPorts: [25, 2525],
		});
		expect(first!.evidence).toHaveLength(1);
		expect(en(first!.evidence[0]!)).toMatch(
			/MX aspmx\.l\.google\.com \(preference 1\) is under google\.com: Gmail/,
		);
		expect(second).toMatchObject({
			host: 'smtp-relay.gmail.com',
			presetId: 'google-workspace-relay',
		});
		expect(result.candidates).toHaveLength(2);
	});

	it('matches Microsoft 365, Hostinger and a Zoho region by MX', async () => {
		const m365 = await discover('it@m365.test', options());
		expect(m365.candidates[0]).toMatchObject({
			presetId: 'microsoft365',
			host: 'smtp.office365.com',
			port: 587,
			encryption: 'starttls',
			certainty: 'confirmed',
		});
		expect(m365.candidates[0]!.notOfferedPorts).toContain(465);

		const hosted = await discover('owner@hosted.test', options());
		expect(hosted.candidates[0]).toMatchObject({
			presetId: 'hostinger',
			host: 'smtp.hostinger.com',
			notOfferedPorts: [25, 2525],
		});
		expect(
			hosted.candidates.filter((candidate) => candidate.presetId === 'hostinger'),
		).toHaveLength(1);

		const zoho = await discover('zoho-eu.test', options());
		expect(zoho.candidates[0]).toMatchObject({
			presetId: 'zoho',
			region: 'eu',
			host: 'smtp.zoho.eu',
		});
	});

	it('falls back to common names in mail-client order when only A/AAAA records exist', async () => {
		const result = await discover('plain.test', options());
		expect(result.status).toBe('found');
		expect(result.candidates.map((candidate) => [candidate.host, candidate.source])).toEqual([
			['smtp.plain.test', 'common-name'],
			['mail.plain.test', 'common-name'],
			['plain.test', 'common-name'],
		]);
		expect(result.candidates[1]!.addresses).toEqual(['2001:db8::22']);
		expect(result.candidates[0]!.ports).toEqual([25, 465, 587, 2525]);
		const mxLookup = result.lookups.find((lookup) => lookup.type === 'MX')!;
		expect(mxLookup.status).toBe('no-records');
		expect(
			result.lookups.find((lookup) => lookup.name === '_submissions._tcp.plain.test')!.status,
		).toBe('nxdomain');
	});

	it('uses an injected probe to demote common names where nothing answers', async () => {
		const probed: string[] = [];
		const probe: CandidateProber = async ({host}): ReturnType<CandidateProber> => {
			await Promise.resolve();
			probed.push(host);
			const isReachable = host === 'plain.test';
			return {
				isReachable,
				workingPorts: isReachable ? [587] : [],
				summary: isReachable
					? {key: 'discovery.evidence.probeAnswered', params: {answers: '587'}}
					: {key: 'discovery.evidence.probeNone', params: {ports: '587', reasons: 'tarpit'}},
			};
		};

		const result = await discover('plain.test', {...options(), probe});
		expect(probed.sort()).toEqual(['mail.plain.test', 'plain.test', 'smtp.plain.test']);
		expect(result.candidates[0]).toMatchObject({
			host: 'plain.test',
			probe: {isReachable: true, workingPorts: [587]},
		});
		expect(en(result.candidates[0]!.evidence.at(-1)!)).toBe('Quick probe: SMTP answered on 587.');
		expect(result.candidates.map((candidate) => candidate.host)).toEqual([
			'plain.test',
			'smtp.plain.test',
			'mail.plain.test',
		]);
	});

	it('respects an SRV target of "." (not offered) and still lists other evidence', async () => {
		const result = await discover('nosub.test', options());
		expect(result.notOffered).toEqual([
			'_submissions._tcp.nosub.test',
			'_submission._tcp.nosub.test',
		]);
		expect(result.candidates.map((candidate) => candidate.host)).toEqual(['nosub.test']);
	});

	it('drops DNS names that are not host names (escape sequences, control bytes)', async () => {
		const result = await discover('weird.test', options());
		expect(result.lookups.find((lookup) => lookup.type === 'MX')!.status).toBe('found');
		expect(result.candidates).toEqual([]);
		expect(result.status).toBe('nothing-found');
	});

	it('reports NXDOMAIN for a domain that does not exist', async () => {
		const result = await discover('someone@does-not-exist.test', options());
		expect(result.status).toBe('nxdomain');
		expect(result.candidates).toEqual([]);
		expect(en(result.message)).toBe(
			'The domain does-not-exist.test does not exist (NXDOMAIN): check the spelling of the address.',
		);
	});

	it('a resolver that denies every name, example.com too, is DNS unavailable, not a misspelling', async () => {
		const denying = await startDnsServer({});
		try {
			const result = await discover('example.com', {dnsServer: denying.server, timeoutMs: 2000});
			expect(result.status).toBe('dns-unavailable');
			expect(en(result.message)).toBe(
				`The DNS server ${denying.server} says even example.com does not exist, so DNS is not working here (captive portal, filtering resolver or no network); example.com could not be checked.`,
			);
			expect(en(result.message)).not.toMatch(/spelling/);
			const other = await discover('you@nowhere.test', {
				dnsServer: denying.server,
				timeoutMs: 2000,
			});
			expect(other.status).toBe('dns-unavailable');
			expect(denying.questions).toContain('A example.com');
		} finally {
			await denying.close();
		}
	});

	it('says nothing was found for an existing domain without usable records', async () => {
		const result = await discover('empty.test', options());
		expect(result.status).toBe('nothing-found');
		expect(en(result.message)).toMatch(
			/No submission server found for empty\.test: .*smtp-doctor check HOST/,
		);
	});

	it('a known address domain needs no DNS at all', async () => {
		const result = await discover('someone@gmail.com', options());
		expect(result.status).toBe('found');
		expect(result.candidates[0]).toMatchObject({
			presetId: 'gmail',
			source: 'address-domain',
			host: 'smtp.gmail.com',
		});
		expect(result.lookups.find((lookup) => lookup.type === 'MX')!.status).toBe('nxdomain');
	});

	it('treats SERVFAIL as the DNS failing, not as "does not exist"', async () => {
		const result = await discover('broken.test', options());
		expect(
			result.lookups.find((lookup) => lookup.name === 'broken.test' && lookup.type === 'MX')!
				.status,
		).toBe('server-failure');
		expect(result.status).not.toBe('nxdomain');
	});
});

describe('discover when the DNS does not answer', () => {
	it('gives up on a silent DNS server within the timeout and says so', async () => {
		const silent = await startSilentServer();
		const before = activeResources();
		try {
			const started = performance.now();
			const result = await discover('you@example.com', {dnsServer: silent.server, timeoutMs: 300});
			const elapsed = performance.now() - started;
			expect(result.status).toBe('dns-unavailable');
			expect(en(result.message)).toBe(
				`No answer from the DNS server ${silent.server} within 300 ms: is there a network connection, and is the DNS server right?`,
			);
			expect(result.lookups.every((lookup) => lookup.status === 'timeout')).toBe(true);
			expect(silent.received()).toBeGreaterThanOrEqual(9);
			// Bounded: every question gave up on its own timeout (status 'timeout' above); the
			// wall-clock bound is generous so a loaded machine cannot make it flake.
			expect(elapsed).toBeLessThan(20_000);
			await expectNoLeakedHandles(before);
		} finally {
			await silent.close();
		}
	});

	it('says the DNS server is unreachable when nothing listens on its port', async () => {
		const silent = await startSilentServer();
		const {server} = silent;
		await silent.close();
		const result = await discover('you@example.com', {dnsServer: server, timeoutMs: 1000});
		expect(result.status).toBe('dns-unavailable');
		expect(en(result.message)).toMatch(
			/Could not reach the DNS server 127\.0\.0\.1:\d+|No answer from the DNS server/,
		);
	});

	it('stops promptly when aborted, leaving no socket, timer or DNS request behind', async () => {
		const silent = await startSilentServer();
		const before = activeResources();
		try {
			const controller = new AbortController();
			const pending = discover('you@example.com', {
				dnsServer: silent.server,
				timeoutMs: 20_000,
				signal: controller.signal,
			});
			await waitFor(() => silent.received() > 0, {intervalMs: 1});
			const started = performance.now();
			controller.abort();
			const result = await pending;
			expect(result.status).toBe('cancelled');
			// Every question ended on the abort, not on its 20 s timeout.
			expect(result.lookups.every((lookup) => lookup.status === 'cancelled')).toBe(true);
			expect(performance.now() - started).toBeLessThan(10_000);
			await expectNoLeakedHandles(before);
		} finally {
			await silent.close();
		}
	});

	it('a known address domain still gives a candidate when the DNS is silent', async () => {
		const silent = await startSilentServer();
		try {
			const result = await discover('me@icloud.com', {dnsServer: silent.server, timeoutMs: 200});
			expect(result.status).toBe('found');
			expect(en(result.message)).toMatch(/the DNS did not answer/);
			expect(result.candidates[0]).toMatchObject({
				presetId: 'icloud',
				host: 'smtp.mail.me.com',
				port: 587,
			});
		} finally {
			await silent.close();
		}
	});
});

describe('discover input validation', () => {
	it.each([
		['', /give an email address or a domain/],
		['   ', /give an email address or a domain/],
		['you@', /nothing after "@"/],
		['@example.com', /nothing before "@"/],
		['you@localhost', /needs at least one dot/],
		['you@exa mple.com', /contains spaces or control characters/],
		['bad_label.example.com', /"bad_label" is not a valid label/],
		['-x.example.com', /is not a valid label/],
		['you@192.0.2.1', /not an IP address.*smtp-doctor check 192\.0\.2\.1/],
		['you@[192.0.2.1]', /not an IP address/],
		['example.123', /is not a valid domain name/],
		[`${'a'.repeat(64)}.com`, /is not a valid label/],
	])('rejects %j', async (input, message) => {
		await expect(discover(input, options())).rejects.toThrow(message);
		await expect(discover(input, options())).rejects.toBeInstanceOf(DiscoveryInputError);
	});

	it('quotes bad input with the engine sanitiser: no ESC, no bidi override reaches the terminal', async () => {
		const error: unknown = await discover('a\u001B[2J@ex\u202Eample.com', options()).catch(
			(error_: unknown) => error_,
		);
		expect(error).toBeInstanceOf(DiscoveryInputError);
		const {message} = error as Error;
		expect(message).toContain(String.raw`"a\x1b[2J@ex\u{202e}ample.com"`);
		expect(message).not.toMatch(/[\u001B\u202E]/);
	});

	it.each([
		['localhost', /expected IP or IP:PORT/],
		['127.0.0.1:0', /port must be 1-65535/],
		['127.0.0.1:70000', /port must be 1-65535/],
		['1.2.3.4:x', /port must be 1-65535/],
		['999.1.1.1:53', /expected IP or IP:PORT/],
	])('rejects --dns-server %j', async (server, message) => {
		await expect(discover('example.com', {dnsServer: server})).rejects.toThrow(message);
	});

	it('accepts an internationalised domain and a trailing dot', async () => {
		const result = await discover('Someone@BÜCHER.test.', options());
		expect(result.domain).toBe('xn--bcher-kva.test');
		expect(result.status).toBe('nxdomain');
	});
});
