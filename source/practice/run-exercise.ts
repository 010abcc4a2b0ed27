// Runs an exercise's probes for real: each step starts its lab station (real servers on
// 127.0.0.1 ephemeral ports), runs the engine's probe against it with the setting the step
// plays, checks what the exercise expects, and closes every server, on every path.
import {probeHost} from '../engine/probe-host.js';
import type {
	Credentials,
	PortResult,
	ProbeOptions,
	RunResult,
	Timeouts,
	Verdict,
} from '../engine/types.js';
import {startStation, type Station, type StationPort} from '../lab/stations.js';
import type {Exercise, Expectation, ProbeStep} from './exercises.js';

/**
 * Timeouts of a practice probe: short, because every server is on this machine, but long
 * enough that a silent port is recognised the way a client meets it (2.5 s of silence).
 */
export const practiceTimeouts: Timeouts = {connect: 2000, greeting: 2500, command: 3000, tls: 2500};

/** On the implicit-TLS port, how long a plain connection waits before TLS is tried too. */
export const practicePlainSilenceMs = 500;

/**
 * The made-up login a login step sends (the lab refuses or accepts it; nothing is stored). The
 * engine redacts it like any secret, so it never shows in a transcript.
 */
export const practiceLogin: Credentials = {
	user: 'you@example.test',
	secret: 'practice-only-password',
};

/** What one expectation found. */
export type ExpectationCheck = {
	readonly expectation: Expectation;
	readonly isMet: boolean;
	/** What the probe found in that place (the port's verdict, a finding, the login's verdict). */
	readonly found?: Verdict;
};

/** One step, run. */
export type StepRun = {
	readonly step: ProbeStep;
	readonly stationPorts: readonly StationPort[];
	/** The probe's result, under the lab's host name (the addresses still say 127.0.0.1). */
	readonly result: RunResult;
	readonly checks: readonly ExpectationCheck[];
};

/** An exercise's steps, run in order. */
export type ExerciseRun = {
	readonly exerciseId: string;
	readonly steps: readonly StepRun[];
	/** True when every step found what the exercise expects. */
	readonly isAsPlanned: boolean;
};

/** Options of a practice run. */
export type RunExerciseOptions = {
	readonly signal?: AbortSignal;
	/** The EHLO name (default a neutral practice name). */
	readonly ehloName?: string;
};

/** Where an expectation looks in a port's result. */
export function findVerdict(
	port: PortResult | undefined,
	expectation: Expectation,
): Verdict | undefined {
	switch (expectation.in ?? 'verdict') {
		case 'verdict': {
			return port?.verdict;
		}

		case 'finding': {
			return port?.findings.find((finding) => finding.code === expectation.code) ?? port?.verdict;
		}

		case 'auth': {
			return port?.auth?.verdict;
		}
	}
}

function probeOptions(
	step: ProbeStep,
	station: Station,
	options: RunExerciseOptions,
): ProbeOptions {
	return {
		ports: step.ports,
		mode: step.mode,
		timeouts: practiceTimeouts,
		plainSilenceMs: practicePlainSilenceMs,
		ehloName: options.ehloName ?? 'practice.smtp-doctor.test',
		family: 4,
		portMap: station.portMap,
		servername: step.servername ?? station.servername,
		// The lab CA (and, for the fix of a self-signed server, that server's own certificate)
		// is trusted by this probe only, never installed anywhere.
		ca: [...station.ca, ...(step.trustsServerCertificate ? station.serverCertificates : [])],
		...(step.isLogin ? {credentials: practiceLogin} : {}),
		...(options.signal ? {signal: options.signal} : {}),
	};
}

async function runStep(step: ProbeStep, options: RunExerciseOptions): Promise<StepRun> {
	const station = await startStation(step.station);
	try {
		const events = probeHost(station.connectHost, probeOptions(step, station, options));
		let result: RunResult;
		for (;;) {
			const next = await events.next();
			if (next.done) {
				result = next.value;
				break;
			}
		}

		const shown = step.servername ?? station.servername;
		result = {...result, host: shown};
		const checks = step.expect.map((expectation): ExpectationCheck => {
			const found = findVerdict(
				result.ports.find((port) => port.port === expectation.port),
				expectation,
			);
			return {expectation, isMet: found?.code === expectation.code, ...(found ? {found} : {})};
		});
		return {step, stationPorts: station.ports, result, checks};
	} finally {
		await station.close();
	}
}

/** Runs every step of `exercise` in order; rejects when a station cannot start. */
export async function runExercise(
	exercise: Pick<Exercise, 'id' | 'steps'>,
	options: RunExerciseOptions = {},
): Promise<ExerciseRun> {
	const steps: StepRun[] = [];
	for (const step of exercise.steps) {
		if (options.signal?.aborted) {
			break;
		}

		steps.push(await runStep(step, options));
	}

	return {
		exerciseId: exercise.id,
		steps,
		isAsPlanned:
			steps.length === exercise.steps.length &&
			steps.every((step) => step.checks.every((check) => check.isMet)),
	};
}
