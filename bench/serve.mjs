// The bench's TLS SMTP servers as a process of their own, for bench/link.mjs (it runs inside the
// server's network namespace). Reads the leaf key and certificate from files, listens on ports
// 25, 465, 587, 2525 of HOST and a TCP echo on port 7 (to time the link's round trip), prints
// "ready", and stops when stdin closes.
//   node bench/serve.mjs HOST KEY_FILE CERT_FILE
import {readFileSync} from 'node:fs';
import net from 'node:net';
import {startStandardServers} from './tls-servers.mjs';

const [host, keyFile, certFile] = process.argv.slice(2);
const certificates = {key: readFileSync(keyFile, 'utf8'), cert: readFileSync(certFile, 'utf8')};
const standard = await startStandardServers([host], certificates);
if (!standard) {
	console.error(`serve: ports 25/465/587/2525 of ${host} are taken or not allowed`);
	process.exit(1);
}

const echo = net.createServer({noDelay: true}, (socket) => {
	socket.on('error', () => undefined);
	socket.pipe(socket);
});
await new Promise((resolve) => {
	echo.listen(7, host, resolve);
});
process.stdout.write('ready\n');
process.stdin.resume();
process.stdin.on('end', () => {
	echo.close();
	void standard.close().then(() => process.exit(0));
});
