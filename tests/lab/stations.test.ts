// Every practice station starts real servers on 127.0.0.1 ephemeral ports and closes them all.
import net from 'node:net';
import tls from 'node:tls';
import {expect, it} from 'vitest';
import {startStation, stationIds} from '../../source/lab/stations.js';

async function firstBytes(port: number, isTls: boolean, servername: string): Promise<string> {
	return new Promise((resolve, reject) => {
		const socket = isTls
			? tls.connect({port, host: '127.0.0.1', servername, rejectUnauthorized: false})
			: net.connect(port, '127.0.0.1');
		socket.setEncoding('utf8');
		socket.once('data', (text: string) => {
			socket.destroy();
			resolve(text);
		});
		socket.once('error', reject);
	});
}

async function isListening(port: number): Promise<boolean> {
	return new Promise((resolve) => {
		const socket = net.connect(port, '127.0.0.1');
		socket.once('connect', () => {
			socket.destroy();
			resolve(true);
		});
		socket.once('error', () => {
			resolve(false);
		});
	});
}

it('starts each station on ephemeral loopback ports and releases them on close', async () => {
	for (const id of stationIds) {
		const station = await startStation(id);
		expect(station.connectHost).toBe('127.0.0.1');
		expect(station.ports.length).toBeGreaterThan(0);
		for (const port of station.ports) {
			expect(port.realPort, `${id}:${port.displayPort}`).toBeGreaterThan(1024);
			expect(station.portMap[port.displayPort]).toBe(port.realPort);
			expect(port.standsFor.length).toBeGreaterThan(5);
		}

		await station.close();
		for (const port of station.ports) {
			expect(await isListening(port.realPort), `${id}:${port.displayPort}`).toBe(false);
		}
	}
});

it('plays what the stations say: a greeting in clear, TLS first, a 421, a silent port', async () => {
	const starttls = await startStation('starttls-587');
	const implicit = await startStation('implicit-465');
	const limited = await startStation('rate-limit-587');
	const blocked = await startStation('outbound-25-blocked');
	try {
		expect(await firstBytes(starttls.portMap[587]!, false, '')).toMatch(/^220 smtp\.lab\.test /);
		expect(await firstBytes(implicit.portMap[465]!, true, 'smtp.lab.test')).toMatch(/^220 /);
		expect(await firstBytes(limited.portMap[587]!, false, '')).toMatch(/^421 4\.7\.0 /);
		// The stand-in accepts and says nothing: a connection opens, no byte comes.
		const socket = net.connect(blocked.portMap[25]!, '127.0.0.1');
		await new Promise<void>((resolve, reject) => {
			socket.once('connect', resolve);
			socket.once('error', reject);
		});
		let received = 0;
		socket.on('data', (chunk: Buffer) => {
			received += chunk.length;
		});
		const closed = new Promise<void>((resolve) => {
			socket.once('close', () => {
				resolve();
			});
		});
		socket.on('error', () => undefined);
		socket.write('EHLO practice.test\r\n');
		// Closing the station ends the connection: by then it has sent not one byte.
		await blocked.close();
		await closed;
		expect(received).toBe(0);
	} finally {
		await Promise.all([starttls, implicit, limited, blocked].map(async (item) => item.close()));
	}
});
