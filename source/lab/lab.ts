// The built-in lab: real SMTP servers on 127.0.0.1 that play a provider or its classic
// mistakes, so anyone can watch the four ports behave with no network at all.
import {labCertificates as certs} from './lab-certificates.js';
import {
	reserveClosedPort,
	startRejectingServer,
	startSmtpServer,
	type RunningServer,
} from './servers.js';

import {labHostName, labTitles, type LabScenario} from './scenarios.js';

export {labHostName, labScenarios, labTitles, type LabScenario} from './scenarios.js';

/** What a lab port plays (the UI words it in the user's language). */
export type LabRole =
	| 'isp-block'
	| 'implicit-tls'
	| 'starttls'
	| 'vendor-starttls'
	| 'greeting-rejected'
	| 'plain-on-tls-port'
	| 'auth-in-clear'
	| 'expired-certificate';

/** One displayed port of the lab: the standard number, the real one, and what it plays. */
export type LabPort = {
	readonly displayPort: number;
	readonly realPort: number;
	readonly role: LabRole;
	/** What this port stands for, in a few words ("ISP blocks outbound 25"). */
	readonly standsFor: string;
};

/** A running lab. Pass `connectHost`, `portMap`, `ca` and `servername` to the probe. */
export type Lab = {
	readonly scenario: LabScenario;
	readonly title: string;
	readonly connectHost: string;
	readonly servername: string;
	readonly ports: readonly LabPort[];
	/** Displayed port -> real port (`ProbeOptions.portMap`). */
	readonly portMap: Readonly<Record<number, number>>;
	/** PEM of the lab CA: trusted by this run only. */
	readonly ca: readonly string[];
	close(): Promise<void>;
};

type Started = {
	readonly server: RunningServer;
	readonly displayPort: number;
	readonly role: LabRole;
	readonly standsFor: string;
};

/** Starts the servers of one scenario on ephemeral loopback ports. */
export async function startLab(scenario: LabScenario): Promise<Lab> {
	const name = labHostName;
	const base = {name, certificate: certs.good};
	const plans: Array<Promise<Started>> =
		scenario === 'provider-like'
			? [
					reserveClosedPort().then((server) => ({
						server,
						displayPort: 25,
						role: 'isp-block',
						standsFor: 'outbound 25 blocked by the ISP (closed port: refused)',
					})),
					startSmtpServer({
						...base,
						isImplicitTls: true,
						hasStartTls: false,
						isAuthInClear: false,
						acceptsAnyLogin: true,
					}).then((server) => ({
						server,
						displayPort: 465,
						role: 'implicit-tls',
						standsFor: 'implicit TLS, AUTH inside TLS',
					})),
					startSmtpServer({
						...base,
						isImplicitTls: false,
						hasStartTls: true,
						isAuthInClear: false,
						acceptsAnyLogin: true,
					}).then((server) => ({
						server,
						displayPort: 587,
						role: 'starttls',
						standsFor: 'STARTTLS, AUTH only after TLS',
					})),
					startSmtpServer({
						...base,
						isImplicitTls: false,
						hasStartTls: true,
						isAuthInClear: false,
						acceptsAnyLogin: true,
					}).then((server) => ({
						server,
						displayPort: 2525,
						role: 'vendor-starttls',
						standsFor: 'vendor alternative, STARTTLS',
					})),
				]
			: [
					startRejectingServer('554 5.7.1 lab: your IP address is on a block list').then(
						(server) => ({
							server,
							displayPort: 25,
							role: 'greeting-rejected',
							standsFor: 'greeting rejects the client (554)',
						}),
					),
					startSmtpServer({
						...base,
						isImplicitTls: false,
						hasStartTls: true,
						isAuthInClear: false,
					}).then((server) => ({
						server,
						displayPort: 465,
						role: 'plain-on-tls-port',
						standsFor: 'plain text spoken on the implicit-TLS port',
					})),
					startSmtpServer({
						...base,
						isImplicitTls: false,
						hasStartTls: false,
						isAuthInClear: true,
					}).then((server) => ({
						server,
						displayPort: 587,
						role: 'auth-in-clear',
						standsFor: 'no STARTTLS, AUTH offered in clear',
					})),
					startSmtpServer({
						name,
						certificate: certs.expired,
						isImplicitTls: false,
						hasStartTls: true,
						isAuthInClear: false,
					}).then((server) => ({
						server,
						displayPort: 2525,
						role: 'expired-certificate',
						standsFor: 'certificate expired (in 2021)',
					})),
				];
	const settled = await Promise.allSettled(plans);
	const started = settled.flatMap((item) => (item.status === 'fulfilled' ? [item.value] : []));
	const failure = settled.find((item) => item.status === 'rejected');
	if (failure) {
		await Promise.all(started.map(async (item) => item.server.close()));
		throw new Error(`The lab could not start its servers: ${String(failure.reason)}`);
	}

	const ports = started.map((item) => ({
		displayPort: item.displayPort,
		realPort: item.server.port,
		role: item.role,
		standsFor: item.standsFor,
	}));
	return {
		scenario,
		title: labTitles[scenario],
		connectHost: '127.0.0.1',
		servername: labHostName,
		ports,
		portMap: Object.fromEntries(ports.map((port) => [port.displayPort, port.realPort])),
		ca: [certs.ca.cert],
		async close() {
			await Promise.all(started.map(async (item) => item.server.close()));
		},
	};
}
