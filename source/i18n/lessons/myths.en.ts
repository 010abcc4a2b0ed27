// English myths. Each fact names its source, and the sources are listed in myths.ts.

import type {MythCatalogue} from './myths.js';

export const mythsEn = {
	'port-465-deprecated': {
		claim: '465 is deprecated',
		fact: 'no. RFC 8314 (2018) registered 465 again, for implicit TLS, and prefers it to STARTTLS.',
	},
	'port-587-most-secure': {
		claim: '587 is the most secure',
		fact: 'only as secure as 465, and only if TLS is required: optional STARTTLS can be stripped (RFC 8314 §3.3).',
	},
	'port-587-slower': {
		claim: '587 is slower because of extra encryption',
		fact: 'the TLS is the same; STARTTLS just starts it two round trips later (RFC 3207, 2002).',
	},
	'port-2525-tls': {
		claim: '2525 uses TLS',
		fact: 'an unofficial port (not in the IANA registry) that works like 587: plain, then STARTTLS.',
	},
	'port-25-test': {
		claim: 'Port 25 is ideal to test a connection',
		fact: 'it is the relay port (RFC 5321, 2008), blocked outbound by many networks: a timeout there says little.',
	},
	'ssl-tls-levels': {
		claim: 'SSL and TLS are different encryption levels',
		fact: 'SSL is the old name (SSL 3.0 is banned, RFC 7568, 2015); the choice is WHEN encryption starts.',
	},
} as const satisfies MythCatalogue;
