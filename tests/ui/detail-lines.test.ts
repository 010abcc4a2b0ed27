import {catalogues, translator} from '../helpers/catalogue.js';
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

describe('a verdict that touches a myth', () => {
	it('names the myth and its fact under the verdict, from the lessons', async () => {
		const {lessonCatalogView} = await import('../../source/lessons/index.js');
		const [pending] = initialProbeState({host: 'smtp.example.test', ports: [465]}).rows;
		const row = {
			...pending!,
			verdict: {code: 'implicit-tls-ok', severity: 'ok', params: {port: 465}},
		} as const;
		const words = () => ({title: 'Implicit TLS works', summary: 's', advice: 'a'});
		for (const [lang, expected] of [
			['en', 'Myth: "465 is deprecated": no. RFC 8314 (2018)'],
			['id', 'Mitos: "465 sudah usang": salah. RFC 8314 (2018)'],
		] as const) {
			const lines = buildDetailLines(
				row,
				words,
				translator(lang),
				(await lessonCatalogView(catalogues[lang])).mythsFor,
			);
			const texts = lines.map((line) => line.text);
			const index = texts.findIndex((text) => text.startsWith(expected));
			expect(index, texts.join('\n')).toBeGreaterThan(texts.indexOf('Implicit TLS works'));
			expect(lines[index]?.tone).toBe('info');
		}

		// A verdict that touches no myth adds nothing.
		const plain = buildDetailLines(
			{...row, verdict: {code: 'cert-expired', severity: 'fail', params: {}}},
			words,
			translator('en'),
			(await lessonCatalogView(catalogues['en'])).mythsFor,
		);
		expect(plain.some((line) => line.text.startsWith('Myth:'))).toBe(false);
	});
});
