// The shape of the one diagnosis (see ../diagnosis.ts).
import type {ControlResult} from '../../engine/controls.js';
import type {
	FamilyCheck,
	DetectedEncryption,
	PortResult,
	ResolvedAddress,
	TestMessage,
	Verdict,
} from '../../engine/types.js';
import type {Lang} from '../../config/lang.js';
import type {PortRowState} from '../../state/probe-reducer.js';
import type {RowStatusKind} from '../../state/row-status.js';
import type {PresetExpectations} from '../preset-compare.js';
import type {RecommendationReason} from '../ranking.js';
import type {Catalogue} from '../../i18n/catalogue.js';
import type {ReportWords} from '../../i18n/report-words.js';

/** What the run was asked to do and how to say it (the language's catalogue, the preset). */
export type DiagnoseOptions = {
	/** The words of the language to diagnose in (i18n/catalogue.ts `loadCatalogue`). */
	readonly catalogue: Pick<Catalogue, 'lang' | 'describe' | 'report'>;
	/** The user name of the login asked for (`--user`, the app's login step); never the password. */
	readonly user?: string;
	/** The confirmed test message (its port decides whether the run works). */
	readonly testMessage?: Pick<TestMessage, 'from' | 'to' | 'subject' | 'port'>;
	/** What a provider preset says, to compare with what the servers speak. */
	readonly preset?: PresetExpectations;
	/** The host a client should type when it is not the probed one (the lab's name). */
	readonly displayHost?: string;
	/** Better words for "Authentication:" than the default (a preset's or the lab's). */
	readonly authHint?: string;
	/** Relay ports (default: 25); a relay port is never a mail-client setting on a mixed run. */
	readonly isRelayPort?: (port: number) => boolean;
	/** Control probes of the ports that could not be reached (engine/controls.ts). */
	readonly controls?: readonly ControlResult[];
	/** The cloud this machine likely runs on, and the ports it blocks (hostinfo/cloud.ts). */
	readonly hostPolicy?: {
		readonly cloud: string;
		readonly blockedPorts: readonly number[];
		readonly evidence: string;
	};
};

/** The host's likely policy, when it explains ports that could not be reached in this run. */
export type DiagnosedPolicy = {
	readonly cloud: string;
	readonly evidence: string;
	/** Ports of this run that could not be reached and that the cloud blocks. */
	readonly ports: readonly number[];
	readonly sentence: string;
};

/** The control evidence as every output shows it. */
export type DiagnosedControls = {
	readonly title: string;
	readonly results: ReadonlyArray<ControlResult & {readonly text: string}>;
	/** Set when no control resolved: the network could not be checked. */
	readonly note?: string;
};

/** A verdict with its words in the run's language, as every output shows it. */
export type DiagnosedVerdict = {
	readonly verdict: Verdict;
	readonly status: RowStatusKind;
	readonly title: string;
	readonly summary: string;
	readonly advice: string;
};

/** The login or the test message of one port. */
export type DiagnosedStep = DiagnosedVerdict & {
	readonly kind: 'login' | 'test-message';
	/** "Login (PLAIN)", "Test message". Escaped. */
	readonly label: string;
	/** "User alice@example.com"; "From …, To …, Subject …, queue id …". Escaped. */
	readonly details?: string;
};

/** One port as every output shows it. Text fields are escaped for a terminal. */
export type DiagnosisRow = {
	readonly port: number;
	readonly progress: PortRowState['progress'];
	readonly status: RowStatusKind;
	readonly encryption: DetectedEncryption;
	/** "SSL/TLS", "STARTTLS", "NONE" or "?". */
	readonly encryptionLabel: string;
	readonly totalMs?: number;
	/** Set once the port finished. */
	readonly verdict?: DiagnosedVerdict;
	/** The table cell: the verdict's title, plus the first warning when an ok port shows WARN. */
	readonly headline: string;
	/** Every title of the port (verdict, login, test message, findings), joined with " · ". */
	readonly meaning: string;
	/** What to do, for this run: the verdict's advice, then a working port when there is one. */
	readonly advice: string;
	readonly findings: readonly DiagnosedVerdict[];
	readonly steps: readonly DiagnosedStep[];
	/** Why this port is judged as it is when the same fact reads differently elsewhere, and other hints. */
	readonly notes: readonly string[];
	/** The engine's result, once the port finished (facts: phases, TLS, transcript). */
	readonly result?: PortResult;
	/** The live row (phase, countdown) while it runs. */
	readonly live: PortRowState;
};

/** The answers a run can give (JSON `outcome`, exit codes 0 / 1 / 3), or `pending` while it runs. */
export type RunOutcome = 'works' | 'fails' | 'inconclusive';

