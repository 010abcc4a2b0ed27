// Practice stations: small labs, each playing one situation from the exercises (a STARTTLS
// port, a self-signed certificate, an office network that blocks 587, a server that says 421).
// Every station is real servers on 127.0.0.1 ephemeral ports, like the lab: smtp-server for
// SMTP, node:net for the silent and the rejecting ports. Nothing leaves the machine; no DNS.
import {labCertificates as certs} from './lab-certificates.js';
import {labHostName} from './scenarios.js';
import {
	reserveClosedPort,
	startRejectingServer,
	startSilentServer,
	startSmtpServer,
	type RunningServer,
	type SmtpServerKind,
} from './servers.js';

/** What one station port runs. */
type PortPlan =
	| {readonly kind: 'smtp'; readonly server: Omit<SmtpServerKind, 'name'>}
	/** Accepts and never answers: the stand-in for a port blocked outbound. */
	| {readonly kind: 'silent'}
	| {readonly kind: 'reject'; readonly greeting: string}
	| {readonly kind: 'closed'};

type StationPortPlan = {
	readonly plan: PortPlan;
	/** What this port plays, in a few words (English; the exercises word it for the screen). */
	readonly standsFor: string;
};

const submission = {
	isImplicitTls: false,
	hasStartTls: true,
	isAuthInClear: false,
	acceptsAnyLogin: true,
	certificate: certs.good,
} as const satisfies Omit<SmtpServerKind, 'name'>;

const submissions = {...submission, isImplicitTls: true, hasStartTls: false} as const;

const starttls587: StationPortPlan = {
	plan: {kind: 'smtp', server: submission},
	standsFor: 'STARTTLS, AUTH only after TLS',
};

const implicit465: StationPortPlan = {
	plan: {kind: 'smtp', server: submissions},
	standsFor: 'implicit TLS, AUTH inside TLS',
};

const blockedStandIn: StationPortPlan = {
	plan: {kind: 'silent'},
	standsFor: 'stand-in for a port blocked outbound: accepts, never answers',
};

/** Every station: displayed port -> what runs there. */
const stationPlans = {
	'starttls-587': {587: starttls587},
	'implicit-465': {465: implicit465},
	'provider-465-587': {465: implicit465, 587: starttls587},
	'stripped-587': {
		587: {
			plan: {kind: 'smtp', server: {...submission, hasStartTls: false}},
			standsFor: 'STARTTLS missing from the EHLO reply (as if stripped on the way)',
		},
	},
	'auth-in-clear-587': {
		587: {
			plan: {kind: 'smtp', server: {...submission, isAuthInClear: true}},
			standsFor: 'STARTTLS offered, but AUTH offered before it too',
		},
	},
	'self-signed-465': {
		465: {
			plan: {kind: 'smtp', server: {...submissions, certificate: certs.selfSigned}},
			standsFor: 'implicit TLS with a self-signed certificate',
		},
	},
	'shared-host-465': {
		465: {
			plan: {kind: 'smtp', server: {...submissions, certificate: certs.wrongName}},
			standsFor: 'implicit TLS, certificate for *.shared-hosting.test',
		},
	},
	'expired-587': {
		587: {
			plan: {kind: 'smtp', server: {...submission, certificate: certs.expired}},
			standsFor: 'STARTTLS with a certificate that expired in 2021',
		},
	},
	'missing-intermediate-465': {
		465: {
			plan: {kind: 'smtp', server: {...submissions, certificate: certs.viaIntermediate}},
			standsFor: 'implicit TLS, leaf sent without its intermediate',
		},
	},
	'full-chain-465': {
		465: {
			plan: {
				kind: 'smtp',
				server: {
					...submissions,
					certificate: certs.viaIntermediate,
					chain: [certs.intermediate.cert],
				},
			},
			standsFor: 'implicit TLS, leaf and intermediate sent',
		},
	},
	'outbound-25-blocked': {25: blockedStandIn, 465: implicit465, 587: starttls587},
	'office-network': {
		465: blockedStandIn,
		587: blockedStandIn,
		2525: {plan: {kind: 'smtp', server: submission}, standsFor: 'vendor fallback, STARTTLS'},
	},
	'rate-limit-587': {
		587: {
			plan: {
				kind: 'reject',
				greeting: '421 4.7.0 lab: too many connections from your address, try again later',
			},
			standsFor: 'greets with 421: too many connections',
		},
	},
	'app-password-465': {
		465: {
			plan: {
				kind: 'smtp',
				server: {
					...submissions,
					loginRefusal: {
						code: 534,
						text: '5.7.9 Application-specific password required (lab: an account with 2-step verification)',
					},
				},
			},
			standsFor: 'implicit TLS; a normal password is refused with 534 5.7.9',
		},
	},
	'nothing-on-2525': {
		2525: {plan: {kind: 'closed'}, standsFor: 'nothing listens: connection refused'},
	},
} as const satisfies Record<string, Readonly<Record<number, StationPortPlan>>>;

