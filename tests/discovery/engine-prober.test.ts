import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {discover} from '../../source/discovery/discover.js';
import {createEngineProber} from '../../source/discovery/engine-prober.js';
import {closedPort, startScriptedSmtp, type TestServer} from '../helpers/servers.js';
import {startDnsServer, type TestDnsServer} from './dns-zone-server.js';
import {say, type Phrase} from '../../source/discovery/phrase.js';
import {translator} from '../helpers/catalogue.js';
/** A discovery phrase in English, as `--json` and the plain report say it. */
const en = (phrase: Phrase): string => say(phrase, translator('en'));

let smtp: TestServer;
let dns: TestDnsServer;
let closed: number;

beforeAll(async () => {
	smtp = await startScriptedSmtp({banner: '220 mail.lab.test ESMTP ready'});
	closed = await closedPort();
	dns = await startDnsServer({
		'lab.test': {},
		'smtp.lab.test': {A: ['127.0.0.1']},
		'mail.lab.test': {A: ['127.0.0.1']},
	});
});

afterAll(async () => {
	await smtp.close();
	await dns.close();
});

const fast = {
	timeouts: {connect: 2000, greeting: 2000, command: 2000, tls: 2000},
	ehloName: 'client.test',
	plainSilenceMs: 300,
};

describe('createEngineProber (quick probe through the real engine)', () => {
	it('reports the ports where SMTP answered', async () => {
		const probe = createEngineProber(fast);
		const result = await probe(
			{host: '127.0.0.1', ports: [smtp.port, closed]},
			new AbortController().signal,
		);
		expect(result.isReachable).toBe(true);
		expect(result.workingPorts).toEqual([smtp.port]);
		expect(en(result.summary)).toBe(`Quick probe: SMTP answered on ${smtp.port} (NONE).`);
	});

	it('says nothing answered, with the verdict codes', async () => {
		const probe = createEngineProber(fast);
		const result = await probe({host: '127.0.0.1', ports: [closed]}, new AbortController().signal);
		expect(result).toMatchObject({isReachable: false, workingPorts: []});
		expect(en(result.summary)).toBe(
			`Quick probe: no SMTP server answered on ${closed} (connection-refused).`,
		);
	});

	it('discovery end to end: DNS on loopback names the hosts, the engine probes them', async () => {
		const engine = createEngineProber({...fast, dnsServer: dns.server});
		// Discovery asks for the standard ports; the lab server listens on a random one.
		const result = await discover('you@lab.test', {
			dnsServer: dns.server,
			probe: async ({host}, signal) =>
				engine({host, ports: [host === 'smtp.lab.test' ? closed : smtp.port]}, signal),
		});
		expect(result.status).toBe('found');
		expect(
			result.candidates.map((candidate) => [candidate.host, candidate.probe?.isReachable]),
		).toEqual([
			['mail.lab.test', true],
			['smtp.lab.test', false],
		]);
		expect(result.candidates[0]!.evidence.map(en)).toEqual([
			'mail.lab.test resolves (127.0.0.1); mail clients try it as name 2 of 3.',
			`Quick probe: SMTP answered on ${smtp.port} (NONE).`,
		]);
	});
});
