// Hosts on this machine: their reachability says nothing about the network, so no controls.
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
