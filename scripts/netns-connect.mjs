// One TCP connect from inside a lab namespace, for the network-namespace tests: what errno
// Node gets and after how long, independent of smtp-doctor's own classification.
//   ip netns exec NS node scripts/netns-connect.mjs HOST PORT TIMEOUT_MS [first-address-only]
// HOST may be a name (resolved by Node as any client would: dns.lookup, so /etc/hosts). Node 20
// tries every address with Happy Eyeballs (autoSelectFamily); "first-address-only" turns that
// off, as older clients behave: only the first address getaddrinfo returns is tried.
// Prints one JSON line: {"result": "connected" | "timeout" | ERRNO_CODE, "errno"?: N, "ms": N}.
import net from 'node:net';

const [host, portText, timeoutText = '3000', mode = ''] = process.argv.slice(2);
const started = process.hrtime.bigint();
const elapsedMs = () => Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10;
const socket = net.connect({
	host,
	port: Number(portText),
	autoSelectFamily: mode !== 'first-address-only',
});

function finish(fields) {
	clearTimeout(timer);
	socket.destroy();
	process.stdout.write(`${JSON.stringify({...fields, ms: elapsedMs()})}\n`);
}

const timer = setTimeout(() => {
	finish({result: 'timeout'});
}, Number(timeoutText));
socket.once('connect', () => {
	finish({result: 'connected', address: socket.remoteAddress});
});
socket.once('error', (error) => {
	finish({result: error.code ?? 'EUNKNOWN', errno: error.errno});
});
