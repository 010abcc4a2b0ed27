// A tiny authoritative DNS server on loopback (dns2, UDP) for resolve tests: answers A/AAAA
// from a table and NXDOMAIN for every other name.
import dns2 from 'dns2';

/** A running test DNS server: pass `server` as `options.dnsServer`. */
export type TestDnsServer = {
	/** "127.0.0.1:PORT" or "[::1]:PORT" */
	readonly server: string;
	close(): Promise<void>;
};

/** Records served: name -> addresses (IPv4 go in A answers, IPv6 in AAAA answers). */
export type DnsRecords = Readonly<Record<string, readonly string[]>>;

/** Starts the DNS server with `records`, on 127.0.0.1 (or `address`, e.g. '::1'). */
export async function startDnsServer(
	records: DnsRecords,
	address = '127.0.0.1',
): Promise<TestDnsServer> {
	const {Packet} = dns2;
	const server = dns2.createServer({
		udp: address.includes(':') ? {type: 'udp6'} : true,
		handle(request, send) {
			const response = Packet.createResponseFromRequest(request);
			const [question] = request.questions;
			const name = (question?.name ?? '').toLowerCase().replace(/\.$/, '');
			const addresses = records[name];
			if (!question || !addresses) {
				response.header.rcode = 3; // NXDOMAIN
				void send(response);
				return;
			}

			const wantsV6 = question.type === Packet.TYPE.AAAA;
			for (const address of addresses) {
				if (address.includes(':') === wantsV6 && (question.type === Packet.TYPE.A || wantsV6)) {
					response.answers.push(
						Packet.createResourceFromQuestion(question, {
							type: wantsV6 ? Packet.TYPE.AAAA : Packet.TYPE.A,
							class: Packet.CLASS.IN,
							ttl: 60,
							address,
						}),
					);
				}
			}

			void send(response);
		},
	});
	const addresses = await server.listen({
		udp: {port: 0, address},
	});
	const port = addresses.udp?.port;
	if (!port) {
		throw new Error('DNS test server did not listen');
	}

	return {
		server: address.includes(':') ? `[${address}]:${port}` : `${address}:${port}`,
		async close() {
			await server.close();
		},
	};
}
