// "My network or the server?": the control probes judged, and the host's cloud policy.
import type {ControlResult} from '../../engine/controls.js';
import {isIP} from 'node:net';
import type {FamilyCheck, PortResult} from '../../engine/types.js';
import {escapeTerminal} from '../escape.js';
import {portKind} from '../port-kind.js';
import {fill, type ReportWords} from '../../i18n/report-words.js';
import type {
	DiagnoseOptions,
	DiagnosedFamilies,
	DiagnosedPolicy,
	DiagnosedControls,
	OutcomeReason,
} from './types.js';

/**
 * What the control probes say about ports that could not be reached: the controls fail the
 * same way (this network blocks them), or connect (the server or its firewall). Undefined
 * when they disagree across ports; a note when none resolved.
 */
export function judgeControls(
	ports: readonly PortResult[],
	controls: readonly ControlResult[],
	words: ReportWords,
): {reason: OutcomeReason; sentence: string; nextStep: string} | undefined {
	const failed = ports.map((port) => port.port);
	const resolved = controls.filter(
		(control) => failed.includes(control.forPort) && control.outcome !== 'unresolved',
	);
	if (resolved.length === 0) {
		return {
			reason: 'network',
			sentence: words.outcomes.network,
			// The controls block says why (words.controls.unchecked).
			nextStep: words.nextSteps.network,
		};
	}

	const tried = failed.filter((port) => resolved.some((control) => control.forPort === port));
	const reachable = tried.filter((port) =>
		resolved.some((control) => control.forPort === port && control.outcome === 'connected'),
	);
	const blocked = tried.filter((port) => !reachable.includes(port));
	if (blocked.length > 0 && reachable.length === 0) {
		return {
			reason: 'local-network',
			sentence: fill(words.outcomes['local-network'], {ports: blocked.join(', ')}),
			nextStep: words.nextSteps['local-network'],
		};
	}

	if (reachable.length > 0 && blocked.length === 0) {
		return {
			reason: 'server-firewall',
			sentence: fill(words.outcomes['server-firewall'], {ports: reachable.join(', ')}),
			nextStep: words.nextSteps['server-firewall'],
		};
	}

	return undefined;
}

/**
 * One port's advice from its control probes, when it could not be reached and a control
 * resolved: every control failed too (this network blocks the port) or one connected (the
 * server's side). Answers the "from another network, to tell which" of the verdict's advice.
 */
export function controlAdvice(
	port: PortResult | undefined,
	controls: readonly ControlResult[] | undefined,
	words: ReportWords,
): string | undefined {
	if (!port || !controls || portKind(port.verdict) !== 'network') {
		return undefined;
	}

	const resolved = controls.filter(
		(control) => control.forPort === port.port && control.outcome !== 'unresolved',
	);
	if (resolved.length === 0) {
		return undefined;
	}

	const template = resolved.some((control) => control.outcome === 'connected')
		? words.controls.rowOpen
		: words.controls.rowBlocked;
	return fill(template, {port: port.port});
}

/** The host policy that explains ports of this run that could not be reached, if any. */
export function policyOf(
	finished: readonly PortResult[],
	options: DiagnoseOptions,
	words: ReportWords,
): {policy?: DiagnosedPolicy} {
	const policy = options.hostPolicy;
	if (!policy) {
		return {};
	}

	const ports = finished
		.filter(
			(port) => portKind(port.verdict) === 'network' && policy.blockedPorts.includes(port.port),
		)
		.map((port) => port.port);
	if (ports.length === 0) {
		return {};
	}

	return {
		policy: {
			cloud: policy.cloud,
			evidence: policy.evidence,
			ports,
			sentence: escapeTerminal(
				fill(words.policy, {cloud: policy.cloud, file: policy.evidence, ports: ports.join(', ')}),
			),
		},
	};
}

/** The control evidence in the run's words (escaped). */
export function diagnoseControls(
	controls: readonly ControlResult[],
	words: ReportWords,
): DiagnosedControls {
	const hasResolved = controls.some((control) => control.outcome !== 'unresolved');
	return {
		title: words.controls.title,
		results: controls.map((control) => ({
			...control,
			text: escapeTerminal(
				fill(words.controls.line, {
					host: control.host,
					address:
						control.address && control.address !== control.host ? ` (${control.address})` : '',
					port: control.port,
					outcome: words.controls.outcomes[control.outcome],
					ms: control.ms,
				}),
			),
		})),
		...(hasResolved ? {} : {note: words.controls.unchecked}),
	};
}

/**
 * The IPv6 trap: ports where the probe connected over IPv4 while the IPv6 connect timed out
 * or found no route. A refused IPv6 connect is not a trap (clients fall back at once).
 */
export function diagnoseFamilies(
	finished: readonly PortResult[],
	checks: readonly FamilyCheck[] | undefined,
	words: ReportWords,
): {families?: DiagnosedFamilies} {
	if (!checks || checks.length === 0) {
		return {};
	}

	const trapped = checks.filter((check) => {
		const result = finished.find((port) => port.port === check.port);
		return (
			(check.outcome === 'timeout' || check.outcome === 'unreachable') &&
			result?.address !== undefined &&
			isIP(result.address) === 4 &&
			portKind(result.verdict) !== 'network'
		);
	});
	const [first] = trapped;
	if (!first) {
		// The mirror: IPv4 could not connect, the IPv6 connect did (the probe stays on IPv4 after
		// a timeout, so without this the run would say nothing of a working family).
		const ipv4Fail = checks.filter((check) => {
			const result = finished.find((port) => port.port === check.port);
			return (
				check.outcome === 'connected' &&
				result?.address !== undefined &&
				isIP(result.address) === 4 &&
				portKind(result.verdict) === 'network'
			);
		});
		const failed = ipv4Fail.map((check) => check.port);
		const address = finished.find((port) => port.port === failed[0])?.address;
		return {
			families: {
				checks,
				trapPorts: [],
				ipv4FailPorts: failed,
				...(address
					? {
							sentence: escapeTerminal(fill(words.ipv4Dead, {ports: failed.join(', '), address})),
						}
					: {}),
			},
		};
	}

	const outcome = trapped.some((check) => check.outcome === 'timeout') ? 'timeout' : 'unreachable';
	return {
		families: {
			checks,
			trapPorts: trapped.map((check) => check.port),
			ipv4FailPorts: [],
			sentence: escapeTerminal(
				fill(words.ipv6Trap[outcome], {
					ports: trapped.map((check) => check.port).join(', '),
					address: first.address,
					ms: Math.max(...trapped.map((check) => check.ms)),
				}),
			),
		},
	};
}