/** A practice station's id. */
export type StationId = keyof typeof stationPlans;

/** Every station id (tests start each one). */
export const stationIds = Object.keys(stationPlans) as readonly StationId[];

/** One displayed port of a running station. */
export type StationPort = {
	readonly displayPort: number;
	readonly realPort: number;
	readonly standsFor: string;
};

/** A running station. Pass `connectHost`, `portMap`, `ca` and `servername` to the probe. */
export type Station = {
	readonly id: StationId;
	readonly connectHost: string;
	/** The name on the lab certificates (the practice may check another on purpose). */
	readonly servername: string;
	readonly ports: readonly StationPort[];
	readonly portMap: Readonly<Record<number, number>>;
	/** PEM of the lab CA, trusted by a practice probe only. */
	readonly ca: readonly string[];
	/** The server certificates the station presents (to trust one of them on purpose). */
	readonly serverCertificates: readonly string[];
	close(): Promise<void>;
};

async function startPlan(plan: PortPlan): Promise<RunningServer> {
	switch (plan.kind) {
		case 'smtp': {
			return startSmtpServer({name: labHostName, ...plan.server});
		}

		case 'silent': {
			return startSilentServer();
		}

		case 'reject': {
			return startRejectingServer(plan.greeting);
		}

		case 'closed': {
			return reserveClosedPort();
		}
	}
}

/** Starts one station's servers on ephemeral loopback ports. */
export async function startStation(id: StationId): Promise<Station> {
	const plans = Object.entries(stationPlans[id] as Readonly<Record<string, StationPortPlan>>);
	const settled = await Promise.allSettled(
		plans.map(async ([port, entry]) => ({
			displayPort: Number(port),
			standsFor: entry.standsFor,
			server: await startPlan(entry.plan),
		})),
	);
	const started = settled.flatMap((item) => (item.status === 'fulfilled' ? [item.value] : []));
	const failure = settled.find((item) => item.status === 'rejected');
	if (failure) {
		await Promise.all(started.map(async (item) => item.server.close()));
		throw new Error(`The practice lab could not start its servers: ${String(failure.reason)}`);
	}

	const ports = started.map((item) => ({
		displayPort: item.displayPort,
		realPort: item.server.port,
		standsFor: item.standsFor,
	}));
	return {
		id,
		connectHost: '127.0.0.1',
		servername: labHostName,
		ports,
		portMap: Object.fromEntries(ports.map((port) => [port.displayPort, port.realPort])),
		ca: [certs.ca.cert],
		serverCertificates: plans.flatMap(([, entry]) =>
			entry.plan.kind === 'smtp' ? [entry.plan.server.certificate.cert] : [],
		),
		async close() {
			await Promise.all(started.map(async (item) => item.server.close()));
		},
	};
}
