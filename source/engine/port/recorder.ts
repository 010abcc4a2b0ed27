// The record of one port probe as it happens: phase timings and the transcript, each streamed
// as an event the moment it exists. Every transcript line is redacted here, whole, before
// anything else sees it (server echoes of the secret included).
import type {TranscriptSink} from '../connection.js';
import type {Redactor} from '../redact.js';
import {clipSanitized} from '../sanitize.js';
import type {Phase, PhaseTiming, TranscriptDirection, TranscriptEntry} from '../types.js';
import {maxTranscriptEntries, type PhaseEnd, type PortProbeContext} from './context.js';
import {nowMs} from '../clock.js';

/** Phases and transcript of one port, bounded, streamed through `context.emit`. */
export class Recorder {
	readonly phases: PhaseTiming[] = [];
	readonly transcript: TranscriptEntry[] = [];
	/** When the current greeting wait began (nowMs()), for greeting-delay and greeting-slow. */
	greetingStartedAt = 0;
	private dropped = 0;
	private readonly context: Pick<PortProbeContext, 'port' | 'runStart' | 'emit'>;
	private readonly redact: Redactor;

	constructor(context: Pick<PortProbeContext, 'port' | 'runStart' | 'emit'>, redact: Redactor) {
		this.context = context;
		this.redact = redact;
	}

	/** Milliseconds since the run started. */
	now(): number {
		return Math.round(nowMs() - this.context.runStart);
	}

	/** Starts a timed phase; the returned function ends it (only its first call counts). */
	startPhase(phase: Phase, attempt: number): PhaseEnd {
		const startMs = this.now();
		if (phase === 'greeting') {
			this.greetingStartedAt = nowMs();
		}

		this.context.emit({
			type: 'phase-started',
			port: this.context.port,
			phase,
			attempt,
			atMs: startMs,
		});
		let isDone = false;
		return (isOk, detail) => {
			if (isDone) {
				return;
			}

			isDone = true;
			const timing: PhaseTiming = {
				phase,
				attempt,
				startMs,
				durationMs: this.now() - startMs,
				isOk,
				// Details are our own words, error codes or already-sanitised server text.
				...(detail === undefined ? {} : {detail: clipSanitized(detail, 160)}),
			};
			this.phases.push(timing);
			this.context.emit({type: 'phase-finished', port: this.context.port, timing});
		};
	}

	/** Where a connection of this attempt writes its transcript lines. */
	sink(attempt: number): TranscriptSink {
		return (direction, text, isEncrypted) => {
			this.record(direction, text, isEncrypted, attempt);
		};
	}

	record(direction: TranscriptDirection, text: string, isEncrypted: boolean, attempt: number) {
		if (this.transcript.length >= maxTranscriptEntries) {
			this.dropped++;
			return;
		}

		this.push({direction, atMs: this.now(), isEncrypted, text: this.redact(text), attempt});
	}

	/** A line of our own in the transcript. */
	note(attempt: number, text: string, isEncrypted = false) {
		this.record('note', text, isEncrypted, attempt);
	}

	/** Says, once at the end, how many lines the limit dropped. */
	finish(attempt: number) {
		if (this.dropped > 0) {
			this.push({
				direction: 'note',
				atMs: this.now(),
				isEncrypted: false,
				text: `${this.dropped} lines dropped (transcript limit ${maxTranscriptEntries} per port)`,
				attempt,
			});
		}
	}

	private push(entry: TranscriptEntry) {
		this.transcript.push(entry);
		this.context.emit({type: 'transcript', port: this.context.port, entry});
	}
}
