// The one Diagnosis on 30+ multi-port scenarios, each a set of real loopback servers
// (tests/report/scenarios.ts): every output (plain, JSON, Markdown and the TUI) names the same
// conclusion and recommendation, and no sentence recommends a port that failed or was not
// probed, or says an unprobed port "did not work" (issue 10, rule 1).
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {runProbe} from '../../source/engine/index.js';
import type {ProbeOptions, RunResult} from '../../source/engine/types.js';
import {catalogues} from '../helpers/catalogue.js';
import {diagnose, type Diagnosis} from '../../source/report/diagnosis.js';
import {formatJson} from '../../source/report/format-json.js';
import {formatMarkdownReport} from '../../source/report/format-markdown.js';
import {formatPlain} from '../../source/report/format-plain.js';
import {stateFromResult} from '../../source/state/probe-reducer.js';
import type {AppServices} from '../../source/ui/app/services.js';
import {
	scenarioCertificates,
	startPort,
	type ScenarioCertificates,
} from '../helpers/scenario-servers.js';
import type {TestServer} from '../helpers/servers.js';
import {mountApp} from '../ui/app-harness.js';
import {waitForFrame} from '../ui/ui-helpers.js';
import {jsonReportSchema} from './json-schema.js';
import {scenarios, type Scenario} from './scenarios.js';

let certs: ScenarioCertificates;

beforeAll(async () => {
	certs = await scenarioCertificates();
}, 60_000);

type Started = {
	readonly portMap: Record<number, number>;
	readonly servers: TestServer[];
	close(): Promise<void>;
};

async function startScenario(scenario: Scenario): Promise<Started> {
	const portMap: Record<number, number> = {};
	const servers: TestServer[] = [];
	for (const [displayed, spec] of Object.entries(scenario.ports)) {
		const started = await startPort(spec!, certs);
		portMap[Number(displayed)] = started.port;
		if (started.server) {
			servers.push(started.server);
		}
	}

	return {
		portMap,
		servers,
		async close() {
			await Promise.all(servers.map(async (server) => server.close()));
		},
	};
}

function probeOptions(scenario: Scenario, portMap: Record<number, number>): ProbeOptions {
	const greeting = scenario.greetingMs ?? 2000;
	return {
		ports: Object.keys(scenario.ports).map(Number),
		mode: scenario.mode ?? 'auto',
		timeouts: {connect: 2000, greeting, command: 2000, tls: 2000},
		ehloName: 'client.test',
		family: 4,
		ca: [certs.ca.cert],
		portMap,
		plainSilenceMs: 300,
		...(scenario.user
			? {credentials: {user: scenario.user.name, secret: scenario.user.secret}}
			: {}),
	};
}

function diagnosed(scenario: Scenario, result: RunResult): Diagnosis {
	return diagnose(stateFromResult(result), {
		catalogue: catalogues.en,
		...(scenario.user ? {user: scenario.user.name} : {}),
	});
}

const portNumber = /\b(25|465|587|2525)\b/g;
const recommends = /\b(use|try|switch|choose|set)\b/i;

/** The ports that work in this run (the only ones a sentence may send the user to). */
function workingPorts(diagnosis: Diagnosis): Set<string> {
	return new Set(
		diagnosis.allRows
			.filter((row) => row.verdict && (row.status === 'ok' || row.status === 'warn'))
			.filter((row) =>
				['implicit-tls-ok', 'starttls-ok', 'plain-only'].includes(row.verdict!.verdict.code),
			)
			.map((row) => String(row.port)),
	);
}

/**
 * Rule 1 over a whole output: in each port's section (own = that port) and outside them, a
 * sentence that tells the user to use/try/choose a port names only ports that worked (or its
 * own); "N did not work" only for a port probed here that failed.
 */
