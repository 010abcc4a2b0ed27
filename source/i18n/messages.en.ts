// English interface strings: the source catalogue. Short enough for an 80x24 terminal.
// {name} marks a placeholder filled by the translator (see translate.ts); the Indonesian
// catalogue must use the same keys and the same placeholders.

export const messagesEn = {
	language: {
		name: 'English',
		switched: 'Language: English',
	},
	home: {
		title: 'SMTP Port Doctor',
		subtitle: 'Which mail port works from here, and why',
		presets: 'Providers',
		customHost: 'Custom host...',
		lab: 'Local lab (offline demo)',
		labMistakes: 'Lab: classic mistakes',
		learn: 'Learn',
		quit: 'Quit',
		hint: 'Enter choose · ? help · L language · q quit',
	},
	custom: {
		title: 'Custom host',
		host: 'Host',
		ports: 'Ports',
		hostPlaceholder: 'smtp.example.com',
		portsPlaceholder: '465,587,2525,25',
		hint: 'Tab next field · Enter run · Esc back',
		hostEmpty: 'Enter a host name.',
		hostInvalid: 'Not a valid host name: {host}',
		portsEmpty: 'Enter at least one port.',
		portInvalid: 'Port must be a number from 1 to 65535: {port}',
	},
	table: {
		port: 'Port',
		encryption: 'Encryption',
		status: 'Status',
		time: 'Time',
		meaning: 'What it means',
	},
	status: {
		ok: 'OK',
		warn: 'WARN',
		fail: 'FAIL',
		info: 'INFO',
		skipped: 'SKIP',
		pending: 'WAIT',
	},
	encryption: {
		'implicit-tls': 'SSL/TLS',
		starttls: 'STARTTLS',
		none: 'NONE',
		auto: 'AUTO',
		unknown: '?',
	},
	phase: {
		resolve: 'resolving',
		connect: 'connecting',
		tls: 'TLS handshake',
		greeting: 'waiting for greeting',
		ehlo: 'EHLO',
		helo: 'HELO',
		starttls: 'STARTTLS',
		auth: 'logging in',
		mail: 'sending test',
		quit: 'closing',
	},
	probe: {
		title: 'Checking {host}',
		titlePreset: 'Checking {host} ({provider})',
		addresses: 'Addresses: {addresses}',
		usedAddress: 'Connected to {address}',
		running: 'Probing {count} ports...',
		finished: 'Done in {time}',
		cancelled: 'Cancelled',
		labBanner: 'LAB: real servers on 127.0.0.1, no network',
		labPort: 'port {port} stands for {standsFor}',
		notOffered: 'not offered by {provider}',
		hint: '↑↓ move · Enter details · r re-run · l lesson · s save · ? help · q quit',
	},
	recommendation: {
		title: 'Use these settings',
		settings:
			'Host {host} - Port {port} - Encryption {encryption} - Authentication: your full email address',
		why465: 'Implicit TLS on 465 is the preferred choice (RFC 8314).',
		why587: 'STARTTLS on 587, with TLS required (465 did not work).',
		whyFallback: 'Fallback: the preferred ports did not work from here.',
		plainWarning: 'No encrypted port worked: do not send a password here.',
		nothingWorks: 'No port works from here.',
		likelyCause: 'Most likely: {cause}',
		nextStep: 'Next step: {step}',
	},
	detail: {
		title: 'Port {port} · {encryption}',
		timeline: 'Timeline',
		tls: 'TLS',
		certificate: 'Certificate',
		capabilities: 'Capabilities',
		transcript: 'Transcript',
		verdict: 'Verdict',
		findings: 'Also found',
		lesson: 'Lesson',
		readMore: 'l: read the lesson',
		protocol: 'Protocol',
		cipher: 'Cipher',
		subject: 'Subject',
		altNames: 'Names',
		issuer: 'Issuer',
		validFrom: 'Valid from',
		validTo: 'Valid until',
		daysLeft: '{days} days left',
		expiredDaysAgo: 'expired {days} days ago',
		fingerprint: 'SHA-256',
		chain: 'Chain: {count} certificate(s)',
		trusted: 'Trusted',
		untrusted: 'Not trusted: {reason}',
		nameMatches: 'Name matches {host}',
		nameMismatch: 'Name does not match {host}',
		authMechanisms: 'AUTH: {mechanisms}',
		noAuth: 'AUTH: not offered',
		beforeTls: 'before TLS',
		afterTls: 'after TLS',
		attempt: 'attempt {attempt}',
		nothingYet: '(nothing yet)',
		hint: '↑↓ scroll · l lesson · Esc back · ? help',
	},
	learn: {
		title: 'Learn',
		encryption: 'Encryption',
		ports: 'Ports',
		ideas: 'Ideas',
		sources: 'Sources',
		hint: '↑↓ move · Enter open · Esc back · L language',
		lessonHint: 'Esc back · L language · ? help',
	},
	help: {
		title: 'Keys',
		move: 'Move',
		open: 'Open',
		back: 'Back',
		rerun: 'Re-run the probe',
		lessons: 'Lessons',
		save: 'Save a report (Markdown)',
		help: 'This help',
		language: 'Language: English / Indonesia',
		quit: 'Quit',
		close: 'Press any key to close',
	},
	report: {
		saved: 'Report saved: {path}',
		saveFailed: 'Could not save the report: {reason}',
		title: 'SMTP check of {host}',
		generated: 'Generated {date} by smtp-doctor {version}',
	},
	cli: {
		help: `Usage
  $ smtp-doctor                  open the interactive app
  $ smtp-doctor HOST             open the app on HOST
  $ smtp-doctor check HOST       print a report (scripts, SSH, no TTY)
  $ smtp-doctor presets          list provider presets

Options
  --ports LIST       ports to probe (default 25,465,587,2525)
  --mode MODE        auto, implicit-tls, starttls or none (default auto)
  --timeout MS       connect timeout in milliseconds (default 5000)
  --ehlo NAME        name sent in EHLO
  -4, -6             use IPv4 or IPv6 only
  --ca FILE          also trust the CA certificates in FILE (PEM)
  --preset NAME      use a provider preset, e.g. hostinger
  --user NAME        log in as NAME (password from SMTP_DOCTOR_PASSWORD)
  --json             print JSON instead of text
  --lab              run against the built-in local lab
  --lang en|id       interface language (default: from LANG)
  --help, --version

Exit codes: 0 recommended setting works, 1 no port works, 2 usage error`,
		usage: 'Usage: smtp-doctor check HOST [--ports 465,587] [--json]',
		missingHost: 'Missing host. Usage: smtp-doctor check HOST',
		invalidHost: 'Invalid host name: {host}',
		invalidPort: 'Invalid port {port}: use a number from 1 to 65535',
		invalidMode: 'Unknown mode {mode}: use auto, implicit-tls, starttls or none',
		invalidTimeout: 'Invalid timeout {value}: use milliseconds greater than 0',
		invalidLang: 'Unknown language {lang}: use en or id',
		unknownCommand: 'Unknown command {command}. Run smtp-doctor --help',
		unknownFlag: 'Unknown option {flag}. Run smtp-doctor --help',
		unknownPreset: 'Unknown preset {preset}. Run smtp-doctor presets',
		caUnreadable: 'Cannot read CA file {file}: {reason}',
		notATty: 'Not a terminal: printing the plain report instead.',
		interrupted: 'Interrupted.',
		recommended: 'Recommended',
		noRecommendation: 'No working setting found.',
	},
	common: {
		yes: 'yes',
		no: 'no',
		none: 'none',
		milliseconds: '{ms} ms',
		seconds: '{seconds} s',
		back: 'Back',
	},
} as const;
