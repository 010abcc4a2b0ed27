// The run's one conclusion: outcome, reason, the sentence and the next step, true for this run.
import type {PortResult} from '../../engine/types.js';
import type {ProbeState} from '../../state/probe-reducer.js';
import {portKind, type PortKind} from '../port-kind.js';
import type {RankedSetting} from '../ranking.js';
import {fill, type ReportWords} from '../../i18n/report-words.js';
import {isRelay, order} from './common.js';
import {judgeControls} from './network.js';
import type {
	DiagnoseOptions,
	DiagnosedVerdict,
	DiagnosisRow,
	OutcomeReason,
	Conclusion,
} from './types.js';

/** The kinds that tell the run's story: submission ports first, the ones that answered first. */
export function storyKinds(
	finished: readonly PortResult[],
	options: DiagnoseOptions,
): {kinds: Set<PortKind>; ports: readonly PortResult[]} {
	const submission = finished.filter((port) => !isRelay(options, port.port));
	const pool = submission.length > 0 ? submission : finished;
	const judged = pool.filter((port) => portKind(port.verdict) !== 'inconclusive');
	if (judged.length === 0) {
		return {kinds: new Set(pool.map((port) => portKind(port.verdict))), ports: pool};
	}

	// Ports that answered tell the story; refused or silent ones only say they are not offered,
	// unless nothing answered at all.
	const answered = judged.filter((port) => portKind(port.verdict) !== 'network');
	const story = answered.length > 0 ? answered : judged;
	return {kinds: new Set(story.map((port) => portKind(port.verdict))), ports: story};
}

export function conclude(
	state: ProbeState,
	finished: readonly PortResult[],
	best: RankedSetting | undefined,
	rowsByPort: ReadonlyMap<number, DiagnosisRow>,
	dns: DiagnosedVerdict | undefined,
	options: DiagnoseOptions,
	words: ReportWords,
): Conclusion {
	if (!state.isFinished) {
		return {outcome: 'pending', reason: 'pending'};
	}

	if (state.isCancelled) {
		return {outcome: 'inconclusive', reason: 'cancelled', sentence: words.cancelled};
	}

	if (best) {
		if (options.user !== undefined && !best.isLoggedIn) {
			const auth = best.result.auth?.verdict;
			const step = rowsByPort.get(best.port)?.steps.find((item) => item.kind === 'login');
			return {
				outcome: 'fails',
				reason: 'login',
				port: best.port,
				...(auth ? {verdict: auth} : {}),
				sentence: step
					? fill(words.loginFailed, {port: best.port, title: step.title})
					: fill(words.loginNotTried, {port: best.port}),
				nextStep: step?.advice ?? words.nextSteps.login,
			};
		}

		const sendPort = options.testMessage?.port;
		if (sendPort !== undefined) {
			const row = rowsByPort.get(sendPort);
			const send = row?.result?.send?.verdict;
			if (send?.code !== 'send-ok') {
				const login = row?.steps.find((item) => item.kind === 'login');
				const sendStep = row?.steps.find((item) => item.kind === 'test-message');
				const isLogin = row?.result?.auth?.verdict.code !== 'auth-ok';
				const verdict = isLogin ? row?.result?.auth?.verdict : send;
				const step = isLogin ? login : sendStep;
				return {
					outcome: 'fails',
					reason: isLogin ? 'login' : 'send',
					port: sendPort,
					...(verdict ? {verdict} : {}),
					sentence: isLogin
						? step
							? fill(words.loginFailed, {port: sendPort, title: step.title})
							: fill(words.sendNotTried, {port: sendPort})
						: step
							? fill(words.sendFailed, {port: sendPort, title: step.title})
							: fill(words.sendNotTried, {port: sendPort}),
					nextStep: step?.advice ?? words.nextSteps.send,
				};
			}
		}

		return {outcome: 'works', reason: 'works'};
	}

	if (dns) {
		return {
			outcome: 'fails',
			reason: 'dns',
			verdict: dns.verdict,
			sentence: words.noPortTried,
			nextStep: dns.advice,
		};
	}

	const {kinds, ports} = storyKinds(finished, options);
	if (ports.length === 0) {
		return {outcome: 'fails', reason: 'mixed', sentence: words.outcomes.mixed};
	}

	if (kinds.size === 1 && kinds.has('inconclusive')) {
		return {
			outcome: 'inconclusive',
			reason: 'inconclusive',
			sentence: words.outcomes.inconclusive,
			nextStep: words.nextSteps.inconclusive,
		};
	}

	kinds.delete('inconclusive');
	kinds.delete('works');
	const reason: OutcomeReason = kinds.size === 1 ? ([...kinds][0] as OutcomeReason) : 'mixed';
	// The port that tells the story: the first submission port of that kind (465, 587, ...).
	const teller = [...ports]
		.filter((port) => reason === 'mixed' || portKind(port.verdict) === reason)
		.sort((a, b) => order(a.port) - order(b.port))[0];
	const tellerRow = teller ? rowsByPort.get(teller.port) : undefined;
	if (reason === 'network' && options.controls && options.controls.length > 0) {
		const judged = judgeControls(ports, options.controls, words);
		if (judged) {
			return {
				outcome: 'fails',
				reason: judged.reason,
				...(teller ? {port: teller.port, verdict: teller.verdict} : {}),
				sentence: judged.sentence,
				nextStep: judged.nextStep,
			};
		}
	}

	const ownNext =
		reason === 'network' ||
		reason === 'mixed' ||
		reason === 'inconclusive' ||
		reason === 'wrong-mode';
	return {
		outcome: 'fails',
		reason,
		...(teller ? {port: teller.port, verdict: teller.verdict} : {}),
		sentence: words.outcomes[reason as keyof ReportWords['outcomes']] ?? words.outcomes.mixed,
		nextStep:
			ownNext || !tellerRow?.verdict
				? (words.nextSteps[reason as keyof ReportWords['nextSteps']] ?? words.nextSteps.mixed)
				: tellerRow.verdict.advice,
	};
}
