// Real-packet test lab: network namespaces joined by veth pairs, so tests can drop, reject and
// blackhole real packets (loopback cannot). Root only; `netnsSupport()` says why not.
//
//   client ns (c0) 192.0.2.2/24        router ns (r0 | r1)              server ns (s0)
//              2001:db8:c::2/64 ──veth── 192.0.2.1 | 198.51.100.1 ──veth── 198.51.100.10/24 (+ extra)
//                                        2001:db8:c::1 | 2001:db8:5::1     2001:db8:5::10/64 (+ extra)
//
// Guard: every veth is created inside the namespaces (`ip -n R link add ... peer ... netns C`),
// so no link ever touches the root namespace; every namespace has only documentation prefixes
// (RFC 5737, RFC 3849) and an explicit `unreachable default` route for both families, so a
// packet for any other address fails locally and nothing can leave by the machine's interface.
// Names start with `spd-<pid>-<n>-`; a dead process's leftovers are swept at the next start,
// and labs still alive are destroyed synchronously when the process exits.
import {execFile, execFileSync, spawn, type ChildProcess} from 'node:child_process';
import {mkdtempSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {isIP} from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {createLeafCertificate, createTestCa} from './certificates.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const serverScript = path.join(repoRoot, 'scripts/netns-smtp-server.mjs');
const connectScript = path.join(repoRoot, 'scripts/netns-connect.mjs');
const depsScript = path.join(repoRoot, 'scripts/ci/netns-deps.sh');
export const netnsCliPath = path.join(repoRoot, 'distribution/cli.js');

/** Every lab namespace name starts with this, then `<pid>-<n>-`. */
export const netnsNamePrefix = 'spd-';
const tmpPrefix = 'spd-netns-';

/** The fixed addresses of a lab (documentation prefixes only). */
export const labAddresses = {
	client: {ipv4: '192.0.2.2', ipv6: '2001:db8:c::2'},
	routerClientSide: {ipv4: '192.0.2.1', ipv6: '2001:db8:c::1'},
	routerServerSide: {ipv4: '198.51.100.1', ipv6: '2001:db8:5::1'},
	server: {ipv4: '198.51.100.10', ipv6: '2001:db8:5::10'},
	/** On the server segment with no host: the router's neighbour discovery fails (~3 s), then ICMP host unreachable. */
	absent: {ipv4: '198.51.100.99', ipv6: '2001:db8:5::99'},
	/** Routed to the router, which has no route for it (its `unreachable default`): ICMP unreachable at once. */
	unrouted: {ipv4: '203.0.113.10', ipv6: '2001:db8:9::10'},
} as const;

/** Which namespace a rule or route lives in. */
export type LabSide = 'client' | 'router' | 'server';

/** What a firewall rule does with the packets it matches. */
export type BlockAction =
	| 'drop'
	| 'tcp-reset'
	| 'icmp-net-unreachable'
	| 'icmp-host-unreachable'
	| 'icmp-port-unreachable'
	| 'icmp-admin-prohibited'
	| 'icmp-host-prohibited'
	| 'icmp-net-prohibited';

/** `--reject-with` per family; ICMPv6 has no host/net-prohibited, so those become adm-prohibited. */
const rejectWith: Readonly<Record<Exclude<BlockAction, 'drop'>, {v4: string; v6: string}>> = {
	'tcp-reset': {v4: 'tcp-reset', v6: 'tcp-reset'},
	'icmp-net-unreachable': {v4: 'icmp-net-unreachable', v6: 'icmp6-no-route'},
	'icmp-host-unreachable': {v4: 'icmp-host-unreachable', v6: 'icmp6-addr-unreachable'},
	'icmp-port-unreachable': {v4: 'icmp-port-unreachable', v6: 'icmp6-port-unreachable'},
	'icmp-admin-prohibited': {v4: 'icmp-admin-prohibited', v6: 'icmp6-adm-prohibited'},
	'icmp-host-prohibited': {v4: 'icmp-host-prohibited', v6: 'icmp6-adm-prohibited'},
	'icmp-net-prohibited': {v4: 'icmp-net-prohibited', v6: 'icmp6-adm-prohibited'},
};

/** The chain that sees a TCP SYN in each namespace: sent (client), forwarded (router), received (server). */
const chainOf: Readonly<Record<LabSide, string>> = {
	client: 'OUTPUT',
	router: 'FORWARD',
	server: 'INPUT',
};

/** A firewall rule for TCP packets. */
export type BlockRule = {
	readonly at: LabSide;
	readonly action: BlockAction;
	/** Destination ports (at most 15); every TCP port when absent. */
	readonly ports?: readonly number[];
	/** Destination address; its family decides iptables or ip6tables. */
	readonly to?: string;
	/** Without `to`: one family only (default both). */
	readonly family?: 4 | 6;
};

/** Options for one server process in the server namespace. */
export type LabServerOptions = {
	/** Ports to listen on (default 25, 465, 587, 2525). */
	readonly ports?: readonly number[];
	/** Ports that speak TLS right after connect (default [465]); needs `tls`. */
	readonly implicitTlsPorts?: readonly number[];
	/** Ports that accept and never speak (a tarpit). */
	readonly silentPorts?: readonly number[];
	/** Serve a certificate from the lab CA (`caFile()`): STARTTLS on plain ports, TLS on implicit ones; default true. */
	readonly tls?: boolean;
	/** DNS names in the certificate (default ['mx.lab.example']); its IP SANs are the server's addresses. */
	readonly names?: readonly string[];
	/** Text after the host name in the 220 greeting. */
	readonly banner?: string;
};

/** A running server process. */
export type LabServer = {
	readonly addresses: readonly string[];
	readonly ports: readonly number[];
	/** Connections accepted so far, per port. */
	readonly connections: () => ReadonlyMap<number, number>;
	stop(): Promise<void>;
};

/** A finished command in the client namespace. */
export type LabRun = {
	readonly code: number | null;
	readonly signal: NodeJS.Signals | null;
	readonly stdout: string;
	readonly stderr: string;
	/** Wall time of the whole process, ms (includes Node start-up). */
	readonly wallMs: number;
};

/** What one raw `net.connect` from the client namespace got (scripts/netns-connect.mjs). */
export type ConnectResult = {
	/** "connected", "timeout" or the error code, such as "EHOSTUNREACH". */
	readonly result: string;
	readonly errno?: number;
	/** The address connected to (when connected). */
	readonly address?: string;
	readonly ms: number;
};

/** Options for `Lab.connect`. */
export type ConnectOptions = {
	/** Give up after this many ms (default 3000). */
	readonly timeoutMs?: number;
	/** Names for this one connect (see ClientRunOptions.hosts); the host may then be a name. */
	readonly hosts?: ClientRunOptions['hosts'];
	/** Try only the first address getaddrinfo returns (no Happy Eyeballs), as older clients do. */
	readonly isFirstAddressOnly?: boolean;
};

/** Options for commands run in the client namespace. */
export type ClientRunOptions = {
	/**
	 * Names only the client namespace can resolve: written to a hosts file in the lab's temporary
	 * folder and bind-mounted over /etc/hosts in a private mount namespace for this one process.
	 * /etc/resolv.conf is always replaced by `nameserver 127.0.0.1` (nothing listens: DNS fails
	 * at once, so the system lookup reads the hosts file and nothing waits for a DNS timeout).
	 */
	readonly hosts?: Readonly<Record<string, readonly string[]>>;
	/** Kill the process after this many ms (default 30000). */
	readonly killAfterMs?: number;
	/** Extra environment variables. */
	readonly env?: Readonly<Record<string, string>>;
};

/** A built lab. */
export type Lab = {
	/** `spd-<pid>-<n>-`: every namespace name of this lab starts with it. */
	readonly prefix: string;
	readonly namespaces: Readonly<Record<LabSide, string>>;
	/** PEM file of the lab CA (for `--ca`), once a TLS server started; undefined before. */
	readonly caFile: () => string | undefined;
	/** Starts SMTP on `addresses` (added to the server namespace when new) and waits for its ready marker. */
	server(addresses: string | readonly string[], options?: LabServerOptions): Promise<LabServer>;
	/** Adds a firewall rule; the returned function removes it again. */
	block(rule: BlockRule): Promise<() => Promise<void>>;
	/** Adds a route of a special type (`prohibit`, `unreachable`, `blackhole`) in one namespace. */
	route(
		at: LabSide,
		type: 'unreachable' | 'prohibit' | 'blackhole',
		prefix: string,
	): Promise<() => Promise<void>>;
	/** Runs the built CLI (`node distribution/cli.js ...args`) in the client namespace. */
	run(args: readonly string[], options?: ClientRunOptions): Promise<LabRun>;
	/** Runs any command in the client namespace (same hosts/resolv.conf handling as `run`). */
	runInClient(argv: readonly string[], options?: ClientRunOptions): Promise<LabRun>;
	/** One raw TCP connect (`net.connect`) from the client namespace: the errno Node gets and how long it took. */
	connect(host: string, port: number, options?: ConnectOptions): Promise<ConnectResult>;
	/** Runs a command in one namespace and returns its stdout (throws on a non-zero exit). */
	exec(at: LabSide, argv: readonly string[]): Promise<string>;
	/** Checks the guard: only lab links, only documentation addresses, unreachable defaults. Throws when broken. */
	assertIsolated(): Promise<void>;
	/** Kills every lab process and deletes every namespace (with its links and rules) and the temp folder. */
	destroy(): Promise<void>;
};

/** Options for `createLab`. */
export type LabOptions = {
	/**
	 * Spread packet processing over the CPUs (RPS) so an ICMP error reaches the client after its
	 * connect() returned, as on a real network; default true. Without it, veth delivers in the
	 * same call, Linux drops an ICMPv6 error that arrives while connect() holds the socket lock
	 * (TcpExtLockDroppedIcmps) and the error only comes with the SYN retransmission after 1 s.
	 */
	readonly spreadProcessing?: boolean;
};

/** Whether this machine can run the lab, and why not. */
export type NetnsSupport =
	{readonly isSupported: true} | {readonly isSupported: false; readonly reason: string};

function run(file: string, args: readonly string[]): Promise<string> {
	return new Promise((resolve, reject) => {
		execFile(file, args, {encoding: 'utf8', timeout: 15_000}, (error, stdout, stderr) => {
			if (error) {
				reject(new Error(`${file} ${args.join(' ')}: ${stderr.trim() || error.message}`));
				return;
			}

			resolve(stdout);
		});
	});
}

function runSync(file: string, args: readonly string[]): string {
	return execFileSync(file, args, {
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'pipe'],
		timeout: 15_000,
	});
}