function ruleOneViolations(text: string, diagnosis: Diagnosis, sectionStart: RegExp): string[] {
	const working = workingPorts(diagnosis);
	const probed = new Map(diagnosis.allRows.map((row) => [String(row.port), row.status]));
	const violations: string[] = [];
	let own: string | undefined;
	for (const line of text.split('\n')) {
		const section = sectionStart.exec(line);
		if (section) {
			own = section[1];
		} else if (/^(Recommended settings|## Recommended settings|No port|Preset )/.test(line)) {
			own = undefined;
		}

		for (const sentence of line.split(/(?<=[.!?])\s+/)) {
			const ports = [...sentence.matchAll(portNumber)].map((match) => match[1]!);
			if (recommends.test(sentence)) {
				for (const port of ports) {
					if (port !== own && !working.has(port)) {
						violations.push(`recommends ${port}: ${sentence}`);
					}
				}
			}

			for (const match of sentence.matchAll(/\b(25|465|587|2525) did not work/g)) {
				const status = probed.get(match[1]!);
				if (status === undefined || status === 'ok') {
					violations.push(`claims ${match[1]} did not work: ${sentence}`);
				}
			}
		}
	}

	return violations;
}

describe.each(scenarios.map((scenario) => [scenario.name, scenario] as const))(
	'%s',
	(_name, scenario) => {
		let started: Started;
		let result: RunResult;
		let diagnosis: Diagnosis;

		beforeAll(async () => {
			started = await startScenario(scenario);
			result = await runProbe('127.0.0.1', probeOptions(scenario, started.portMap));
			diagnosis = diagnosed(scenario, result);
		}, 60_000);

		afterAll(async () => {
			await started.close();
		});

		test('the conclusion and recommendation', () => {
			const {conclusion, recommendation} = diagnosis;
			expect({outcome: conclusion.outcome, reason: conclusion.reason}).toEqual({
				outcome: scenario.expect.outcome,
				reason: scenario.expect.reason,
			});
			expect(
				recommendation ? {port: recommendation.port, encryption: recommendation.encryption} : null,
			).toEqual(scenario.expect.recommendation);
		});

		test('plain, JSON and Markdown name the same conclusion and setting', () => {
			const plain = formatPlain(diagnosis);
			const markdown = formatMarkdownReport(diagnosis);
			const json = jsonReportSchema.parse(JSON.parse(formatJson(diagnosis)));
			expect(json.outcome).toBe(diagnosis.conclusion.outcome);
			expect(json.outcomeReason).toBe(diagnosis.conclusion.reason);
			expect(json.recommendation?.port ?? null).toBe(diagnosis.recommendation?.port ?? null);
			const {sentence} = diagnosis.conclusion;
			if (sentence) {
				expect(plain).toContain(sentence);
				expect(markdown.replaceAll('\\', '')).toContain(sentence);
				expect(json.outcomeSummary).toBe(sentence);
			}

			if (diagnosis.recommendation) {
				expect(plain).toContain(diagnosis.recommendation.line);
				expect(json.recommendation?.line).toBe(diagnosis.recommendation.line);
			}

			const all = `${plain}\n${markdown}\n${JSON.stringify(json)}`;
			for (const text of scenario.expect.contains ?? []) {
				expect(all).toContain(text);
			}

			for (const text of scenario.expect.lacks ?? []) {
				expect(all).not.toContain(text);
			}
		});

		test('no sentence recommends a port that failed or was not probed (rule 1)', () => {
			const plain = formatPlain(diagnosis);
			const markdown = formatMarkdownReport(diagnosis);
			expect(ruleOneViolations(plain, diagnosis, /^Port (\d+) {2}/)).toEqual([]);
			expect(ruleOneViolations(markdown, diagnosis, /^### Port (\d+):/)).toEqual([]);
			const json = jsonReportSchema.parse(JSON.parse(formatJson(diagnosis)));
			const jsonLines = [
				...json.ports.flatMap((port) => [`Port ${port.port}  `, port.advice, ...port.notes]),
				'Recommended settings',
				json.outcomeSummary ?? '',
				json.conclusion.nextStep ?? '',
				json.recommendation?.why ?? '',
			];
			expect(ruleOneViolations(jsonLines.join('\n'), diagnosis, /^Port (\d+) {2}/)).toEqual([]);
		});

		test('the TUI shows the same conclusion', async () => {
			const again = await startScenario(scenario);
			const options = probeOptions(scenario, again.portMap);
			const app = await mountApp({
				initialRequest: {host: '127.0.0.1', ports: options.ports, title: 'Scenario'},
				...(scenario.user ? {login: {user: scenario.user.name, secret: scenario.user.secret}} : {}),
				wrapServices: (services: AppServices) => ({
					...services,
					probeHost: (host, given) =>
						services.probeHost(host, {
							...given,
							mode: options.mode,
							timeouts: options.timeouts,
							ca: options.ca,
							portMap: again.portMap,
							plainSilenceMs: 300,
						}),
				}),
			});
			try {
				app.stdout.resize(160, 80);
				const {conclusion, recommendation} = diagnosis;
				const expected =
					conclusion.outcome === 'works' && recommendation
						? `Port ${recommendation.port} - Encryption ${recommendation.encryptionLabel}`
						: (conclusion.sentence ?? '').slice(0, 60);
				// The area under the table is laid out a frame after the table itself.
				const frame = await waitForFrame(
					app.lastFrame,
					(current) => current.replaceAll(/\s+/g, ' ').includes(expected),
					30_000,
				);
				expect(frame).toContain(
					conclusion.outcome === 'works' ? 'Use these settings' : 'No port works',
				);
				// Rule 8: after a login in the app, the settings line says who logged in.
				if (scenario.user && recommendation?.isLoggedIn) {
					await waitForFrame(
						app.lastFrame,
						(current) =>
							current
								.replaceAll(/\s+/g, ' ')
								.includes(`logged in as ${scenario.user?.name ?? ''} ✓`),
						30_000,
					);
				}
			} finally {
				app.unmount();
				await app.settle();
				await again.close();
			}
		}, 60_000);
	},
);
