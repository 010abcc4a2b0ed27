// What needs no preset catalogue (so the start-up path can load it): loopback hosts, whose
// reachability says nothing about the network, and the --control list.
import type {ControlTarget} from '../engine/controls.js';

/** 127.0.0.0/8, ::1 and localhost: a server on this machine, reached without any network. */
export function isLoopbackHost(host: string): boolean {
	const name = host.toLowerCase().replace(/^\[|\]$/g, '');
	return (
		name === 'localhost' ||
		name.endsWith('.localhost') ||
		name === '::1' ||
		/^127(?:\.\d{1,3}){3}$/.test(name)
	);
}

/** Parses `--control HOST[:PORT][,HOST[:PORT]...]`; undefined for an entry that is not one. */
export function parseControls(value: string): readonly ControlTarget[] | undefined {
	const targets: ControlTarget[] = [];
	for (const raw of value.split(',')) {
		const item = raw.trim();
		const bracketed = /^\[([\da-f:.]+)\](?::(\d{1,5}))?$/i.exec(item);
		const plain = /^([\w.-]+)(?::(\d{1,5}))?$/.exec(item);
		const match = bracketed ?? plain;
		if (!match || (match[2] !== undefined && (Number(match[2]) < 1 || Number(match[2]) > 65_535))) {
			return undefined;
		}

		targets.push({host: match[1]!, ...(match[2] === undefined ? {} : {port: Number(match[2])})});
	}

	return targets.length > 0 ? targets : undefined;
}
