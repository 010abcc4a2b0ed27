// Prints how many cases the fuzz tier generated, over how many properties (the tally the
// properties append to, see runs.ts).
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

export default function setup(): () => void {
	const folder = mkdtempSync(path.join(tmpdir(), 'smtp-doctor-fuzz-'));
	const tally = path.join(folder, 'tally');
	process.env['SMTP_DOCTOR_FUZZ_TALLY'] = tally;
	return () => {
		let counts: number[] = [];
		try {
			counts = readFileSync(tally, 'utf8').trim().split('\n').filter(Boolean).map(Number);
		} catch {}

		const total = counts.reduce((sum, count) => sum + count, 0);
		console.log(
			`fuzz: ${total} generated cases over ${counts.length} passing properties${total < 100_000 ? ' (MISSED: fewer than 100,000)' : ''}`,
		);
		rmSync(folder, {recursive: true, force: true});
	};
}
