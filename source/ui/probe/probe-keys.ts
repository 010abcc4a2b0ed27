// The probe session's keys, as a table: which key runs which command, and where it works.
import {useInput} from 'ink';

export type ProbeCommand =
	| 'rerun'
	| 'rerun-port'
	| 'options'
	| 'lesson'
	| 'candidates'
	| 'clients'
	| 'login'
	| 'test-message'
	| 'save-report';

/** Key -> command, and the views it works in. */
export const probeKeyMap: Readonly<
	Record<
		string,
		{readonly command: ProbeCommand; readonly views: ReadonlyArray<'table' | 'detail'>}
	>
> = {
	r: {command: 'rerun', views: ['table', 'detail']},
	p: {command: 'rerun-port', views: ['table', 'detail']},
	o: {command: 'options', views: ['table', 'detail']},
	l: {command: 'lesson', views: ['table', 'detail']},
	c: {command: 'clients', views: ['table', 'detail']},
	d: {command: 'candidates', views: ['table', 'detail']},
	a: {command: 'login', views: ['table', 'detail']},
	t: {command: 'test-message', views: ['detail']},
	s: {command: 'save-report', views: ['table', 'detail']},
};

/** Runs `onCommand` for the keys of `probeKeyMap` that work in `view`. */
export function useProbeKeys(
	view: 'table' | 'detail' | 'other',
	isActive: boolean,
	onCommand: (command: ProbeCommand) => void,
): void {
	useInput(
		(input) => {
			const entry = Object.hasOwn(probeKeyMap, input) ? probeKeyMap[input] : undefined;
			if (entry && view !== 'other' && entry.views.includes(view)) {
				onCommand(entry.command);
			}
		},
		{isActive: isActive && view !== 'other'},
	);
}
