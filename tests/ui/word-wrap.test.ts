import {expect, it} from 'vitest';
import {wordWrap} from '../../source/ui/widgets/word-wrap.js';

it('wraps at spaces within the width', () => {
	const lines = wordWrap('Port 465 is NOT deprecated: RFC 8314 made it the preferred one.', 20);
	expect(lines).toEqual([
		'Port 465 is NOT',
		'deprecated: RFC 8314',
		'made it the',
		'preferred one.',
	]);
	for (const line of lines) {
		expect(line.length).toBeLessThanOrEqual(20);
	}
});

it('cuts words longer than the width', () => {
	expect(wordWrap('x'.repeat(25), 10)).toEqual(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5)]);
});
