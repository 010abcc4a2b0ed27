import {expect, it} from 'vitest';
import {createTheme, wantsColor} from '../../source/ui/theme.js';

it('honours NO_COLOR and FORCE_COLOR=0', () => {
	expect(wantsColor({})).toBe(true);
	expect(wantsColor({NO_COLOR: '1'})).toBe(false);
	expect(wantsColor({NO_COLOR: ''})).toBe(true);
	expect(wantsColor({FORCE_COLOR: '0'})).toBe(false);
	expect(wantsColor({FORCE_COLOR: '1'})).toBe(true);
});

it('gives no colour at all without colour, and one per meaning with it', () => {
	const plain = createTheme(false);
	const coloured = createTheme(true);
	for (const tone of ['ok', 'warn', 'fail', 'info', 'muted', 'pending', 'accent', 'lab'] as const) {
		expect(plain.color(tone)).toBeUndefined();
		expect(coloured.color(tone)).toEqual(expect.any(String));
	}

	expect(coloured.color('ok')).not.toBe(coloured.color('fail'));
});
