// One `smtp-doctor check --json` run and what the benches read from it, and the phase timeline
// printer (where the round trips go).
import {cliPath, timeNode} from './run-cli.mjs';

/**
 * Runs `check HOST --ports PORTS ...extra --json`; resolves the timed sample plus `result` (the
 * parsed JSON) and `probeMs` (the run's own durationMs: Node's start-up is not in it).
 * `codes` are the exit codes accepted (0: works).
 */
export async function runCheck(
	host,
	ports,
	extra = [],
	{env, wrap, codes = [0], cli = cliPath} = {},
) {
	const sample = await timeNode(
		[cli, 'check', host, '--ports', ports.join(','), ...extra, '--json'],
		{env, wrap},
	);
	if (!codes.includes(sample.code)) {
		throw new Error(
			`check ${host} --ports ${ports.join(',')} ${extra.join(' ')} exited ${sample.code}: ${
				sample.stderr.trim().slice(0, 200) || sample.stdout.slice(0, 300)
			}`,
		);
	}

	const result = JSON.parse(sample.stdout);
	return {...sample, result, probeMs: result.durationMs};
}

/** The port result for `port` in a check's JSON. */
export function portOf(result, port) {
	return result.ports.find((item) => item.port === port);
}

/**
 * How long the first reply after the TLS handshake took: the EHLO after STARTTLS, or the
 * greeting on an implicit-TLS port. That is where the TLS 1.3 ticket stall shows.
 */
export function firstReplyAfterTls(portResult) {
	const tlsPhase = portResult.phases.find((phase) => phase.phase === 'tls');
	if (!tlsPhase) {
		return undefined;
	}

	const next = portResult.phases.find(
		(phase) => phase.startMs >= tlsPhase.startMs + tlsPhase.durationMs && phase.phase !== 'tls',
	);
	return next?.durationMs;
}

/** Prints each port's phases and transcript (with ms since the run started). */
export function printTimeline(result, {indent = '    ', transcript = true} = {}) {
	for (const port of result.ports) {
		console.log(
			`${indent}${port.port} ${port.verdict.code}, ${port.totalMs} ms: ${port.phases
				.map(
					(phase) =>
						`${phase.phase}${phase.attempt > 1 ? `#${phase.attempt}` : ''} ${phase.startMs}+${phase.durationMs}${phase.isOk ? '' : ' (not ok)'}`,
				)
				.join(' | ')}`,
		);
		if (transcript) {
			// A multi-line reply arrives at once: one line for it, with its line count.
			const entries = [];
			for (const entry of port.transcript) {
				const last = entries.at(-1);
				if (
					last &&
					entry.direction === 'receive' &&
					last.direction === 'receive' &&
					last.atMs === entry.atMs &&
					/^\d{3}-/.test(last.lastText)
				) {
					last.count++;
					last.lastText = entry.text;
				} else {
					entries.push({...entry, count: 1, lastText: entry.text});
				}
			}

			for (const entry of entries) {
				const arrow =
					entry.direction === 'send'
						? entry.isEncrypted
							? ' ~>'
							: ' ->'
						: entry.direction === 'receive'
							? entry.isEncrypted
								? '<~ '
								: '<- '
							: '===';
				const more = entry.count > 1 ? ` ... (${entry.count} lines)` : '';
				console.log(
					`${indent}  ${String(entry.atMs).padStart(5)} ms ${arrow} ${entry.text.slice(0, 90)}${more}`,
				);
			}
		}
	}
}
