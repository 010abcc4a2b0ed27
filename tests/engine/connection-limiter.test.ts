// The batch limiter on its own: totals, per-key caps, arrival order, aborts, double releases.
import {describe, expect, it} from 'vitest';
import {
	createConnectionLimiter,
	type ConnectionRelease,
} from '../../source/engine/connection-limiter.js';

describe('createConnectionLimiter', () => {
	it('never holds more than maxTotal slots, and serves waiters in arrival order', async () => {
		const limiter = createConnectionLimiter({maxTotal: 3, maxPerKey: 10});
		const granted: number[] = [];
		const releases: ConnectionRelease[] = [];
		const all = Array.from({length: 10}, async (_, index) => {
			const release = await limiter.acquire(`10.0.0.${index}`);
			granted.push(index);
			releases.push(release!);
			expect(limiter.inFlight()).toBeLessThanOrEqual(3);
		});
		await Promise.resolve();
		expect(granted).toEqual([0, 1, 2]);
		expect(limiter.waiting()).toBe(7);
		while (releases.length > 0) {
			releases.shift()!();
			await Promise.resolve();
			await Promise.resolve();
		}

		await Promise.all(all);
		expect(granted).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
		expect(limiter.peak()).toBe(3);
		expect(limiter.inFlight()).toBe(0);
	});

	it('caps one key at maxPerKey without holding up other keys', async () => {
		const limiter = createConnectionLimiter({maxTotal: 4, maxPerKey: 2});
		const a1 = await limiter.acquire('a');
		const a2 = await limiter.acquire('a');
		let a3: ConnectionRelease | undefined;
		const waitingA = limiter.acquire('a').then((release) => {
			a3 = release;
		});
		// 'b' arrives after the third 'a' but is served at once: 'a' is full, the total is not.
		const b1 = await limiter.acquire('b');
		expect(limiter.inFlightFor('a')).toBe(2);
		expect(limiter.inFlightFor('b')).toBe(1);
		expect(a3).toBeUndefined();
		a1!();
		await waitingA;
		expect(a3).toBeDefined();
		expect(limiter.inFlightFor('a')).toBe(2);
		a2!();
		a3!();
		b1!();
		expect(limiter.inFlight()).toBe(0);
	});

	it('a release counts once, however often it is called', async () => {
		const limiter = createConnectionLimiter({maxTotal: 1, maxPerKey: 1});
		const first = await limiter.acquire('x');
		first!();
		first!();
		expect(limiter.inFlight()).toBe(0);
		const second = await limiter.acquire('x');
		first!();
		expect(limiter.inFlight()).toBe(1);
		second!();
	});

	it('an aborted waiter leaves the queue and holds nothing', async () => {
		const limiter = createConnectionLimiter({maxTotal: 1, maxPerKey: 1});
		const held = await limiter.acquire('x');
		const controller = new AbortController();
		const waiting = limiter.acquire('y', controller.signal);
		expect(limiter.waiting()).toBe(1);
		controller.abort();
		await expect(waiting).resolves.toBeUndefined();
		expect(limiter.waiting()).toBe(0);
		held!();
		expect(limiter.inFlight()).toBe(0);
		await expect(limiter.acquire('z', controller.signal)).resolves.toBeUndefined();
		expect(limiter.inFlight()).toBe(0);
	});

	it('rejects limits below 1', () => {
		expect(() => createConnectionLimiter({maxTotal: 0, maxPerKey: 2})).toThrow(RangeError);
		expect(() => createConnectionLimiter({maxTotal: 2, maxPerKey: 1.5})).toThrow(RangeError);
	});
});
