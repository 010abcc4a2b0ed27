// Every exercise against its real lab servers: each step starts its station (smtp-server and
// node:net servers on 127.0.0.1 ephemeral ports), the engine probes it with the setting the
// step plays, and the verdict the exercise teaches must be what the probe finds. Afterwards
// every station port is closed again.
import net from 'node:net';
import {describe, expect, it} from 'vitest';
import {exercises, runExercise, type ExerciseRun} from '../../source/practice/index.js';
import {practiceLogin} from '../../source/practice/run-exercise.js';

/** Resolves true when something still listens on 127.0.0.1:port. */
async function isListening(port: number): Promise<boolean> {
	return new Promise((resolve) => {
		const socket = net.connect(port, '127.0.0.1');
		socket.once('connect', () => {
			socket.destroy();
			resolve(true);
		});
		socket.once('error', () => {
			resolve(false);
		});
	});
}

describe.each(exercises.map((exercise) => [exercise.id, exercise] as const))(
	'exercise %s',
	(_id, exercise) => {
		it('finds on its real lab servers what it teaches, then closes them', async () => {
			const run: ExerciseRun = await runExercise(exercise);
			expect(run.steps).toHaveLength(exercise.steps.length);
			for (const [index, step] of run.steps.entries()) {
				const where = `${exercise.id} step ${index + 1} (${step.step.role})`;
				for (const check of step.checks) {
					expect(check.found?.code, `${where}: port ${check.expectation.port}`).toBe(
						check.expectation.code,
					);
				}

				// The servers were real: each probed port connected to its own ephemeral port.
				for (const port of step.step.ports) {
					const real = step.stationPorts.find((item) => item.displayPort === port)?.realPort;
					expect(real, where).toBeGreaterThan(1024);
					const result = step.result.ports.find((item) => item.port === port)!;
					expect(result.address, where).toBe('127.0.0.1');
					expect(
						result.phases.some((phase) => phase.phase === 'connect' && phase.isOk),
						where,
					).toBe(true);
				}

				// And they are gone: nothing listens on the station's ports any more.
				for (const port of step.stationPorts) {
					expect(await isListening(port.realPort), `${where}: ${port.realPort}`).toBe(false);
				}

				// A login step never shows the practice password, not even in part.
				const text = JSON.stringify(step.result);
				expect(text).not.toContain(practiceLogin.secret);
				expect(text).not.toContain(Buffer.from(practiceLogin.secret).toString('base64'));
				expect(text).not.toContain(
					Buffer.from(`\0${practiceLogin.user}\0${practiceLogin.secret}`).toString('base64'),
				);
			}

			expect(run.isAsPlanned).toBe(true);
		});
	},
);
