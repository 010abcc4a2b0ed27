// Statistics and the one line format every bench figure is printed in:
//
//   label                                  value   spread (IQR, n)      floor      target   MISSED
//
// Spread is the interquartile range of the samples (p25-p75), so one load spike on the shared
// 2-core machine does not hide the typical run, and a wide range says "don't trust this one".

/** Median of numbers. */
export function median(values) {
	return quantile(values, 0.5);
}

/** Linear-interpolated quantile (0..1) of numbers. */
export function quantile(values, q) {
	const sorted = [...values].sort((a, b) => a - b);
	if (sorted.length === 0) {
		return Number.NaN;
	}

	const position = (sorted.length - 1) * q;
	const low = Math.floor(position);
	const high = Math.ceil(position);
	return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}

/** {median, p25, p75, min, max, n} of numbers. */
export function summary(values) {
	return {
		median: median(values),
		p25: quantile(values, 0.25),
		p75: quantile(values, 0.75),
		min: Math.min(...values),
		max: Math.max(...values),
		n: values.length,
	};
}

const units = {
	ms: (value) => `${value.toFixed(value >= 100 ? 0 : 1)} ms`,
	x: (value) => `${value.toFixed(2)} x`,
	MiB: (value) => `${value.toFixed(1)} MiB`,
	'': (value) => value.toFixed(2),
};

function show(value, unit) {
	return value === undefined || Number.isNaN(value) ? '-' : (units[unit] ?? units[''])(value);
}

/** Every figure printed so far that has a target, for the closing tally. */
export const tally = [];

/**
 * Prints one figure. `spread` is a summary() (or [low, high]); `floor` the physical or
 * measured floor; `target` the upper bound (lower is better for every figure here).
 */
export function figure(label, value, {unit = 'ms', spread, floor, target, note} = {}) {
	const isMissed = target !== undefined && !(value <= target);
	if (target !== undefined) {
		tally.push({label, value, unit, target, isMissed});
	}

	const range = Array.isArray(spread) ? spread : spread ? [spread.p25, spread.p75] : undefined;
	const spreadText = range
		? `[${show(range[0], unit).replace(/ .*$/, '')}-${show(range[1], unit)}${
				!Array.isArray(spread) && spread?.n ? `, n=${spread.n}` : ''
			}]`
		: '';
	const parts = [
		`  ${label.padEnd(54)}`,
		show(value, unit).padStart(10),
		`  ${spreadText.padEnd(22)}`,
		`floor ${floor === undefined ? '-' : show(floor, unit)}`.padEnd(18),
		`target ${target === undefined ? '-' : `<= ${show(target, unit)}`}`.padEnd(20),
		isMissed ? 'MISSED' : target === undefined ? '' : 'ok',
	];
	console.log(parts.join('').trimEnd() + (note ? `   (${note})` : ''));
}

/** Section header. */
export function heading(text) {
	console.log('');
	console.log(text);
}

/** Prints the closing list of targets met and missed. */
export function printTally() {
	const missed = tally.filter((item) => item.isMissed);
	heading(`targets: ${tally.length - missed.length} met, ${missed.length} MISSED`);
	for (const item of missed) {
		console.log(
			`  MISSED  ${item.label}: ${show(item.value, item.unit)} (target <= ${show(item.target, item.unit)})`,
		);
	}
}
