// The app and the headless check build their engine options with one function, so a flag such
// as --servername cannot work in one and be ignored by the other.
import {expect, test} from 'vitest';
import {createServices} from '../../source/ui/app/create-services.js';
import {testAppOptions} from './app-harness.js';

test('the app passes every command-line engine option on, --servername and --ca included', () => {
	const services = createServices({
		...testAppOptions,
		servername: 'mail.example.test',
		ca: ['-----BEGIN CERTIFICATE-----'],
		dnsServer: '127.0.0.1:5353',
		family: 4,
	});
	expect(services.baseOptions).toMatchObject({
		servername: 'mail.example.test',
		ca: ['-----BEGIN CERTIFICATE-----'],
		dnsServer: '127.0.0.1:5353',
		family: 4,
		mode: testAppOptions.mode,
		ehloName: testAppOptions.ehlo,
	});
});