function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error: unknown) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

function listNamespaces(): string[] {
	// What `ip netns list` reads, without its nsid queries (which fail while a namespace is being freed).
	try {
		return readdirSync('/var/run/netns').filter((name) => name.startsWith(netnsNamePrefix));
	} catch {
		return [];
	}
}

function killNamespaceProcesses(name: string): void {
	let pids: string[] = [];
	try {
		pids = runSync('ip', ['netns', 'pids', name]).split(/\s+/).filter(Boolean);
	} catch {
		return;
	}

	for (const pid of pids) {
		try {
			process.kill(Number(pid), 'SIGKILL');
		} catch {
			// Already gone.
		}
	}
}

function deleteNamespaceSync(name: string): void {
	killNamespaceProcesses(name);
	try {
		runSync('ip', ['netns', 'del', name]);
	} catch {
		// Already gone.
	}
}

let support: NetnsSupport | undefined;

/** Builds and removes a throwaway namespace with a firewall and a private mount: undefined when all works. */
function probeNamespace(): string | undefined {
	const name = `${netnsNamePrefix}${process.pid}-probe`;
	try {
		runSync('ip', ['netns', 'add', name]);
		try {
			runSync('ip', ['netns', 'exec', name, 'iptables', '-w', '-L', '-n']);
			runSync('ip', ['netns', 'exec', name, 'ip6tables', '-w', '-L', '-n']);
			runSync('ip', [
				'netns',
				'exec',
				name,
				'unshare',
				'--mount',
				'--propagation',
				'private',
				'true',
			]);
		} finally {
			deleteNamespaceSync(name);
		}

		return undefined;
	} catch (error: unknown) {
		return error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error);
	}
}