/**
 * Why, from what actually happened (stable, JSON `outcomeReason`): `works`; `dns` (the name did
 * not resolve); `network` (every port refused / timed out / unreachable); `certificate` (TLS or
 * certificate faults); `plaintext` (SMTP works, but only without encryption); `wrong-mode` (the
 * encryption asked for is not what the port speaks); `server` (the server refused or did not
 * speak SMTP); `inconclusive` (rate-limited); `cancelled`; `mixed`; `login` (a port works but the
 * login failed); `send` (logged in, the test message was refused); `pending` (still running).
 */
export type OutcomeReason =
	| 'works'
	| 'dns'
	| 'network'
	/** Network failures, and the control hosts fail the same way: this network blocks the port. */
	| 'local-network'
	/** Network failures, but the control hosts connect: the server or its firewall. */
	| 'server-firewall'
	| 'certificate'
	| 'plaintext'
	| 'wrong-mode'
	| 'server'
	| 'inconclusive'
	| 'cancelled'
	| 'mixed'
	| 'login'
	| 'send'
	| 'pending';

/** The run-level conclusion. */
export type Conclusion = {
	readonly outcome: RunOutcome | 'pending';
	readonly reason: OutcomeReason;
	/** The port the conclusion is about (the login or send port, the port that told the story). */
	readonly port?: number;
	/** The verdict behind a login/send reason, or the one that told the story. */
	readonly verdict?: Verdict;
	/** The one closing sentence (undefined when the run works or still runs). Escaped. */
	readonly sentence?: string;
	/** What to do next (undefined when the run works or still runs). Escaped. */
	readonly nextStep?: string;
};

/** A setting to type into a mail client. */
export type DiagnosedSetting = {
	readonly host: string;
	readonly port: number;
	readonly encryption: 'implicit-tls' | 'starttls' | 'none';
	readonly encryptionLabel: string;
	readonly reason: RecommendationReason;
	/** Why this one, from this run (never says an unprobed port "did not work"). */
	readonly why: string;
	/** "logged in as NAME ✓", "not offered on this port", or the user name and password hint. */
	readonly authentication: string;
	readonly isLoggedIn: boolean;
	/** "Host … - Port … - Encryption … - Authentication: …". */
	readonly line: string;
	/** A warning to show under it (no encryption at all). */
	readonly note?: string;
};

/** How the preset and the server compare on one port, once it is known. */
export type PresetLineAgreement =
	'agrees' | 'agrees-but-fails' | 'better' | 'differs' | 'unknown' | 'not-tested' | 'pending';

/** The preset panel: "Preset Hostinger says:" and one line per port (none when nothing was reached). */
export type DiagnosedPreset = {
	readonly id?: string;
	readonly name: string;
	readonly title: string;
	readonly lines: ReadonlyArray<{
		readonly port: number;
		readonly agreement: PresetLineAgreement | 'not-listed';
		readonly text: string;
	}>;
};

/** Both IP families (issue 13): the IPv6 connects, and the trap when IPv4 worked and IPv6 did not. */
export type DiagnosedFamilies = {
	readonly checks: readonly FamilyCheck[];
	/** Ports where IPv4 connected and IPv6 timed out or was unreachable. */
	readonly trapPorts: readonly number[];
	/** The mirror: ports IPv4 could not reach while the IPv6 connect succeeded. */
	readonly ipv4FailPorts: readonly number[];
	readonly sentence?: string;
};

/** The one diagnosis of a run (see the file comment). */
export type Diagnosis = {
	readonly lang: Lang;
	/** The report's frame words in `lang` (what the formatters print around the diagnosis). */
	readonly words: ReportWords;
	readonly host: string;
	/** What a client types as host (the lab's name for lab runs). */
	readonly displayHost: string;
	readonly startedAt?: string;
	readonly durationMs?: number;
	readonly addresses: readonly ResolvedAddress[];
	readonly isFinished: boolean;
	readonly isCancelled: boolean;
	/** The likely cloud policy behind unreachable ports (issue 13), when one applies. */
	readonly policy?: DiagnosedPolicy;
	/** The control probes (issue 13), when any ran. */
	readonly controls?: DiagnosedControls;
	/** The IPv6 connects of a dual-stack host (issue 13), when any ran. */
	readonly families?: DiagnosedFamilies;
	/** The name-resolution failure, said once above the table. */
	readonly dns?: DiagnosedVerdict;
	/** The rows worth showing (none when every port only repeats the DNS failure). */
	readonly rows: readonly DiagnosisRow[];
	/** Every probed port, for outputs that keep them all (JSON). */
	readonly allRows: readonly DiagnosisRow[];
	readonly conclusion: Conclusion;
	readonly recommendation?: DiagnosedSetting;
	/** The next best working setting, when there is one. */
	readonly runnerUp?: DiagnosedSetting;
	readonly preset?: DiagnosedPreset;
	/** The user name of the login asked for (not a secret), to name it in outputs. */
	readonly user?: string;
	readonly testMessage?: DiagnoseOptions['testMessage'];
};
