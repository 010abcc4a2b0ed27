// English report words (see report-words.ts).
import {messagesEn} from './messages.en.js';
import type {ReportWords} from './report-words.js';

export const reportWordsEn: ReportWords = {
	port: 'Port',
	encryption: 'Encryption',
	status: 'Status',
	time: 'Time',
	meaning: 'What it means',
	addresses: 'Addresses',
	noAddresses: 'none',
	took: 'took',
	whatToDo: 'What to do',
	alsoNoticed: 'Also noticed',
	login: 'Login',
	testMessage: 'Test message',
	loginAs: 'User {user}',
	from: 'From',
	to: 'To',
	subject: 'Subject',
	queueId: 'queue id',
	recommended: 'Recommended settings',
	host: 'Host',
	authentication: 'Authentication',
	authNotOffered: 'not offered on this port (ask your provider)',
	outcomes: {
		network:
			'No port worked: every port failed to connect (refused, timed out or unreachable). The problem is likely your network or a firewall, not the server.',
		'local-network':
			'No port worked, and this network is the likely cause: the control hosts fail the same way on port {ports} from here (see Control hosts). The server may well be fine.',
		'server-firewall':
			'No port worked, but this network can reach port {ports} elsewhere (the control hosts connect): the server is down or its firewall closes those ports.',
		certificate:
			'No port worked: every port that answered had a certificate or TLS problem (see above).',
		plaintext:
			'No setting is recommended: SMTP answers, but only without encryption, so a password would travel in clear.',
		'wrong-mode':
			'No port worked in the encryption mode asked for: the ports speak another one (see each port above).',
		server:
			'No port worked: the server answered but refused the session or did not speak SMTP (see each port above).',
		inconclusive: 'Inconclusive: the server is rate-limiting or busy.',
		mixed: 'No port worked, each for its own reason (see each port above).',
	},
	loginFailed: 'Port {port} works, but the login failed: {title}.',
	loginNotTried: 'Port {port} works, but the login was not tried there.',
	sendFailed:
		'Port {port} works and the login succeeded, but the test message was not sent: {title}.',
	sendNotTried: 'The test message was not sent through port {port}.',
	loggedInAs: 'logged in as {user} ✓',
	authDefault: 'the user name and password your provider gave you',
	noPortTried:
		'No port was tried: the host name did not resolve (see DNS above). Nothing is known yet about the server itself.',
	cancelled: 'Cancelled before every port finished.',
	dns: 'DNS',
	preset: 'preset',
	usedAddress: 'address',
	certificate: 'certificate',
	daysLeft: 'days left',
	nextStep: 'Next step',
	statusWords: messagesEn.status,
	nextSteps: {
		network:
			'Try another network (a phone hotspot, say) to tell your network from the server’s firewall, or ask which ports are open from here; check the host name too.',
		'local-network':
			'Use a network that allows outbound mail ports (a phone hotspot, say), or ask the network’s owner (ISP, cloud provider, company firewall) to open them; a mail provider’s other port may also be open.',
		'server-firewall':
			'Check the host name and the ports with your provider; if it is your server, look at the service and its firewall.',
		certificate:
			'The server must fix its certificate; if you trust its CA, pass it with --ca FILE rather than turning checks off.',
		plaintext:
			'Ask your provider for an encrypted submission port (SSL/TLS, or STARTTLS), and do not send a password here.',
		'wrong-mode':
			'Set each port to the encryption it really speaks (see above), or probe with --mode auto.',
		server: 'Ask the server administrator or your provider, with the server’s reply shown above.',
		inconclusive: 'Wait a few minutes, then probe again with fewer ports or runs.',
		mixed: 'Read each port’s advice above.',
		login: 'Check the user name and password, then run the check again.',
		send: 'Read the server’s reply above, then run the check again.',
	},
	useWorkingPort: 'In this run, port {port} ({encryption}) works: use that instead.',
	policy:
		'Likely: this machine runs on {cloud} (read from {file}), and {cloud} blocks outbound port {ports} by default. Ask {cloud} to lift the block, or use a port that works from here.',
	ipv6Trap: {
		timeout:
			'IPv6 to this server times out from here (port {ports}, {address}, no answer in {ms} ms); IPv4 works. A client that tries IPv6 first hangs until its own timeout before it falls back, or fails: make it use IPv4 (--client NAME shows the setting).',
		unreachable:
			'IPv6 to this server is unreachable from here (port {ports}, {address}); IPv4 works. A client that tries IPv6 first and does not fall back fails: make it use IPv4 (--client NAME shows the setting).',
	},
	ipv4Dead:
		'IPv4 to this server fails from here (port {ports}, {address}), but IPv6 connects: the probe used IPv4, so a client that uses IPv6 may well get through. Run the check again with -6 to see what the server says over IPv6.',
	controls: {
		title: 'Control hosts (the same port elsewhere, from this machine)',
		line: '{host}{address} port {port}: {outcome} in {ms} ms',
		outcomes: {
			connected: 'connected',
			refused: 'refused',
			timeout: 'timed out',
			unreachable: 'unreachable',
			unresolved: 'name did not resolve',
		},
		unchecked: 'The network could not be checked: no control host resolved (no working DNS here?).',
		rowBlocked:
			'The control hosts fail on port {port} from here too: this network (an ISP, cloud or company firewall) most likely blocks outbound port {port}, not the server. Use a network that allows it, or ask the network’s owner to open it.',
		rowOpen:
			'The control hosts connect on port {port} from here: this network lets the port through, so the server or its firewall does not answer on it. Check the host name and port with your provider.',
	},
	why: {
		'implicit-tls-465': 'Implicit TLS on 465 is the preferred choice (RFC 8314).',
		'starttls-587': 'STARTTLS on 587, set to required so it cannot be skipped.',
		'implicit-tls-other': 'Implicit TLS on port {port}.',
		'starttls-other': 'STARTTLS on port {port}, set to required so it cannot be skipped.',
		'relay-25':
			'Port 25 is for server-to-server relay (RFC 5321); this run probed no submission port for mail clients.',
		'plain-only-last-resort': 'Last resort, no encryption: never send a password here.',
	},
	whyOther: {
		notTested: 'Port {port} was not tested in this run.',
		unfinished: 'Port {port} did not finish.',
		failed: 'Port {port} did not work from here.',
		loginFailed: 'The login on port {port} failed.',
		noLogin: 'Port {port} works but offers no login.',
	},
	plainNote: 'No port offered encryption: anything you send, password included, travels in clear.',
	severityRelay:
		'Judged milder on port 25 than on port {others}: 25 is server-to-server relay, where encryption is opportunistic and a mail client never logs in.',
	severityRelayCertificate:
		'Judged milder on port 25 than on port {others}: mail servers relaying on 25 commonly accept any certificate (opportunistic TLS); a mail client logging in must not.',
	severityClient:
		'Judged stricter on port {port} than on port {others}: a mail client logs in here, so this matters for your password.',
	severityClientCertificate:
		'Judged stricter on port {port} than on port {others}: a mail client logging in here must not trust a certificate nothing vouches for, or the password may go to an impostor (RFC 8314 §5).',
	ipCertificateName:
		'You connected by IP address, and the certificate names {names}: type {name} as the SMTP host in your client (several clients check the name and refuse an IP address).',
	presetWords: {
		title: 'Preset {name} says:',
		agrees: 'server agrees ✓',
		agreesButFails: 'server speaks it, but the port fails (see above) ✗',
		better: 'server also offers STARTTLS ✓',
		differs: 'server speaks {detected} ✗',
		unknown: 'the probe could not reach it to tell',
		notTested: 'not tested in this run',
		pending: 'not known yet',
		notListed: 'port {port}: not offered by this provider',
		recommended: 'recommended',
		unconfirmed: 'unconfirmed',
		thirdParty: 'third-party source',
		unconfirmedFact: 'Unconfirmed: {fact}',
	},
	batchWords: {
		title: '{count} targets',
		target: 'Target',
		outcome: 'Outcome',
		reason: 'Why',
		setting: 'Recommended',
		time: 'Time',
		summary: '{finished} of {total} targets in {duration}: {counts}',
		notFinished: '{count} not finished (interrupted)',
		shard: 'shard {shard} of the targets',
		outcomes: {works: 'works', fails: 'fails', inconclusive: 'inconclusive'},
	},
};
