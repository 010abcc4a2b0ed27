// Thin, typed wrappers over node:dns Resolver: every lookup ends in an outcome, never a throw,
// so discovery can say exactly what the DNS said (NXDOMAIN, no records, timeout, unreachable).
import {controlNameResolves} from '../engine/resolve.js';
import {Resolver} from 'node:dns/promises';
import {nowMs} from '../engine/clock.js';

/** What one DNS question came back with. */
export type LookupStatus =
	| 'found'
	| 'nxdomain'
	| 'no-records'
	| 'timeout'
	| 'unreachable'
	| 'server-failure'
	| 'refused'
	| 'bad-response'
	| 'cancelled'
	| 'error';

export type RecordType = 'SRV' | 'MX' | 'A' | 'AAAA';

/** One DNS question and its outcome, kept as evidence. */
export type DnsLookup = {
	readonly name: string;
	readonly type: RecordType;
	readonly status: LookupStatus;
	/** Number of records when found. */
	readonly count: number;
	readonly durationMs: number;
	/** The resolver's error code when not found (ENOTFOUND, ETIMEOUT, ...). */
	readonly code?: string;
};

export type SrvRecord = {
	readonly name: string;
	readonly port: number;
	readonly priority: number;
	readonly weight: number;
};

export type MxRecord = {readonly exchange: string; readonly priority: number};

export type LookupResult<T> = {readonly lookup: DnsLookup; readonly records: readonly T[]};

/** Statuses that mean the DNS itself did not answer (as opposed to answering "no"). */
export const unansweredStatuses: ReadonlySet<LookupStatus> = new Set([
	'timeout',
	'unreachable',
	'server-failure',
	'refused',
	'bad-response',
	'error',
]);

function statusOf(code: string | undefined): LookupStatus {
	switch (code) {
		case 'ENOTFOUND': {
			return 'nxdomain';
		}

		case 'ENODATA': {
			return 'no-records';
		}

		case 'ETIMEOUT': {
			return 'timeout';
		}

		case 'ECONNREFUSED':
		case 'ECONNRESET':
		case 'ENETUNREACH': {
			return 'unreachable';
		}

		case 'ESERVFAIL': {
			return 'server-failure';
		}

		case 'EREFUSED': {
			return 'refused';
		}

		case 'EBADRESP':
		case 'EFORMERR':
		case 'EBADNAME': {
			return 'bad-response';
		}

		case 'ECANCELLED':
		case 'EDESTRUCTION': {
			return 'cancelled';
		}

		default: {
			return 'error';
		}
	}
}

/** A resolver bound to one server (or the system's), with a per-query timeout and abort. */
export class DnsClient {
	readonly #resolver: Resolver;
	readonly #signal: AbortSignal | undefined;

	constructor(options: {
		readonly server?: string;
		readonly timeoutMs: number;
		readonly signal?: AbortSignal;
	}) {
		// One try: the timeout the user gave is the time a question may take, not per retry.
		this.#resolver = new Resolver({timeout: options.timeoutMs, tries: 1});
		if (options.server !== undefined) {
			this.#resolver.setServers([options.server]);
		}

		this.#signal = options.signal;
	}

	/**
	 * Asks the same resolver for the engine's control name (example.com). A resolver that
	 * denies it too is not working (captive portal, filtering, no network): its NXDOMAIN for
	 * the user's domain says nothing about the spelling.
	 */
	async controlNameResolves(): Promise<boolean> {
		if (this.#signal?.aborted) {
			return true;
		}

		return controlNameResolves(this.#resolver);
	}

	/** Cancels every outstanding query (they end as `cancelled`). */
	cancel(): void {
		this.#resolver.cancel();
	}

	async srv(name: string): Promise<LookupResult<SrvRecord>> {
		return this.#run(name, 'SRV', async () => this.#resolver.resolveSrv(name));
	}

	async mx(name: string): Promise<LookupResult<MxRecord>> {
		return this.#run(name, 'MX', async () => this.#resolver.resolveMx(name));
	}

	async a(name: string): Promise<LookupResult<string>> {
		return this.#run(name, 'A', async () => this.#resolver.resolve4(name));
	}

	async aaaa(name: string): Promise<LookupResult<string>> {
		return this.#run(name, 'AAAA', async () => this.#resolver.resolve6(name));
	}

	async #run<T>(
		name: string,
		type: RecordType,
		query: () => Promise<T[]>,
	): Promise<LookupResult<T>> {
		const started = nowMs();
		const done = (status: LookupStatus, records: T[], code?: string): LookupResult<T> => ({
			lookup: {
				name,
				type,
				status,
				count: records.length,
				durationMs: Math.round(nowMs() - started),
				...(code === undefined ? {} : {code}),
			},
			records,
		});

		if (this.#signal?.aborted) {
			return done('cancelled', []);
		}

		try {
			const records = await query();
			return records.length > 0 ? done('found', records) : done('no-records', []);
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code;
			return done(this.#signal?.aborted ? 'cancelled' : statusOf(code), [], code);
		}
	}
}
