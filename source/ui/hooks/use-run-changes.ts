// What a re-run changed: each row whose status differs from the run before, and whether it got
// better (a port that went from FAIL to OK after a firewall fix).
import {useCallback, useState} from 'react';
import type {Tone} from '../theme.js';

/** A row as this hook needs it: its port, status word and tone, and whether it is done. */
export type StatusRow = {
	readonly port: number;
	readonly isPending: boolean;
	readonly status: {readonly word: string; readonly tone: Tone};
};

/** How a row changed since the run before. */
export type RowChange = {readonly was: string; readonly isBetter: boolean};

const badness: Readonly<Record<Tone, number>> = {
	fail: 3,
	warn: 2,
	info: 1,
	muted: 1,
	pending: 1,
	accent: 1,
	lab: 1,
	ok: 0,
};

/** Rows whose status differs from `before`, once they are done again. */
export function rowChanges(
	before: ReadonlyMap<number, StatusRow['status']>,
	rows: readonly StatusRow[],
): ReadonlyMap<number, RowChange> {
	const changes = new Map<number, RowChange>();
	for (const row of rows) {
		const was = before.get(row.port);
		if (!row.isPending && was && was.word !== row.status.word) {
			changes.set(row.port, {
				was: was.word,
				isBetter: badness[row.status.tone] < badness[was.tone],
			});
		}
	}

	return changes;
}

/** Keeps the statuses before a re-run (`remember`) and says what changed since. */
export function useRunChanges(rows: readonly StatusRow[]): {
	readonly changes: ReadonlyMap<number, RowChange>;
	/** Call as a re-run starts (all rows, or the ones probed again). */
	readonly remember: (ports?: readonly number[]) => void;
} {
	const [before, setBefore] = useState<ReadonlyMap<number, StatusRow['status']>>(new Map());
	const remember = useCallback(
		(ports?: readonly number[]) => {
			setBefore((current) => {
				const next = new Map(ports ? current : []);
				for (const row of rows) {
					if (!row.isPending && (!ports || ports.includes(row.port))) {
						next.set(row.port, row.status);
					}
				}

				return next;
			});
		},
		[rows],
	);
	return {changes: rowChanges(before, rows), remember};
}
