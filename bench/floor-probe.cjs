// The floor of any Node.js SMTP prober, for the start-up and memory figures: the least a Node
// program can do to learn what `check` learns about four ports, in parallel. Per port: connect,
// [implicit TLS], greeting, EHLO, [STARTTLS, TLS, EHLO again], QUIT (not waiting for 221);
// the certificate checked against Node's roots plus the --ca file (added to the default store,
// without re-parsing the roots). After STARTTLS the EHLO waits for the server's first TLS 1.3
// session ticket, so it carries the ticket's ACK and the server's Nagle does not hold the reply
// (a 40 ms delayed ACK on loopback otherwise). On 465 nothing can carry that ACK: the banner
// comes first, so its stall stays. Prints one line per port. No verdicts, no formatting.
// CommonJS, as smtp-doctor's check build is: an ES module would also start Node's ESM loader
// (~2.5 MiB and a few ms), which the least program does not need.
//   node bench/floor-probe.cjs HOST CA_FILE PORT[:implicit] ...
'use strict';
const {readFileSync} = require('node:fs');
const net = require('node:net');
const tls = require('node:tls');

const [host, caFile, ...ports] = process.argv.slice(2);
const context = tls.createSecureContext();
context.context.addCACert(readFileSync(caFile, 'utf8'));

function replies(socket) {
	let buffer = '';
	let waiter;
	const queue = [];
	const onData = (chunk) => {
		buffer += chunk;
		let index;
		while ((index = buffer.indexOf('\r\n')) !== -1) {
			const line = buffer.slice(0, index);
			buffer = buffer.slice(index + 2);
			if (line[3] !== '-') {
				queue.push(line);
			}
		}

		if (queue.length > 0 && waiter) {
			waiter(queue.shift());
			waiter = undefined;
		}
	};

	socket.setEncoding('latin1');
	socket.on('data', onData);
	return {
		next: async () =>
			queue.length > 0
				? queue.shift()
				: new Promise((resolve) => {
						waiter = resolve;
					}),
		stop: () => socket.removeListener('data', onData),
	};
}

async function secure(socket) {
	const secured = tls.connect({socket, host, secureContext: context, rejectUnauthorized: false});
	// Resolved out of the event: a write made inside Node's TLS read waits for the next read.
	secured.ticket = new Promise((resolve) => {
		secured.once('session', () => setImmediate(resolve));
		setTimeout(resolve, 200).unref();
	});
	await new Promise((resolve, reject) => {
		secured.once('secureConnect', resolve);
		secured.once('error', reject);
	});
	return secured;
}

async function probe(spec) {
	const [portText, how] = spec.split(':');
	let socket = net.connect({host, port: Number(portText), noDelay: true});
	await new Promise((resolve, reject) => {
		socket.once('connect', resolve);
		socket.once('error', reject);
	});
	if (how === 'implicit') {
		socket = await secure(socket);
	}

	let reader = replies(socket);
	await reader.next();
	socket.write('EHLO floor.test\r\n');
	const ehlo = await reader.next();
	if (how !== 'implicit') {
		socket.write('STARTTLS\r\n');
		await reader.next();
		reader.stop();
		socket = await secure(socket);
		reader = replies(socket);
		await socket.ticket;
		socket.write('EHLO floor.test\r\n');
		await reader.next();
	}

	socket.write('QUIT\r\n');
	const line = `${spec} ${ehlo.slice(0, 3)} ${socket.getProtocol()} trusted=${socket.authorized} ${socket.authorizationError ?? ''}`;
	socket.destroy();
	return line;
}

void Promise.all(ports.map(async (spec) => probe(spec))).then((lines) => {
	process.stdout.write(`${lines.join('\n')}\n`);
});
