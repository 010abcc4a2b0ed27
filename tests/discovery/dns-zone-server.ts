// A real DNS server on 127.0.0.1 (UDP, port 0) serving a small in-memory zone, plus a UDP
// socket that never answers, for discovery tests. Names not in the zone get NXDOMAIN; names in
// the zone without records of the asked type get an empty NOERROR answer (no data).
import dgram from 'node:dgram';
import dns2 from 'dns2';

const {Packet} = dns2;
// RFC 1035 §4.1.1 response codes (dns2's typings do not declare Packet.RCODE).
const rcodeNxdomain = 3;
const rcodeServfail = 2;

export type ZoneRecords = {
	readonly A?: readonly string[];
	readonly AAAA?: readonly string[];
	readonly MX?: ReadonlyArray<{readonly exchange: string; readonly priority: number}>;
	readonly SRV?: ReadonlyArray<{
		readonly priority: number;
		readonly weight: number;
		readonly port: number;
		readonly target: string;
	}>;
	/** Answer SERVFAIL for this name. */
	readonly isServfail?: boolean;
};

export type Zone = Readonly<Record<string, ZoneRecords>>;

export type TestDnsServer = {
	/** "127.0.0.1:PORT", the form `--dns-server` takes. */
	readonly server: string;
	/** Questions received, as "TYPE name". */
	readonly questions: string[];
	close(): Promise<void>;
};

const typeNames: Record<number, string> = {
	[Packet.TYPE.A]: 'A',
	[Packet.TYPE.AAAA]: 'AAAA',
	[Packet.TYPE.MX]: 'MX',
	[Packet.TYPE.SRV]: 'SRV',
};

export async function startDnsServer(zone: Zone): Promise<TestDnsServer> {
	const questions: string[] = [];
	const lowerZone = new Map(
		Object.entries(zone).map(([name, records]) => [name.toLowerCase(), records]),
	);
	const server = dns2.createUDPServer((request, send) => {
		const response = Packet.createResponseFromRequest(request);
		const [question] = request.questions;
		if (!question) {
			void send(response);
			return;
		}

		const name = question.name.toLowerCase();
		const type = typeNames[question.type] ?? String(question.type);
		questions.push(`${type} ${name}`);
		const records = lowerZone.get(name);
		if (!records) {
			response.header.rcode = rcodeNxdomain;
			void send(response);
			return;
		}

		if (records.isServfail) {
			response.header.rcode = rcodeServfail;
			void send(response);
			return;
		}

		const base = {name: question.name, class: Packet.CLASS.IN, ttl: 60};
		// dns2's typings want Resource instances; its encoder takes plain records.
		const answers = response.answers as unknown as object[];
		switch (type) {
			case 'A': {
				for (const address of records.A ?? []) {
					answers.push({...base, type: Packet.TYPE.A, address});
				}

				break;
			}

			case 'AAAA': {
				for (const address of records.AAAA ?? []) {
					answers.push({...base, type: Packet.TYPE.AAAA, address});
				}

				break;
			}

			case 'MX': {
				for (const mx of records.MX ?? []) {
					answers.push({
						...base,
						type: Packet.TYPE.MX,
						exchange: mx.exchange,
						priority: mx.priority,
					});
				}

				break;
			}

			case 'SRV': {
				for (const srv of records.SRV ?? []) {
					answers.push({...base, type: Packet.TYPE.SRV, ...srv});
				}

				break;
			}

			default: {
				break;
			}
		}

		void send(response);
	});
	await server.listen(0, '127.0.0.1');
	const {port} = server.address();
	return {
		server: `127.0.0.1:${port}`,
		questions,
		async close() {
			await new Promise<void>((resolve) => {
				server.close(() => {
					resolve();
				});
			});
		},
	};
}

/** A UDP socket that receives DNS questions and never answers. */
export async function startSilentServer(): Promise<
	TestDnsServer & {readonly received: () => number}
> {
	let received = 0;
	const socket = dgram.createSocket('udp4');
	socket.on('message', () => {
		received++;
	});
	await new Promise<void>((resolve) => {
		socket.bind(0, '127.0.0.1', resolve);
	});
	const {port} = socket.address();
	return {
		server: `127.0.0.1:${port}`,
		questions: [],
		received: () => received,
		async close() {
			await new Promise<void>((resolve) => {
				socket.close(() => {
					resolve();
				});
			});
		},
	};
}
