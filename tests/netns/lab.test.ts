// The lab itself: the guard holds, servers answer, rules and routes take effect and go away,
// names exist only inside the client namespace, and destroy leaves nothing behind.
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {type Lab, labAddresses, labNamespaces} from '../helpers/netns.js';
import {createRequiredLab, reportSkip, shouldSkipNetns} from './netns-support.js';

reportSkip();

describe.skipIf(shouldSkipNetns)('netns lab', () => {
	let lab: Lab;

	beforeAll(async () => {
		lab = await createRequiredLab();
		await lab.server([labAddresses.server.ipv4, labAddresses.server.ipv6], {ports: [25, 465]});
	});

	afterAll(async () => {
		await lab?.destroy();
	});

	test('the guard: only lab links, documentation addresses, unreachable defaults', async () => {
		await lab.assertIsolated();
		// Anything outside the documentation prefixes fails inside the client, before a packet is sent.
		for (const address of ['10.255.255.53', '8.8.8.8', '2606:4700:4700::1111']) {
			const got = await lab.connect(address, 25);
			expect(got.result, address).toBe('EHOSTUNREACH');
		}
	});

	test('a server in the server namespace answers over both families', async () => {
		expect((await lab.connect(labAddresses.server.ipv4, 25)).result).toBe('connected');
		expect((await lab.connect(labAddresses.server.ipv6, 465)).result).toBe('connected');
	});

	test('a rule takes effect and is removed again', async () => {
		const unblock = await lab.block({at: 'router', action: 'tcp-reset', ports: [25], family: 4});
		expect((await lab.connect(labAddresses.server.ipv4, 25)).result).toBe('ECONNREFUSED');
		expect((await lab.connect(labAddresses.server.ipv6, 25)).result).toBe('connected');
		await unblock();
		expect((await lab.connect(labAddresses.server.ipv4, 25)).result).toBe('connected');
	});

	test('a name from ClientRunOptions.hosts resolves in the client namespace only', async () => {
		const script =
			"require('node:dns').lookup('dual.lab.example', {all: true}, (e, a) => console.log(e ? e.code : JSON.stringify(a)))";
		const inside = await lab.runInClient([process.execPath, '-e', script], {
			hosts: {'dual.lab.example': [labAddresses.server.ipv4, labAddresses.server.ipv6]},
		});
		// Both records, in whatever order getaddrinfo prefers (RFC 6724 puts IPv6 first here).
		expect(JSON.parse(inside.stdout)).toEqual(
			expect.arrayContaining([
				{address: labAddresses.server.ipv4, family: 4},
				{address: labAddresses.server.ipv6, family: 6},
			]),
		);
		const without = await lab.runInClient([process.execPath, '-e', script]);
		expect(without.stdout.trim()).toMatch(/^E/);
	});

	test('destroy removes every namespace of the lab', async () => {
		const other = await createRequiredLab();
		expect(labNamespaces().filter((name) => name.startsWith(other.prefix))).toHaveLength(3);
		await other.server(labAddresses.server.ipv4, {ports: [25], tls: false});
		await other.destroy();
		expect(labNamespaces().filter((name) => name.startsWith(other.prefix))).toEqual([]);
	});
});
