// Text defects seen in the app, each pinned: double spaces, repeated codes, a greeting without
// its code, a timeline that runs past its total, wrapped lines that lose their columns or
// start with a space, hints cut in the middle.
import {describe, expect, it} from 'vitest';
import {makeVerdict} from '../../source/engine/verdict.js';
import type {PortResult} from '../../source/engine/types.js';
import {initialProbeState, type PortRowState} from '../../source/state/index.js';
import {describeVerdict} from '../../source/i18n/verdicts/index.js';
import {buildDetailLines, wrapPaneLines} from '../../source/ui/probe/detail-lines.js';
import {prewrap} from '../../source/ui/probe/session-helpers.js';
import {fitHints} from '../../source/ui/widgets/key-hints.js';

const describeEn = (verdict: Parameters<typeof describeVerdict>[0]) =>
	describeVerdict(verdict, 'en');
const base = initialProbeState({host: 'smtp.example.test', ports: [587]}).rows[0]!;

function row(change: Partial<PortRowState>): PortRowState {
	return {...base, progress: 'done', ...change};
}

const texts = (state: PortRowState) => buildDetailLines(state, describeEn).map((line) => line.text);

describe('port detail words', () => {
	it('a certificate checked without a name says so, with single spaces', () => {
		const lines = texts(
			row({
				tls: {
					protocol: 'TLSv1.3',
					cipher: 'TLS_AES_256_GCM_SHA384',
					servername: '',
					isTrusted: true,
					isHostnameMatch: false,
					handshakeMs: 12,
				},
			}),
		);
		expect(lines).toContain('Name (no name sent) on the certificate: no');
		expect(lines.join('\n')).not.toMatch(/\S {2}\S/);
	});

	it('a login reply names its enhanced code once; a login without a method has no "AUTH )"', () => {
		const auth = {
			mechanism: 'PLAIN',
			verdict: makeVerdict('auth-ok', {mechanism: 'PLAIN'}),
			reply: {code: 235, enhancedCode: '2.7.0', lines: ['2.7.0 Authentication successful']},
		};
		const result = {port: 587, auth} as unknown as PortResult;
		expect(texts(row({result}))).toContain('Server replied 235 2.7.0 Authentication successful');
		const unnamed = {port: 587, auth: {...auth, mechanism: ''}} as unknown as PortResult;
		const lines = texts(row({result: unnamed}));
		expect(lines).toContain('Login (AUTH)');
		expect(lines.join('\n')).not.toContain('AUTH )');
	});

	it('the greeting keeps its reply code', () => {
		const lines = texts(
			row({
				greeting: '5.7.1 your IP address is on a block list',
				phases: [
					{phase: 'connect', attempt: 1, startMs: 3, durationMs: 5, isOk: true},
					{phase: 'greeting', attempt: 1, startMs: 8, durationMs: 75, isOk: false, detail: '554'},
				],
			}),
		);
		expect(lines).toContain('Greeting: 554 5.7.1 your IP address is on a block list');
	});

	it('the timeline counts from the port\'s start and ends where "Total" says', () => {
		// The engine counts from the run's start: this port began 80 ms into the run.
		const lines = texts(
			row({
				totalMs: 84,
				phases: [
					{phase: 'connect', attempt: 1, startMs: 80, durationMs: 2, isOk: true},
					{phase: 'greeting', attempt: 1, startMs: 82, durationMs: 80, isOk: true, detail: '220'},
					{phase: 'quit', attempt: 1, startMs: 162, durationMs: 2, isOk: true, detail: '221'},
				],
			}),
		);
		const offsets = lines.flatMap((line) => {
			const match = /^\S (\w+)\s+\+\s*(\d+) ms\s+(\d+) ms/.exec(line);
			return match ? [Number(match[2]) + Number(match[3])] : [];
		});
		expect(offsets).toEqual([2, 82, 84]);
		expect(lines).toContain('Total 84 ms');
	});
});

describe('wrapping', () => {
	it('a wrapped transcript line keeps its columns and continues under its text', () => {
		const [first, second, third] = wrapPaneLines(
			[
				{
					text: '   83 ms     S: 554 5.7.1 lab: your IP address is on a block list',
					hang: 16,
				},
			],
			40,
		);
		expect(first?.text).toBe('   83 ms     S: 554 5.7.1 lab: your IP');
		expect(second?.text).toBe('                address is on a block');
		expect(third?.text).toBe('                list');
	});

	it('text wrapped before Ink sees it starts no line with a space', () => {
		const text = 'Check the port number; this provider may not offer port 40933 — try 465 or 587.';
		for (const width of [20, 33, 47]) {
			const lines = prewrap(text, width).split('\n');
			expect(lines.length).toBeGreaterThan(1);
			for (const line of lines) {
				expect(line).not.toMatch(/^\s/);
				expect(line.length).toBeLessThanOrEqual(width);
			}
		}
	});

	it('key hints are cut between hints, never inside one', () => {
		const hints = '↑↓ move · Enter details · p port again · r re-run · o options · s save · ? help';
		expect(fitHints(hints, 60)).toBe('↑↓ move · Enter details · p port again · r re-run');
		expect(fitHints(hints, 61)).toBe(
			'↑↓ move · Enter details · p port again · r re-run · o options',
		);
		expect(fitHints(hints, 80)).toBe(hints);
		expect(fitHints(hints, 10)).toBe('↑↓ move');
	});
});
