import {expect, test} from 'vitest';
import type {Verdict} from '../../source/engine/types.js';
import {
	formatStatus,
	initialProbeState,
	rowStatusDisplays,
	selectRowStatus,
	verdictStatusKind,
	encryptionLabel,
	formatDuration,
} from '../../source/state/index.js';

const ok: Verdict = {code: 'implicit-tls-ok', severity: 'ok', params: {}};

test('every kind has a distinct symbol and word, so status reads without colour', () => {
	const displays = Object.values(rowStatusDisplays);
	expect(new Set(displays.map((display) => display.symbol)).size).toBe(displays.length);
	expect(new Set(displays.map((display) => display.word)).size).toBe(displays.length);
	for (const display of displays) {
		expect([...display.symbol]).toHaveLength(1);
		expect(display.word.length).toBeLessThanOrEqual(4);
	}
});

test.each([
	[ok, [], 'ok'],
	[ok, [{code: 'cert-expiring-soon', severity: 'warn', params: {}}], 'warn'],
	[ok, [{code: 'auth-not-offered', severity: 'info', params: {}}], 'ok'],
	[{code: 'connection-refused', severity: 'fail', params: {}}, [], 'fail'],
	[{code: 'rate-limited', severity: 'info', params: {}}, [], 'info'],
	[{code: 'starttls-not-offered', severity: 'warn', params: {}}, [], 'warn'],
	[{code: 'cancelled', severity: 'info', params: {}}, [], 'skipped'],
] as Array<[Verdict, Verdict[], string]>)('%o with %o shows %s', (verdict, findings, kind) => {
	expect(verdictStatusKind(verdict, findings)).toBe(kind);
});

test('rows without a verdict are pending while running and skipped once the run is over', () => {
	const state = initialProbeState({host: 'h.test', ports: [25]});
	const row = state.rows[0]!;
	expect(formatStatus(selectRowStatus(row, state))).toBe('… WAIT');
	expect(formatStatus(selectRowStatus(row, {isFinished: true}))).toBe('○ SKIP');
});

test('labels use mail-client words and durations stay short', () => {
	expect(
		['implicit-tls', 'starttls', 'none', 'unknown'].map((value) =>
			encryptionLabel(value as 'none'),
		),
	).toEqual(['SSL/TLS', 'STARTTLS', 'NONE', '?']);
	expect(formatDuration(340.4)).toBe('340 ms');
	expect(formatDuration(12_345)).toBe('12.3 s');
	expect(formatDuration(Number.NaN)).toBe('-');
});
