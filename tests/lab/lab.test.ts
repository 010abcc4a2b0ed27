import net from 'node:net';
import tls from 'node:tls';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {labHostName, startLab, type Lab} from '../../source/lab/lab.js';

type Conversation = {
	readonly socket: net.Socket;
	read(): Promise<string>;
	say(line: string): Promise<string>;
};

/** Reads whole SMTP replies (last line has a space after the code). */
function converse(socket: net.Socket): Conversation {
	let buffer = '';
	let isClosed = false;
	let waiting: (() => void) | undefined;
	socket.setEncoding('utf8');
	socket.on('data', (chunk: string) => {
		buffer += chunk;
		waiting?.();
	});
	// One close listener for the whole conversation (not one per wait, which piled up).
	socket.once('close', () => {
		isClosed = true;
		waiting?.();
	});
	const read = async (): Promise<string> => {
		for (;;) {
			const match = /^(?:\d{3}-.*\r\n)*\d{3}(?: .*)?\r\n/.exec(buffer);
			if (match) {
				buffer = buffer.slice(match[0].length);
				return match[0];
			}

			if (isClosed) {
				throw new Error(`closed; buffer: ${buffer}`);
			}

			await new Promise<void>((resolve) => {
				waiting = resolve;
			});
			waiting = undefined;
		}
	};

	return {
		socket,
		read,
		async say(line) {
			socket.write(`${line}\r\n`);
			return read();
		},
	};
}

async function connectPlain(port: number): Promise<net.Socket> {
	return new Promise((resolve, reject) => {
		const socket = net.connect(port, '127.0.0.1', () => {
			resolve(socket);
		});
		socket.once('error', reject);
	});
}

async function upgrade(socket: net.Socket, ca: readonly string[]): Promise<tls.TLSSocket> {
	return new Promise((resolve, reject) => {
		socket.removeAllListeners('data');
		const secure = tls.connect(
			{socket, servername: labHostName, ca: [...ca], rejectUnauthorized: false},
			() => {
				resolve(secure);
			},
		);
		secure.once('error', reject);
	});
}

function realPort(lab: Lab, display: number): number {
	const port = lab.portMap[display];
	if (port === undefined) {
		throw new Error(`no port ${display}`);
	}

	return port;
}

describe('provider-like lab', () => {
	let lab: Lab;
	beforeAll(async () => {
		lab = await startLab('provider-like');
	});
	afterAll(async () => {
		await lab.close();
	});

	it('maps the four standard ports to real ephemeral ports', () => {
		expect(lab.ports.map((port) => port.displayPort)).toEqual([25, 465, 587, 2525]);
		for (const port of lab.ports) {
			expect(port.realPort).toBeGreaterThan(1024);
			expect(port.standsFor.length).toBeGreaterThan(5);
		}
	});

	it('refuses port 25 like a rejecting ISP firewall', async () => {
		await expect(connectPlain(realPort(lab, 25))).rejects.toMatchObject({code: 'ECONNREFUSED'});
	});

	it('speaks implicit TLS on 465 with a certificate only the lab CA trusts', async () => {
		const secure = await new Promise<tls.TLSSocket>((resolve, reject) => {
			const socket = tls.connect(
				{
					host: '127.0.0.1',
					port: realPort(lab, 465),
					servername: labHostName,
					ca: [...lab.ca],
				},
				() => {
					resolve(socket);
				},
			);
			socket.once('error', reject);
		});
		expect(secure.authorized).toBe(true);
		const smtp = converse(secure);
		expect(await smtp.read()).toMatch(/^220 /);
		const ehlo = await smtp.say('EHLO client.test');
		expect(ehlo).toContain('AUTH PLAIN LOGIN');
		secure.destroy();
	});

	it('offers STARTTLS on 587 and AUTH only after TLS', async () => {
		const socket = await connectPlain(realPort(lab, 587));
		const smtp = converse(socket);
		expect(await smtp.read()).toMatch(/^220 /);
		const before = await smtp.say('EHLO client.test');
		expect(before).toContain('STARTTLS');
		expect(before).not.toContain('AUTH');
		expect(await smtp.say('STARTTLS')).toMatch(/^220 /);
		const secure = await upgrade(socket, lab.ca);
		expect(secure.authorized).toBe(true);
		const after = await converse(secure).say('EHLO client.test');
		expect(after).toContain('AUTH PLAIN LOGIN');
		expect(after).not.toContain('STARTTLS');
		secure.destroy();
	});

	it('accepts any login after TLS (a demo mailbox) and a message with a made-up queue id', async () => {
		const socket = await connectPlain(realPort(lab, 587));
		const smtp = converse(socket);
		await smtp.read();
		await smtp.say('EHLO client.test');
		await smtp.say('STARTTLS');
		const secure = converse(await upgrade(socket, lab.ca));
		await secure.say('EHLO client.test');
		const plainAuth = Buffer.from('\0anyone\0anything').toString('base64');
		expect(await secure.say(`AUTH PLAIN ${plainAuth}`)).toMatch(/^235 /);
		expect(await secure.say('MAIL FROM:<a@example.test>')).toMatch(/^250 /);
		expect(await secure.say('RCPT TO:<b@example.test>')).toMatch(/^250 /);
		expect(await secure.say('DATA')).toMatch(/^354 /);
		expect(await secure.say('Subject: hi\r\n\r\nhello\r\n.')).toMatch(
			/^250 2\.0\.0 Ok: queued as LAB[0-9A-F]{10}\r\n$/,
		);
		secure.socket.destroy();
	});
});

describe('classic-mistakes lab', () => {
	let lab: Lab;
	beforeAll(async () => {
		lab = await startLab('classic-mistakes');
	});
	afterAll(async () => {
		await lab.close();
	});

	it('greets with 554 on 25', async () => {
		const smtp = converse(await connectPlain(realPort(lab, 25)));
		expect(await smtp.read()).toMatch(/^554 5\.7\.1 /);
		smtp.socket.destroy();
	});

	it('speaks plain text on 465', async () => {
		const smtp = converse(await connectPlain(realPort(lab, 465)));
		expect(await smtp.read()).toMatch(/^220 /);
		smtp.socket.destroy();
	});

	it('offers AUTH in clear and no STARTTLS on 587', async () => {
		const smtp = converse(await connectPlain(realPort(lab, 587)));
		await smtp.read();
		const ehlo = await smtp.say('EHLO client.test');
		expect(ehlo).toContain('AUTH PLAIN LOGIN');
		expect(ehlo).not.toContain('STARTTLS');
		// Refused, with the reply code once (not "535 535 ...").
		const plainAuth = Buffer.from('\0anyone\0anything').toString('base64');
		expect(await smtp.say(`AUTH PLAIN ${plainAuth}`)).toBe(
			'535 5.7.8 lab: this port takes no logins\r\n',
		);
		smtp.socket.destroy();
	});

	it('presents an expired certificate on 2525', async () => {
		const socket = await connectPlain(realPort(lab, 2525));
		const smtp = converse(socket);
		await smtp.read();
		await smtp.say('EHLO client.test');
		await smtp.say('STARTTLS');
		const secure = await upgrade(socket, lab.ca);
		expect(secure.authorized).toBe(false);
		expect(String(secure.authorizationError)).toBe('CERT_HAS_EXPIRED');
		secure.destroy();
	});
});
