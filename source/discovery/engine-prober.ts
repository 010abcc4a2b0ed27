// The quick probe discovery uses for common names: the engine's probeHost with short
// timeouts. It only asks "does SMTP answer here, and how?"; the full check comes after.
import {createProbeOptions, runProbe} from '../engine/index.js';
import {encryptionLabel} from '../state/labels.js';
import type {ProbeOptions, Timeouts} from '../engine/types.js';
import type {CandidateProber, CandidateProbeResult} from './discover.js';

/** Short timeouts: discovery probes several hosts and must stay quick. */
export const quickTimeouts: Timeouts = {connect: 3000, greeting: 4000, command: 4000, tls: 4000};

/** A CandidateProber built on the engine. `overrides` reach the engine (tests, --dns-server, -4/-6). */
export function createEngineProber(overrides: Partial<ProbeOptions> = {}): CandidateProber {
	return async ({host, ports}, signal): Promise<CandidateProbeResult> => {
		const options = createProbeOptions({timeouts: quickTimeouts, ...overrides, ports, signal});
		const run = await runProbe(host, options);
		const answered = run.ports.filter((port) => port.greeting !== undefined);
		if (answered.length === 0) {
			const reasons = [...new Set(run.ports.map((port) => port.verdict.code))].join(', ');
			return {
				isReachable: false,
				workingPorts: [],
				summary: {key: 'discovery.evidence.probeNone', params: {ports: ports.join(', '), reasons}},
			};
		}

		return {
			isReachable: true,
			workingPorts: answered.map((port) => port.port),
			summary: {
				key: 'discovery.evidence.probeAnswered',
				params: {
					answers: answered
						.map((port) => `${port.port} (${encryptionLabel(port.encryption)})`)
						.join(', '),
				},
			},
		};
	};
}
