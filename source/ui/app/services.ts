// What the app needs from the rest of the program, passed in by run-app.ts (and by tests),
// so screens and hooks import no engine, lab or formatter module directly.
import type {ControlResult} from '../../engine/controls.js';
import type {HostPolicy} from '../../hostinfo/cloud.js';
import type {Credentials, ProbeEvent, ProbeOptions, RunResult} from '../../engine/types.js';
import type {DiscoveryResult} from '../../discovery/discover.js';
import type {Diagnosis} from '../../report/diagnosis.js';
import type {Lang} from '../../config/lang.js';
import type {Lab, LabScenario} from '../../lab/lab.js';
import type {LessonCatalog} from './lesson-types.js';
import type {Multiplexer} from '../probe/clipboard.js';
import type {LoginDefaults} from '../../config/login-defaults.js';
import type {CompareWithPreset, PresetCatalogView, PresetPortClaim} from './presets-default.js';

/** The engine's entry point (`probeHost` in source/engine/). */
export type ProbeHost = (
	host: string,
	options: ProbeOptions,
) => AsyncGenerator<ProbeEvent, RunResult | undefined>;

/** A discovery (source/discovery) and, for each ranked candidate, the probe it leads to. */
export type DiscoveryView = {
	readonly result: DiscoveryResult;
	/** Same order as `result.candidates`. */
	readonly requests: readonly ProbeRequest[];
};

/** Everything the app calls out to. */
export type AppServices = {
	readonly probeHost: ProbeHost;
	readonly startLab: (scenario: LabScenario) => Promise<Lab>;
	/** Loaded on first use, after the first frame (the catalogues are most of the app's code). */
	readonly loadLessons: (lang: Lang) => Promise<LessonCatalog>;
	readonly loadPresets: () => Promise<PresetCatalogView>;
	/** Finds candidate servers for an address or domain; throws on bad input (one line). */
	readonly discover?: (target: string, signal: AbortSignal) => Promise<DiscoveryView>;
	/** Markdown report of a run, for the "s" key: redacted, and the secret's forms removed. */
	readonly formatReport: (diagnosis: Diagnosis, credentials?: Credentials) => string;
	/** The login step's defaults from --user, SMTP_DOCTOR_PASSWORD, --auth-mech, ... */
	readonly login?: LoginDefaults;
	/** The plain report of a finished run (what the app leaves in the scrollback on quit). */
	readonly formatPlain: (diagnosis: Diagnosis, isColor: boolean) => string;
	/** The run `whole` with the ports of `part` (probed again on their own) in place. */
	readonly mergePortRun: (whole: RunResult, part: RunResult) => Promise<RunResult>;
	/** The practice (exercises, their lab stations, the score): loaded when it opens. */
	readonly loadPractice?: () => Promise<PracticeKit>;
	/** `e` on Learn: writes the lessons handout into the current folder. */
	readonly exportHandout?: (lang: Lang) => Promise<HandoutExport>;
	/** `y` on a client's settings: the OSC 52 sequence is wrapped for this multiplexer ($TMUX, $STY). */
	readonly clipboardWrap?: Multiplexer;
	/** Options every run starts from (timeouts, EHLO name, mode, family, extra CAs). */
	readonly baseOptions: Omit<ProbeOptions, 'ports' | 'signal'>;
	/**
	 * Starts the control probes of a run on `host` (issue 13): fed the run's events, it probes
	 * the controls for ports that cannot be reached. Undefined when controls are off, and it
	 * returns undefined for a loopback host.
	 */
	readonly watchControls?: (
		host: string,
		options: {
			readonly connectTimeoutMs: number;
			readonly signal: AbortSignal;
			readonly family?: 4 | 6;
		},
	) => ControlWatch | undefined;
	/** This machine's likely cloud policy (read offline, once), when controls are on. */
	readonly hostPolicy?: HostPolicy;
};

/** The control probes of one run (source/controls/watch.ts, loaded on first use). */
export type ControlWatch = {
	readonly onEvent: (event: ProbeEvent) => void;
	readonly finish: () => Promise<ControlResult[]>;
};

/** The practice module (source/practice/), loaded on first use: it starts the lab's servers. */
export type PracticeKit = typeof import('../../practice/index.js');

/** What `exportHandout` did: the file written, or why it was left alone. */
export type HandoutExport =
	| {readonly isWritten: true; readonly path: string; readonly isReplaced: boolean}
	| {
			readonly isWritten: false;
			readonly file: string;
			/** `exists-not-ours` for a file the tool did not write; the system's words otherwise. */
			readonly reason: string;
	  };

/** What to probe: a preset, a custom host or a lab. */
export type ProbeRequest = {
	readonly host: string;
	readonly ports: readonly number[];
	readonly notOfferedPorts?: readonly number[];
	readonly authHint?: string;
	readonly lab?: LabScenario;
	/** Title shown above the table ("Hostinger Email"). */
	readonly title?: string;
	/** Opened from discovery: `c` goes back to the candidates. */
	readonly isFromDiscovery?: boolean;
	/** What the picked preset says, to compare with what the servers speak. */
	readonly preset?: {
		readonly name: string;
		readonly claims: readonly PresetPortClaim[];
		readonly unconfirmed: readonly string[];
		readonly compare: CompareWithPreset;
	};
};

/** Where the probe session leaves what the terminal keeps after the app quits. */
export type FinalReport = {current?: () => string | undefined};
