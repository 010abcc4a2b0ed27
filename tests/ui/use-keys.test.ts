import type {Key} from 'ink';
import {expect, test} from 'vitest';
import {splitChunk} from '../../source/ui/hooks/use-keys.js';

const none = {ctrl: false, meta: false} as Key;

test('a plain chunk becomes one key per character, Enter/Tab/Backspace/Esc mapped', () => {
	const keys = splitChunk('aB\r\t\u007F\u001B\u0001', none);
	expect(keys.map((k) => k.input)).toEqual(['a', 'B', '', '', '', '']);
	expect(keys[1]?.key.shift).toBe(true);
	expect(keys[2]?.key.return).toBe(true);
	expect(keys[3]?.key.tab).toBe(true);
	expect(keys[4]?.key.backspace).toBe(true);
	expect(keys[5]?.key.escape).toBe(true);
});

test('single keys and ctrl keys pass through unchanged', () => {
	const key = {...none, downArrow: true};
	expect(splitChunk('', key)).toEqual([{input: '', key}]);
	expect(splitChunk('j', none)).toEqual([{input: 'j', key: none}]);
});