/** Root, `ip netns`, iptables and ip6tables inside a namespace: checked once by building a throwaway namespace. */
export function netnsSupport(): NetnsSupport {
	if (support) {
		return support;
	}

	if (process.platform !== 'linux') {
		support = {isSupported: false, reason: 'network namespaces need Linux'};
	} else if (process.getuid?.() !== 0) {
		support = {
			isSupported: false,
			reason: 'network namespace tests need root (CI runs them as root)',
		};
	} else {
		let failure = probeNamespace();
		if (failure && process.env['CI'] === 'true') {
			// A fresh CI machine: install what is missing (idempotent, under the apt lock), then retry.
			try {
				execFileSync('bash', [depsScript], {
					stdio: ['ignore', 'inherit', 'inherit'],
					timeout: 600_000,
				});
				failure = probeNamespace();
			} catch (error: unknown) {
				failure = `${failure}; ${depsScript} failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
			}
		}

		support = failure
			? {
					isSupported: false,
					reason: `ip netns / iptables / ip6tables / unshare not usable (${failure}); install them with scripts/ci/netns-deps.sh`,
				}
			: {isSupported: true};
	}

	return support;
}

let hasSwept = false;

/** Removes namespaces and temp folders left by lab processes that died (SIGKILL, crash). */
export function sweepLeftovers(): string[] {
	const removed: string[] = [];
	for (const name of listNamespaces()) {
		const pid = Number(/^spd-(\d+)-/.exec(name)?.[1]);
		if (pid && !isAlive(pid)) {
			deleteNamespaceSync(name);
			removed.push(name);
		}
	}

	for (const entry of readdirSync(os.tmpdir())) {
		const pid = Number(new RegExp(`^${tmpPrefix}(\\d+)-`).exec(entry)?.[1]);
		if (pid && !isAlive(pid)) {
			rmSync(path.join(os.tmpdir(), entry), {recursive: true, force: true});
			removed.push(entry);
		}
	}

	return removed;
}

type LiveLab = {destroySync(): void};
const liveLabs = new Set<LiveLab>();
let hasExitHandlers = false;

function installExitHandlers(): void {
	if (hasExitHandlers) {
		return;
	}

	hasExitHandlers = true;
	process.on('exit', () => {
		for (const lab of liveLabs) {
			lab.destroySync();
		}
	});
	for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
		const onSignal = () => {
			for (const lab of liveLabs) {
				lab.destroySync();
			}

			process.off(signal, onSignal);
			// Nobody else handles it: die of the signal, as without this handler.
			if (process.listenerCount(signal) === 0) {
				process.kill(process.pid, signal);
			}
		};

		process.on(signal, onSignal);
	}
}

let labCount = 0;

/** Builds the three namespaces with their links, addresses, routes and guard. */
export async function createLab(options: LabOptions = {}): Promise<Lab> {
	const checked = netnsSupport();
	if (!checked.isSupported) {
		throw new Error(checked.reason);
	}

	if (!hasSwept) {
		hasSwept = true;
		sweepLeftovers();
	}

	installExitHandlers();
	labCount++;
	const prefix = `${netnsNamePrefix}${process.pid}-${labCount}-`;
	const namespaces: Record<LabSide, string> = {
		client: `${prefix}c`,
		router: `${prefix}r`,
		server: `${prefix}s`,
	};
	const temporary = mkdtempSync(path.join(os.tmpdir(), `${tmpPrefix}${process.pid}-`));
	const children = new Set<ChildProcess>();
	let isDestroyed = false;
	let serial = 0;
	let caFile: string | undefined;
	let ca: {key: string; cert: string} | undefined;
	const serverAddresses = new Set<string>([labAddresses.server.ipv4, labAddresses.server.ipv6]);

	const destroySync = () => {
		if (isDestroyed) {
			return;
		}

		isDestroyed = true;
		liveLabs.delete(live);
		for (const child of children) {
			child.kill('SIGKILL');
		}

		for (const name of Object.values(namespaces)) {
			deleteNamespaceSync(name);
		}

		rmSync(temporary, {recursive: true, force: true});
	};

	const live: LiveLab = {destroySync};
	liveLabs.add(live);

	const ip = async (...args: string[]) => run('ip', args);
	const inNs = async (at: LabSide, argv: readonly string[]) =>
		run('ip', ['netns', 'exec', namespaces[at], ...argv]);
	const sysctl = async (at: LabSide, settings: Record<string, string>) => {
		const script = Object.entries(settings)
			.map(([key, value]) => `printf %s ${value} > /proc/sys/${key.replaceAll('.', '/')}`)
			.join(' && ');
		await inNs(at, ['sh', '-c', script]);
	};

	try {
		for (const [at, name] of Object.entries(namespaces) as Array<[LabSide, string]>) {
			await ip('netns', 'add', name);
			await ip('-n', name, 'link', 'set', 'lo', 'up');
			// No duplicate address detection, also for the link-local addresses the veths get:
			// otherwise IPv6 neighbour discovery waits ~1 s for them after the link comes up.
			await sysctl(at, {
				'net.ipv6.conf.all.accept_dad': '0',
				'net.ipv6.conf.default.accept_dad': '0',
			});
		}

		const {client, router, server} = namespaces;
		// Both ends are born inside namespaces: no link ever exists in the root namespace.
		await ip(
			'-n',
			router,
			'link',
			'add',
			'r0',
			'type',
			'veth',
			'peer',
			'name',
			'c0',
			'netns',
			client,
		);
		await ip(
			'-n',
			router,
			'link',
			'add',
			'r1',
			'type',
			'veth',
			'peer',
			'name',
			's0',
			'netns',
			server,
		);
		const addresses: Array<[string, string, string]> = [
			[client, 'c0', `${labAddresses.client.ipv4}/24`],
			[client, 'c0', `${labAddresses.client.ipv6}/64`],
			[router, 'r0', `${labAddresses.routerClientSide.ipv4}/24`],
			[router, 'r0', `${labAddresses.routerClientSide.ipv6}/64`],
			[router, 'r1', `${labAddresses.routerServerSide.ipv4}/24`],
			[router, 'r1', `${labAddresses.routerServerSide.ipv6}/64`],
			[server, 's0', `${labAddresses.server.ipv4}/24`],
			[server, 's0', `${labAddresses.server.ipv6}/64`],
		];
		for (const [name, device, address] of addresses) {
			// nodad: an IPv6 address is usable at once instead of after duplicate address detection.
			await ip(
				'-n',
				name,
				'addr',
				'add',
				address,
				'dev',
				device,
				...(address.includes(':') ? ['nodad'] : []),
			);
		}

		for (const [name, device] of [
			[client, 'c0'],
			[router, 'r0'],
			[router, 'r1'],
			[server, 's0'],
		] as const) {
			await ip('-n', name, 'link', 'set', device, 'up');
		}

		// ICMP rate limits off where errors are generated: tests send bursts of SYNs that must all get an answer.
		const noRateLimit = {'net.ipv4.icmp_ratelimit': '0', 'net.ipv6.icmp.ratelimit': '0'};
		await sysctl('router', {
			'net.ipv4.ip_forward': '1',
			'net.ipv6.conf.all.forwarding': '1',
			...noRateLimit,
		});
		await sysctl('server', noRateLimit);
		await sysctl('client', noRateLimit);

		const gateway = {
			client: labAddresses.routerClientSide,
			server: labAddresses.routerServerSide,
		};
		await ip('-n', client, 'route', 'add', '198.51.100.0/24', 'via', gateway.client.ipv4);
		await ip('-n', client, 'route', 'add', '203.0.113.0/24', 'via', gateway.client.ipv4);
		await ip('-n', client, '-6', 'route', 'add', '2001:db8::/32', 'via', gateway.client.ipv6);
		await ip('-n', server, 'route', 'add', '192.0.2.0/24', 'via', gateway.server.ipv4);
		await ip('-n', server, 'route', 'add', '203.0.113.0/24', 'via', gateway.server.ipv4);
		await ip('-n', server, '-6', 'route', 'add', '2001:db8::/32', 'via', gateway.server.ipv6);
		for (const name of Object.values(namespaces)) {
			await ip('-n', name, 'route', 'add', 'unreachable', 'default');
			await ip('-n', name, '-6', 'route', 'add', 'unreachable', 'default');
		}

		if (options.spreadProcessing ?? true) {
			const mask = ((1 << Math.min(os.availableParallelism(), 30)) - 1).toString(16);
			for (const [at, device] of [
				['client', 'c0'],
				['router', 'r0'],
				['router', 'r1'],
				['server', 's0'],
			] as const) {
				// Best effort: a kernel without RPS still runs every test, only ICMPv6 answers come later.
				await inNs(at, [
					'sh',
					'-c',
					`printf %s ${mask} > /sys/class/net/${device}/queues/rx-0/rps_cpus`,
				]).catch(() => undefined);
			}
		}
	} catch (error: unknown) {
		destroySync();
		throw error;
	}

	const writeTemporary = (name: string, text: string, mode = 0o600) => {
		const file = path.join(temporary, name);
		writeFileSync(file, text, {mode});
		return file;
	};

	/** A leaf from the lab CA for these addresses and names (the CA is made once per lab). */
	const certificateFor = async (ips: readonly string[], names: readonly string[]) => {
		if (!ca) {
			ca = await createTestCa('smtp-doctor netns lab CA');
			caFile = writeTemporary('lab-ca.pem', ca.cert, 0o644);
		}

		return createLeafCertificate({names, ips, ca});
	};

	const addServerAddress = async (address: string) => {
		if (serverAddresses.has(address)) {
			return;
		}

		const family = isIP(address);
		const isOnSegment =
			(family === 4 && address.startsWith('198.51.100.')) ||
			(family === 6 && address.toLowerCase().startsWith('2001:db8:5::'));
		const reserved: readonly string[] = [
			labAddresses.routerServerSide.ipv4,
			labAddresses.routerServerSide.ipv6,
			labAddresses.absent.ipv4,
			labAddresses.absent.ipv6,
		];
		if (!isOnSegment || reserved.includes(address)) {
			throw new Error(
				`lab server address ${address} must be on 198.51.100.0/24 or 2001:db8:5::/64 (not the router or the absent host)`,
			);
		}

		await ip(
			'-n',
			namespaces.server,
			'addr',
			'add',
			`${address}/${family === 4 ? 24 : 64}`,
			'dev',
			's0',
			...(family === 6 ? ['nodad'] : []),
		);
		serverAddresses.add(address);
	};

	const clientCommand = (argv: readonly string[], options: ClientRunOptions = {}): string[] => {
		const hostsText = [
			'127.0.0.1\tlocalhost',
			'::1\tlocalhost ip6-localhost ip6-loopback',
			...Object.entries(options.hosts ?? {}).flatMap(([name, list]) =>
				list.map((address) => `${address}\t${name}`),
			),
			'',
		].join('\n');
		serial++;
		const hostsFile = writeTemporary(`hosts-${serial}`, hostsText, 0o644);
		const resolvFile = writeTemporary(
			`resolv-${serial}.conf`,
			'nameserver 127.0.0.1\noptions timeout:1 attempts:1\n',
			0o644,
		);
		return [
			'ip',
			'netns',
			'exec',
			namespaces.client,
			'unshare',
			'--mount',
			'--propagation',
			'private',
			'--',
			'sh',
			'-c',
			'mount --bind "$1" /etc/hosts && mount --bind "$2" /etc/resolv.conf && shift 2 && exec "$@"',
			'sh',
			hostsFile,
			resolvFile,
			...argv,
		];
	};

	const spawnCollect = async (
		command: readonly string[],
		options: ClientRunOptions = {},
	): Promise<LabRun> => {
		const [file, ...args] = command;
		const env: NodeJS.ProcessEnv = {
			...process.env,
			LANG: 'C',
			LC_ALL: '',
			LC_MESSAGES: '',
			...options.env,
		};
		delete env['FORCE_COLOR'];
		delete env['NO_COLOR'];
		delete env['NODE_OPTIONS'];
		const started = performance.now();
		const child = spawn(file ?? 'false', args, {env, stdio: ['ignore', 'pipe', 'pipe']});
		children.add(child);
		let stdout = '';
		let stderr = '';
		child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
			stdout += chunk;
		});
		child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
			stderr += chunk;
		});
		const killer = setTimeout(() => {
			child.kill('SIGKILL');
		}, options.killAfterMs ?? 30_000);
		return new Promise<LabRun>((resolve, reject) => {
			child.once('error', (error) => {
				clearTimeout(killer);
				children.delete(child);
				reject(error);
			});
			child.once('close', (code, signal) => {
				clearTimeout(killer);
				children.delete(child);
				resolve({code, signal, stdout, stderr, wallMs: Math.round(performance.now() - started)});
			});
		});
	};

	const lab: Lab = {
		prefix,
		namespaces,
		caFile: () => caFile,

		async server(addressOrList, serverOptions = {}) {
			const list = typeof addressOrList === 'string' ? [addressOrList] : [...addressOrList];
			for (const address of list) {
				await addServerAddress(address);
			}

			const ports = serverOptions.ports ?? [25, 465, 587, 2525];
			const isTls = serverOptions.tls ?? true;
			if (!isTls && serverOptions.implicitTlsPorts?.length) {
				throw new Error('implicitTlsPorts needs tls (a certificate from the lab CA)');
			}

			const implicit = new Set(serverOptions.implicitTlsPorts ?? (isTls ? [465] : []));
			const silent = new Set(serverOptions.silentPorts ?? []);
			const certificate = isTls
				? await certificateFor(list, serverOptions.names ?? ['mx.lab.example'])
				: undefined;
			const listeners = list.flatMap((host) =>
				ports.map((port) => ({
					host,
					port,
					kind: silent.has(port) ? 'silent' : implicit.has(port) ? 'implicit-tls' : 'smtp',
				})),
			);
			serial++;
			const configFile = writeTemporary(
				`server-${serial}.json`,
				JSON.stringify({listeners, banner: serverOptions.banner, ...certificate}),
			);
			const child = spawn(
				'ip',
				['netns', 'exec', namespaces.server, process.execPath, serverScript, configFile],
				{
					cwd: repoRoot,
					stdio: ['pipe', 'pipe', 'pipe'],
				},
			);
			children.add(child);
			const connections = new Map<number, number>();
			let output = '';
			let errors = '';
			const ready = new Promise<void>((resolve, reject) => {
				const onLine = (line: string) => {
					if (line.startsWith('NETNS-SERVER-READY')) {
						resolve();
					} else if (line.startsWith('NETNS-SERVER-CONNECTION ')) {
						const port = Number(line.split(' ')[1]);
						connections.set(port, (connections.get(port) ?? 0) + 1);
					} else if (line.startsWith('NETNS-SERVER-ERROR')) {
						reject(new Error(`lab server on ${list.join(', ')}: ${line}`));
					}
				};

				child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
					output += chunk;
					let newline = output.indexOf('\n');
					while (newline !== -1) {
						onLine(output.slice(0, newline));
						output = output.slice(newline + 1);
						newline = output.indexOf('\n');
					}
				});
				child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
					errors += chunk;
				});
				child.once('close', (code) => {
					children.delete(child);
					reject(new Error(`lab server on ${list.join(', ')} exited (${code}): ${errors.trim()}`));
				});
			});
			const exited = new Promise<void>((resolve) => {
				child.once('close', () => {
					resolve();
				});
			});
			await ready;
			return {
				addresses: list,
				ports,
				connections: () => connections,
				async stop() {
					child.stdin.end();
					await exited;
				},
			};
		},

		async block(rule) {
			const families: Array<4 | 6> = rule.to
				? [isIP(rule.to) === 6 ? 6 : 4]
				: rule.family
					? [rule.family]
					: [4, 6];
			if (rule.ports && rule.ports.length > 15) {
				throw new Error('a lab rule matches at most 15 ports');
			}

			serial++;
			const specs = families.map((family) => {
				const target =
					rule.action === 'drop'
						? ['-j', 'DROP']
						: [
								'-j',
								'REJECT',
								'--reject-with',
								rejectWith[rule.action][family === 4 ? 'v4' : 'v6'],
							];
				return {
					tool: family === 4 ? 'iptables' : 'ip6tables',
					spec: [
						chainOf[rule.at],
						'-p',
						'tcp',
						...(rule.to ? ['-d', rule.to] : []),
						...(rule.ports ? ['-m', 'multiport', '--dports', rule.ports.join(',')] : []),
						'-m',
						'comment',
						'--comment',
						`${prefix}rule-${serial}`,
						...target,
					],
				};
			});
			for (const {tool, spec} of specs) {
				await inNs(rule.at, [tool, '-w', '-A', ...spec]);
			}

			return async () => {
				for (const {tool, spec} of specs) {
					await inNs(rule.at, [tool, '-w', '-D', ...spec]);
				}
			};
		},

		async route(at, type, routePrefix) {
			const family = routePrefix.includes(':') ? '-6' : '-4';
			await ip('-n', namespaces[at], family, 'route', 'add', type, routePrefix);
			return async () => {
				await ip('-n', namespaces[at], family, 'route', 'del', type, routePrefix);
			};
		},

		async run(args, runOptions = {}) {
			return spawnCollect(
				clientCommand([process.execPath, netnsCliPath, ...args], runOptions),
				runOptions,
			);
		},

		async runInClient(argv, runOptions = {}) {
			return spawnCollect(clientCommand(argv, runOptions), runOptions);
		},

		async connect(host, port, connectOptions = {}) {
			const argv = [
				process.execPath,
				connectScript,
				host,
				String(port),
				String(connectOptions.timeoutMs ?? 3000),
				...(connectOptions.isFirstAddressOnly ? ['first-address-only'] : []),
			];
			const result = await spawnCollect(
				connectOptions.hosts
					? clientCommand(argv, {hosts: connectOptions.hosts})
					: ['ip', 'netns', 'exec', namespaces.client, ...argv],
			);
			if (result.code !== 0) {
				throw new Error(`connect probe failed: ${result.stderr.trim()}`);
			}

			return JSON.parse(result.stdout) as ConnectResult;
		},

		async exec(at, argv) {
			return inNs(at, argv);
		},

		async assertIsolated() {
			const expectedLinks: Readonly<Record<LabSide, readonly string[]>> = {
				client: ['lo', 'c0'],
				router: ['lo', 'r0', 'r1'],
				server: ['lo', 's0'],
			};
			const documentation = [
				/^192\.0\.2\./,
				/^198\.51\.100\./,
				/^203\.0\.113\./,
				/^2001:db8:/i,
				/^127\./,
				/^::1$/,
				/^fe80:/i,
			];
			for (const at of ['client', 'router', 'server'] as const) {
				const links = (await ip('-n', namespaces[at], '-o', 'link', 'show'))
					.split('\n')
					.filter(Boolean)
					.map((line) => (line.split(':')[1] ?? '').trim().replace(/@.*$/, ''));
				if (links.sort().join(' ') !== [...expectedLinks[at]].sort().join(' ')) {
					throw new Error(`${namespaces[at]} has links ${links.join(', ')}`);
				}

				const addresses = (await ip('-n', namespaces[at], '-o', 'addr', 'show'))
					.split('\n')
					.filter(Boolean)
					.map((line) => (line.split(/\s+/)[3] ?? '').replace(/\/\d+$/, ''));
				const foreign = addresses.filter(
					(address) => !documentation.some((pattern) => pattern.test(address)),
				);
				if (foreign.length > 0) {
					throw new Error(
						`${namespaces[at]} has addresses outside the documentation prefixes: ${foreign.join(', ')}`,
					);
				}

				for (const family of ['-4', '-6']) {
					const defaults = (
						await ip('-n', namespaces[at], family, 'route', 'show', 'default')
					).trim();
					if (!/^unreachable default/.test(defaults) || defaults.includes('\n')) {
						throw new Error(
							`${namespaces[at]} ${family} default route is "${defaults}", not unreachable`,
						);
					}
				}
			}
		},

		async destroy() {
			const stopping = [...children].map(
				async (child) =>
					new Promise<void>((resolve) => {
						if (child.exitCode !== null || child.signalCode !== null) {
							resolve();
							return;
						}

						child.once('close', () => {
							resolve();
						});
						child.kill('SIGKILL');
					}),
			);
			await Promise.all(stopping);
			destroySync();
		},
	};
	return lab;
}

/** Every lab namespace that exists now (any process). */
export function labNamespaces(): string[] {
	return listNamespaces();
}

/** Runs `tasks` with at most `limit` at once (CLI runs are node processes; the machine is shared). */
export async function concurrently<T>(
	tasks: ReadonlyArray<() => Promise<T>>,
	limit = 4,
): Promise<T[]> {
	const results: T[] = Array.from({length: tasks.length});
	let next = 0;
	const worker = async () => {
		while (next < tasks.length) {
			const index = next++;
			results[index] = await tasks[index]!();
		}
	};

	await Promise.all(Array.from({length: Math.min(limit, tasks.length)}, async () => worker()));
	return results;
}
