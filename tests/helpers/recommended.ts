// The setting a run's reports recommend, as the one ranking (source/report/ranking.ts) picks it
// with the engine's default port roles and no login: what engine tests assert instead of a
// recommendation of the engine's own (there is none: one run model, one diagnosis).
import {defaultPortRole} from '../../source/engine/probe-port.js';
import type {PortRole, RunResult} from '../../source/engine/types.js';
import {rankSettings} from '../../source/report/ranking.js';

export function recommended(
	run: RunResult,
	roles: Readonly<Record<number, PortRole>> = {},
): {port: number; encryption: string; reason: string; host: string} | undefined {
	const [best] = rankSettings(run.ports, {
		hasLogin: false,
		isRelayPort: (port) => (roles[port] ?? defaultPortRole(port)) === 'relay',
	});
	return best
		? {host: run.host, port: best.port, encryption: best.encryption, reason: best.reason}
		: undefined;
}
