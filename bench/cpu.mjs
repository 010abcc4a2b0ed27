// CPU milliseconds per probe (user + system of the whole child process, from wait4) against the
// same loopback TLS server: ours (`check --ports 587|465 --ca`), the floor prober (the least a
// Node program can do; includes Node's own start), `openssl s_client` and `swaks`. Each client
// does the same exchange: [STARTTLS,] TLS 1.3, EHLO, QUIT. openssl and swaks are Debian packages
// (openssl, swaks); missing ones are installed under flock /tmp/apt.lock, or skipped.
import {execFileSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {certificates, closeFixtures, isMain, tlsServers} from './fixtures.mjs';
import {figure, heading, printTally, summary} from './report.mjs';
import {assertBuilt, cliPath, hasTime, interleave, timeCommand, timeNode} from './run-cli.mjs';

const runs = Number(process.env.BENCH_CPU_RUNS ?? 11);
const floorProbe = fileURLToPath(new URL('floor-probe.cjs', import.meta.url));

/** Installs the Debian packages whose binaries are missing (idempotent); returns the binaries present. */
function ensureTools(tools) {
	const missing = tools.filter(({binary}) => !existsSync(binary));
	if (missing.length > 0 && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
		const packages = missing.map(({pkg}) => pkg);
		console.log(`  installing ${packages.join(' ')} (apt-get under flock /tmp/apt.lock)`);
		try {
			execFileSync(
				'flock',
				[
					'/tmp/apt.lock',
					'sh',
					'-c',
					'apt-get install -y -q --no-install-recommends "$@" >/dev/null || { apt-get update -q >/dev/null && apt-get install -y -q --no-install-recommends "$@" >/dev/null; }',
					'sh',
					...packages,
				],
				{
					stdio: ['ignore', 'ignore', 'inherit'],
					env: {...process.env, DEBIAN_FRONTEND: 'noninteractive'},
				},
			);
		} catch {
			console.log('  apt-get failed; the missing tools are skipped');
		}
	}

	return new Set(tools.filter(({binary}) => existsSync(binary)).map(({binary}) => binary));
}

function expectOk(sample, what, pattern) {
	if (sample.code !== 0 || (pattern && !pattern.test(sample.stdout))) {
		throw new Error(
			`${what} failed (exit ${sample.code}): ${(sample.stderr || sample.stdout).slice(-300)}`,
		);
	}

	return sample;
}

export async function run() {
	assertBuilt();
	if (!hasTime) {
		heading('CPU per probe: skipped (no python3 or /usr/bin/time to read the child rusage)');
		return;
	}

	const certs = await certificates();
	const servers = await tlsServers();
	if (!servers.isStandard) {
		heading('CPU per probe: skipped (needs root for ports 465 and 587)');
		return;
	}

	const present = ensureTools([
		{binary: '/usr/bin/openssl', pkg: 'openssl'},
		{binary: '/usr/bin/swaks', pkg: 'swaks'},
	]);
	const {host} = servers;
	const smtpInput = 'EHLO bench.test\r\nQUIT\r\n';
	const clients = (port) => {
		const implicit = port === 465;
		const list = [
			[
				`smtp-doctor check --ports ${port} --ca`,
				async () =>
					expectOk(
						await timeNode([
							cliPath,
							'check',
							host,
							'--ports',
							String(port),
							'--ca',
							certs.caFile,
							'--json',
						]),
						'check',
					),
			],
			[
				'floor prober (Node, same exchange)',
				async () =>
					expectOk(
						await timeNode([
							floorProbe,
							host,
							certs.caFile,
							implicit ? `${port}:implicit` : `${port}`,
						]),
						'floor prober',
						/trusted=true/,
					),
			],
		];
		if (present.has('/usr/bin/openssl')) {
			list.push([
				`openssl s_client${implicit ? '' : ' -starttls smtp'}`,
				async () =>
					expectOk(
						await timeCommand(
							'/usr/bin/openssl',
							[
								's_client',
								'-connect',
								`${host}:${port}`,
								...(implicit ? [] : ['-starttls', 'smtp']),
								'-CAfile',
								certs.caFile,
								'-verify_return_error',
								'-quiet',
							],
							{input: smtpInput},
						),
						'openssl s_client',
						/221/,
					),
			]);
		}

		if (present.has('/usr/bin/swaks')) {
			list.push([
				`swaks ${implicit ? '--tlsc' : '--tls'} --quit-after HELO`,
				async () =>
					expectOk(
						await timeCommand('/usr/bin/swaks', [
							'--server',
							`${host}:${port}`,
							implicit ? '--tlsc' : '--tls',
							'--quit-after',
							'HELO',
							'--to',
							'bench@bench.test',
						]),
						'swaks',
						/221/,
					),
			]);
		}

		return list;
	};

	const bare = async () => timeNode(['-e', '0']);
	for (const port of [587, 465]) {
		const list = clients(port);
		const [bareSamples, ...samples] = await interleave([bare, ...list.map(([, run]) => run)], runs);
		const cpu = (items) => summary(items.map((sample) => sample.cpuMs));
		heading(
			`CPU per probe, port ${port} (${port === 465 ? 'implicit TLS' : 'STARTTLS'}), whole process user+sys, median of ${runs}; node -e 0 alone: ${cpu(bareSamples).median.toFixed(0)} ms`,
		);
		const floor = cpu(samples[1]).median;
		for (const [index, [label]] of list.entries()) {
			figure(label, cpu(samples[index]).median, {
				spread: cpu(samples[index]),
				...(index === 0 ? {floor} : {}),
				note: `wall ${summary(samples[index].map((sample) => sample.ms)).median.toFixed(0)} ms`,
			});
		}
	}
}

if (isMain(import.meta.url)) {
	try {
		await run();
		printTally();
	} finally {
		await closeFixtures();
	}
}
