// `check --targets FILE`: reading and validating the list of hosts, and `--shard K/N`.
//
// One target per line: a host exactly as `check HOST` takes it (validated by the same
// parseHost), or an email address, which stands for its domain (check probes a server, not a
// mailbox: `you@example.com` probes example.com; `discover` ranks the real candidates). `#`
// starts a comment, blank lines are skipped, `-` reads stdin. Bounded: at most 1 MiB and
// 10,000 lines, so a wrong file (a log, a binary) is one clear line, not a long run.
import {open} from 'node:fs/promises';
import {DiscoveryInputError, parseDiscoveryTarget} from '../discovery/target.js';
import {UsageError} from '../config/usage-error.js';
import {parseHost, quote} from './validate.js';

/** Largest targets file read (bytes). */
export const maxTargetsBytes = 1024 * 1024;
/** Most lines a targets file may have (comments and blank lines included). */
export const maxTargetsLines = 10_000;

/** One target: the host to probe, and the line it came from. */
export type Target = {
	readonly host: string;
	/** What the line said when it was an email address (shown next to the host). */
	readonly email?: string;
	readonly line: number;
};

/** A readable stream, as stdin is. */
export type InputStream = AsyncIterable<Buffer | string>;

async function readBounded(chunks: AsyncIterable<Buffer | string>, name: string): Promise<string> {
	const parts: Buffer[] = [];
	let size = 0;
	for await (const chunk of chunks) {
		const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
		size += buffer.length;
		if (size > maxTargetsBytes) {
			throw new UsageError(
				`--targets: ${name} is larger than ${maxTargetsBytes / 1024 / 1024} MiB; split it (see --shard)`,
			);
		}

		parts.push(buffer);
	}

	return Buffer.concat(parts).toString('utf8');
}

/** Reads FILE (or stdin for `-`), bounded. Throws a one-line UsageError. */
export async function readTargetsText(file: string, stdin: InputStream): Promise<string> {
	if (file === '-') {
		return readBounded(stdin, 'stdin');
	}

	let handle;
	try {
		handle = await open(file, 'r');
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code ?? 'error';
		throw new UsageError(
			code === 'ENOENT'
				? `--targets: ${quote(file)} does not exist`
				: `--targets: cannot read ${quote(file)}: ${code}`,
		);
	}

	try {
		const stats = await handle.stat();
		if (stats.isDirectory()) {
			throw new UsageError(
				`--targets: ${quote(file)} is a folder; give a file with one host per line`,
			);
		}

		return await readBounded(
			handle.createReadStream({autoClose: false, highWaterMark: 64 * 1024}),
			quote(file),
		);
	} catch (error) {
		if (error instanceof UsageError) {
			throw error;
		}

		const code = (error as NodeJS.ErrnoException).code ?? 'error';
		throw new UsageError(`--targets: cannot read ${quote(file)}: ${code}`);
	} finally {
		await handle.close();
	}
}

function targetOf(text: string, line: number, name: string): Target {
	try {
		if (text.includes('@') && !text.startsWith('[')) {
			const parsed = parseDiscoveryTarget(text);
			return {host: parseHost(parsed.domain).host, email: parsed.email ?? text, line};
		}

		return {host: parseHost(text).host, line};
	} catch (error) {
		if (error instanceof UsageError || error instanceof DiscoveryInputError) {
			throw new UsageError(`--targets: ${name} line ${line}: ${error.message}`);
		}

		throw error;
	}
}

/** The normalised form two lines are the same target by (case, trailing dot, IPv6 spelling). */
export function targetKey(host: string): string {
	const lower = host.toLowerCase();
	if (lower.includes(':')) {
		// One spelling per IPv6 address: the URL parser compresses it.
		return new URL(`http://[${lower}]/`).hostname;
	}

	return lower.endsWith('.') ? lower.slice(0, -1) : lower;
}

/**
 * The targets of a file's text, in file order, each host once (the first line that names it
 * wins). Throws a one-line UsageError naming the line of the first bad target.
 */
export function parseTargets(text: string, name: string): Target[] {
	const lines = text.split(/\r?\n/);
	if (lines.at(-1) === '') {
		lines.pop();
	}

	if (lines.length > maxTargetsLines) {
		throw new UsageError(
			`--targets: ${name} has ${lines.length} lines, at most ${maxTargetsLines}; split it (see --shard)`,
		);
	}

	const seen = new Set<string>();
	const targets: Target[] = [];
	for (const [index, raw] of lines.entries()) {
		const hash = raw.indexOf('#');
		const text = (hash === -1 ? raw : raw.slice(0, hash)).trim();
		if (text === '') {
			continue;
		}

		const target = targetOf(text, index + 1, name);
		const key = targetKey(target.host);
		if (!seen.has(key)) {
			seen.add(key);
			targets.push(target);
		}
	}

	if (targets.length === 0) {
		throw new UsageError(`--targets: ${name} names no host (one host or email address per line)`);
	}

	return targets;
}

/** A parsed `--shard K/N`. */
export type Shard = {readonly index: number; readonly count: number};

/** Parses `--shard K/N` (1 <= K <= N <= 1000). */
export function parseShard(raw: string): Shard {
	const match = /^\s*(\d{1,4})\s*\/\s*(\d{1,4})\s*$/.exec(raw);
	const index = Number(match?.[1]);
	const count = Number(match?.[2]);
	if (!match || count < 1 || count > 1000 || index < 1 || index > count) {
		throw new UsageError(
			`--shard: ${quote(raw.slice(0, 40))} is not K/N with 1 <= K <= N <= 1000 (e.g. --shard 2/4)`,
		);
	}

	return {index, count};
}

/**
 * Shard K of N: the targets whose position in the de-duplicated list, counted from 0, is
 * K-1 modulo N. Deterministic for one file, and the N shards together hold every target once.
 */
export function shardTargets<T>(targets: readonly T[], shard: Shard | undefined): T[] {
	return shard
		? targets.filter((_, position) => position % shard.count === shard.index - 1)
		: [...targets];
}
