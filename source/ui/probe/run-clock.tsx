// The run line under the title: when the run started and how long it took (or has been going).
import {Text} from 'ink';
import {useEffect, useState} from 'react';
import {useLanguage} from '../../i18n/language-context.js';
import {formatDuration} from '../../state/index.js';
import {useTheme} from '../theme.js';

export type RunClockProps = {
	/** ISO time the engine started the run. */
	readonly startedAt?: string;
	readonly durationMs?: number;
	readonly isFinished: boolean;
};

/** Local wall time as HH:MM:SS. */
export function clockTime(iso: string): string {
	const date = new Date(iso);
	return [date.getHours(), date.getMinutes(), date.getSeconds()]
		.map((part) => String(part).padStart(2, '0'))
		.join(':');
}

/** "Started 12:00:03 · took 1.6 s", or "... · running for 4 s" while it runs. */
export function RunClock({startedAt, durationMs, isFinished}: RunClockProps) {
	const theme = useTheme();
	const {t} = useLanguage();
	const [now, setNow] = useState(() => Date.now());
	const isRunning = startedAt !== undefined && !isFinished;
	useEffect(() => {
		if (!isRunning) {
			return;
		}

		const timer = setInterval(() => {
			setNow(Date.now());
		}, 1000);
		return () => {
			clearInterval(timer);
		};
	}, [isRunning]);
	if (startedAt === undefined) {
		return <Text> </Text>;
	}

	const since = isFinished
		? durationMs === undefined
			? ''
			: t('probe.took', {duration: formatDuration(durationMs)})
		: t('probe.runningFor', {
				seconds: Math.max(0, Math.floor((now - Date.parse(startedAt)) / 1000)),
			});
	return (
		<Text color={theme.color('muted')} wrap="truncate-end">
			{t('probe.started', {time: clockTime(startedAt)})}
			{since === '' ? '' : ` · ${since}`}
		</Text>
	);
}
