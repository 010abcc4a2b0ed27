// The words of a report's frame (headings, the recommendation line, the conclusions), one
// table per language (report-words.en.ts, report-words.id.ts), part of the catalogue.
import type {RecommendationReason} from '../config/recommendation.js';

/** The status kinds of a table row (state/row-status.ts `RowStatusKind`). */
type StatusKind = 'ok' | 'warn' | 'fail' | 'info' | 'skipped' | 'pending';

/** Closing summaries of a run where nothing worked (outcome.ts `OutcomeReason`). */
export type ClosingReason =
	| 'network'
	| 'local-network'
	| 'server-firewall'
	| 'certificate'
	| 'plaintext'
	| 'wrong-mode'
	| 'server'
	| 'inconclusive'
	| 'mixed';

/** The frame words of a report. */
export type ReportWords = {
	readonly port: string;
	readonly encryption: string;
	readonly status: string;
	readonly time: string;
	readonly meaning: string;
	readonly addresses: string;
	readonly noAddresses: string;
	readonly took: string;
	readonly whatToDo: string;
	readonly alsoNoticed: string;
	readonly login: string;
	readonly testMessage: string;
	/** "User {user}" under "Login (PLAIN)". */
	readonly loginAs: string;
	readonly from: string;
	readonly to: string;
	readonly subject: string;
	readonly queueId: string;
	readonly recommended: string;
	readonly host: string;
	readonly authentication: string;
	readonly authNotOffered: string;
	/** The closing summary when nothing works, by what actually happened (see outcome.ts). */
	readonly outcomes: Readonly<Record<ClosingReason, string>>;
	/** "Port {port} works, but the login failed: {title}." */
	readonly loginFailed: string;
	readonly loginNotTried: string;
	/** "Port {port} works and the login succeeded, but the test message was not sent: {title}." */
	readonly sendFailed: string;
	readonly sendNotTried: string;
	/** "logged in as {user} ✓" */
	readonly loggedInAs: string;
	/** What to type as user name and password when nothing better is known (the TUI's words). */
	readonly authDefault: string;
	readonly noPortTried: string;
	readonly cancelled: string;
	readonly dns: string;
	readonly preset: string;
	readonly usedAddress: string;
	readonly certificate: string;
	readonly daysLeft: string;
	/** "Next step" before the conclusion's next step. */
	readonly nextStep: string;
	/** Status words of the table (the i18n catalogue's `status`). */
	readonly statusWords: Readonly<Record<StatusKind, string>>;
	/** What to do next, per conclusion, when no single port's advice says it better. */
	readonly nextSteps: Readonly<Record<ClosingReason | 'login' | 'send', string>>;
	/** "In this run, port {port} ({encryption}) works: use that instead." */
	readonly useWorkingPort: string;
	/** The likely cloud policy: {cloud}, {file}, {ports}. */
	readonly policy: string;
	/** The IPv6 trap: IPv4 works, IPv6 {outcome} ({ports}, {address}, {ms} ms). */
	readonly ipv6Trap: {readonly timeout: string; readonly unreachable: string};
	/** The mirror: IPv4 could not reach port {ports} ({address}), IPv6 connected. */
	readonly ipv4Dead: string;
	/** "Control hosts:" and one line per control connect (issue 13). */
	readonly controls: {
		readonly title: string;
		readonly line: string;
		readonly outcomes: Readonly<
			Record<'connected' | 'refused' | 'timeout' | 'unreachable' | 'unresolved', string>
		>;
		/** The network could not be checked: no control resolved. */
		readonly unchecked: string;
		/** A port's advice when the controls failed on it too ({port}): this network blocks it. */
		readonly rowBlocked: string;
		/** A port's advice when a control connected on it ({port}): the server's side. */
		readonly rowOpen: string;
	};
	/** Why the recommended setting, per stable reason ({port}). */
	readonly why: Readonly<Record<RecommendationReason, string>>;
	/** What became of a better-ranked standard port ({port}). */
	readonly whyOther: {
		readonly notTested: string;
		readonly unfinished: string;
		readonly failed: string;
		readonly loginFailed: string;
		readonly noLogin: string;
	};
	readonly plainNote: string;
	/** The same fact judged differently on relay port 25 and on a login port ({port}, {others}). */
	readonly severityRelay: string;
	readonly severityRelayCertificate: string;
	readonly severityClient: string;
	readonly severityClientCertificate: string;
	/** An IP address typed while the certificate names a host ({names}, {name}). */
	readonly ipCertificateName: string;
	/** The preset panel. */
	readonly presetWords: {
		readonly title: string;
		readonly agrees: string;
		readonly agreesButFails: string;
		readonly better: string;
		readonly differs: string;
		readonly unknown: string;
		readonly notTested: string;
		readonly pending: string;
		readonly notListed: string;
		readonly recommended: string;
		readonly unconfirmed: string;
		readonly thirdParty: string;
		readonly unconfirmedFact: string;
	};
	/** `check --targets`: the summary and the Markdown table. */
	readonly batchWords: {
		/** Markdown title: "{count} targets". */
		readonly title: string;
		readonly target: string;
		readonly outcome: string;
		readonly reason: string;
		readonly setting: string;
		readonly time: string;
		/** "{finished} of {total} targets in {duration}: {counts}". */
		readonly summary: string;
		/** "{count} not finished (interrupted)". */
		readonly notFinished: string;
		/** "shard {shard} of the targets". */
		readonly shard: string;
		readonly outcomes: {
			readonly works: string;
			readonly fails: string;
			readonly inconclusive: string;
		};
	};
};

/** Fills {name} placeholders of a frame sentence. */
export {interpolate as fill} from './translate.js';
