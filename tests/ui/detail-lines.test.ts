import {translator} from '../helpers/catalogue.js';
import {describe, expect, it} from 'vitest';
import {initialProbeState} from '../../source/state/index.js';
import {buildDetailLines} from '../../source/ui/probe/detail-lines.js';

describe('port detail lines', () => {
	it('says "not reached" when the encryption was never learned', () => {
		const [row] = initialProbeState({host: 'smtp.example.test', ports: [465]}).rows;
		const lines = buildDetailLines(
			row!,
			() => ({title: '', summary: '', advice: ''}),
			translator('en'),
		);
		const timeline = lines.find((line) => line.text.startsWith('Timeline'));
		expect(timeline?.text).toBe('Timeline (encryption not reached, 0 connections)');
	});
});
