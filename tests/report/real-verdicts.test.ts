// Every verdict code through every formatter with the real verdict words (source/i18n/verdicts):
// no code without words, the JSON stays in the documented schema, nothing raw reaches a terminal.
import {diagnose} from '../../source/report/diagnosis.js';
import {stateFromResult} from '../../source/state/probe-reducer.js';
import {expect, test} from 'vitest';
import {severityOf} from '../../source/engine/verdict.js';
import {verdictCodes, type PortResult, type RunResult} from '../../source/engine/types.js';
import {formatJson, formatMarkdownReport, formatPlain} from '../../source/report/index.js';
import {catalogues} from '../helpers/catalogue.js';
import {jsonReportSchema} from './json-schema.js';
import {hostile} from './sample-results.js';

const params = {
	port: 587,
	host: `mx${hostile}.test`,
	reply: `554 ${hostile}`,
	days: 3,
	address: '192.0.2.1',
};

const ports: PortResult[] = verdictCodes.map((code, index) => ({
	port: 1000 + index,
	requestedMode: 'auto',
	encryption: 'unknown',
	verdict: {code, severity: severityOf(code), params},
	findings: [],
	attempts: 1,
	phases: [],
	transcript: [],
	totalMs: index,
}));

const result: RunResult = {
	schemaVersion: 1,
	host: 'mx.example.test',
	startedAt: '2026-11-28T04:00:00.000Z',
	durationMs: 10,
	addresses: [],
	ports,
	isCancelled: false,
};

const controlBytes = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/;

test('every verdict code has words and fits the JSON schema', () => {
	const report = jsonReportSchema.parse(
		JSON.parse(formatJson(diagnose(stateFromResult(result), {catalogue: catalogues.en}))),
	);
	expect(report.ports).toHaveLength(verdictCodes.length);
	for (const port of report.ports) {
		expect(port.verdict.title, port.verdict.code).not.toBe(port.verdict.code);
		expect(port.verdict.summary.length, port.verdict.code).toBeGreaterThan(10);
	}
});

test('plain and Markdown reports with every verdict stay free of raw control bytes', () => {
	for (const lang of ['en', 'id'] as const) {
		expect(
			formatPlain(diagnose(stateFromResult(result), {catalogue: catalogues[lang]})),
		).not.toMatch(controlBytes);
		expect(
			formatMarkdownReport(diagnose(stateFromResult(result), {catalogue: catalogues[lang]})),
		).not.toMatch(controlBytes);
	}
});
