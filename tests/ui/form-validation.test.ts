import {translator} from '../helpers/catalogue.js';
import {describe, expect, it} from 'vitest';
import {checkHost, checkPorts} from '../../source/ui/screens/form-validation.js';

const en = translator('en');

describe('checkHost', () => {
	it.each(['smtp.hostinger.com', 'SMTP.Example.COM.', 'localhost', '127.0.0.1', '::1', 'a-b.c'])(
		'accepts %s',
		(host) => {
			expect(checkHost(host, en).error).toBeUndefined();
		},
	);

	it.each([
		['', /Type the SMTP host/],
		['   ', /Type the SMTP host/],
		['smtp.example.com:587', /no spaces, slashes, colons/],
		['user@example.com', /no spaces, slashes, colons/],
		['-bad.example.com', /"-bad" is not a valid part/],
		['a..b', /"" is not a valid part/],
		['under_score.example', /not a valid part/],
		[`${'a'.repeat(64)}.com`, /not a valid part/],
	])('rejects %j', (host, message) => {
		expect(checkHost(host, en).error).toMatch(message);
	});

	it('lower-cases and drops the trailing dot', () => {
		expect(checkHost(' SMTP.Example.COM. ', en)).toEqual({value: 'smtp.example.com'});
	});
});

describe('checkPorts', () => {
	it('parses commas and spaces and drops duplicates', () => {
		expect(checkPorts('465, 587 587 2525', en)).toEqual({value: [465, 587, 2525]});
	});

	it.each([
		['', /at least one port/],
		['0', /"0" is not a number from 1 to 65535/],
		['70000', /"70000"/],
		['465,abc', /"abc"/],
		['1,2,3,4,5,6,7,8,9', /At most 8 ports/],
	])('rejects %j', (ports, message) => {
		expect(checkPorts(ports, en).error).toMatch(message);
	});

	it('accepts the edges 1 and 65535', () => {
		expect(checkPorts('1,65535', en)).toEqual({value: [1, 65_535]});
	});
});
