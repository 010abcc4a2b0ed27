import {expect, it} from 'vitest';
import {defaultTimeouts} from '../../source/engine/types.js';
import {createSettleTracker, initialRequestFor} from '../../source/ui/app/run-app.js';
import {testAppOptions} from './app-harness.js';

it('opens the lab for --lab, the host for HOST, the preset for --preset, Home otherwise', () => {
	expect(initialRequestFor(testAppOptions)).toBeUndefined();
	expect(initialRequestFor({...testAppOptions, lab: true})).toMatchObject({
		host: 'smtp.lab.test',
		ports: [25, 465, 587, 2525],
		lab: 'provider-like',
		authHint: expect.stringContaining('any name and password (a demo login') as unknown,
	});
	expect(initialRequestFor({...testAppOptions, host: 'mail.example.test', ports: [587]})).toEqual({
		host: 'mail.example.test',
		ports: [587],
		title: 'mail.example.test',
	});
	expect(
		initialRequestFor({
			...testAppOptions,
			preset: 'hostinger',
			presetProbe: {
				presetId: 'hostinger',
				presetName: 'Hostinger Email',
				host: 'smtp.hostinger.com',
				ports: [25, 465, 587, 2525],
				notOfferedPorts: [25, 2525],
				unconfirmedPorts: [],
				expected: [],
				recommendedPort: 465,
			},
			timeouts: defaultTimeouts,
		}),
	).toEqual({
		host: 'smtp.hostinger.com',
		ports: [25, 465, 587, 2525],
		notOfferedPorts: [25, 2525],
		title: 'Hostinger Email',
	});
});

it("HOST --preset ID probes HOST with the preset's expectations, and compares", () => {
	const compare = () => 'agrees' as const;
	const request = initialRequestFor(
		{
			...testAppOptions,
			host: 'mail.example.test',
			ports: [465, 587],
			preset: 'hostinger',
			presetProbe: {
				presetId: 'hostinger',
				presetName: 'Hostinger Email',
				host: 'smtp.hostinger.com',
				ports: [25, 465, 587, 2525],
				notOfferedPorts: [25, 2525],
				unconfirmedPorts: [],
				expected: [
					{port: 465, encryption: 'implicit-tls', certainty: 'confirmed', isRecommended: true},
				],
				recommendedPort: 465,
			},
		},
		'provider-like',
		compare,
	);
	expect(request).toMatchObject({
		host: 'mail.example.test',
		ports: [465, 587],
		title: 'Hostinger Email · mail.example.test',
		preset: {
			name: 'Hostinger Email',
			claims: [
				{port: 465, encryption: 'implicit-tls', certainty: 'confirmed', isRecommended: true},
			],
			compare,
		},
	});
});

it('waits for tracked work, but never longer than the limit', async () => {
	const tracker = createSettleTracker();
	let isDone = false;
	tracker.add(
		new Promise<void>((resolve) => {
			setImmediate(() => {
				isDone = true;
				resolve();
			});
		}),
	);
	tracker.add(Promise.reject(new Error('ignored')));
	await tracker.settle(5000);
	expect(isDone).toBe(true);
	const never = new Promise(() => undefined);
	tracker.add(never);
	const started = Date.now();
	await tracker.settle(50);
	expect(Date.now() - started).toBeLessThan(1000);
});
