// References cited by the lessons. Shared by every language: RFC titles are proper names.

/** Every source a lesson may cite. */
export const sources = {
	rfc792: {label: 'RFC 792 (1981)', title: 'Internet Control Message Protocol'},
	rfc1035: {label: 'RFC 1035 (1987)', title: 'Domain Names - Implementation and Specification'},
	rfc2476: {label: 'RFC 2476 (1998)', title: 'Message Submission'},
	rfc3207: {
		label: 'RFC 3207 (2002)',
		title: 'SMTP Service Extension for Secure SMTP over Transport Layer Security',
	},
	rfc3463: {label: 'RFC 3463 (2003)', title: 'Enhanced Mail System Status Codes'},
	rfc4954: {label: 'RFC 4954 (2007)', title: 'SMTP Service Extension for Authentication'},
	rfc5280: {
		label: 'RFC 5280 (2008)',
		title:
			'Internet X.509 Public Key Infrastructure Certificate and Certificate Revocation List (CRL) Profile',
	},
	rfc5321: {label: 'RFC 5321 (2008)', title: 'Simple Mail Transfer Protocol'},
	rfc6176: {label: 'RFC 6176 (2011)', title: 'Prohibiting Secure Sockets Layer (SSL) Version 2.0'},
	rfc6186: {
		label: 'RFC 6186 (2011)',
		title: 'Use of SRV Records for Locating Email Submission/Access Services',
	},
	rfc6409: {label: 'RFC 6409 (2011)', title: 'Message Submission for Mail'},
	rfc7568: {label: 'RFC 7568 (2015)', title: 'Deprecating Secure Sockets Layer Version 3.0'},
	rfc7628: {
		label: 'RFC 7628 (2015)',
		title: 'A Set of Simple Authentication and Security Layer (SASL) Mechanisms for OAuth',
	},
	rfc7672: {
		label: 'RFC 7672 (2015)',
		title:
			'SMTP Security via Opportunistic DNS-Based Authentication of Named Entities (DANE) Transport Layer Security (TLS)',
	},
	rfc7817: {
		label: 'RFC 7817 (2016)',
		title:
			'Updated Transport Layer Security (TLS) Server Identity Check Procedure for Email-Related Protocols',
	},
	rfc8314: {
		label: 'RFC 8314 (2018)',
		title:
			'Cleartext Considered Obsolete: Use of Transport Layer Security (TLS) for Email Submission and Access',
	},
	rfc8446: {
		label: 'RFC 8446 (2018)',
		title: 'The Transport Layer Security (TLS) Protocol Version 1.3',
	},
	rfc8461: {label: 'RFC 8461 (2018)', title: 'SMTP MTA Strict Transport Security (MTA-STS)'},
	rfc8996: {label: 'RFC 8996 (2021)', title: 'Deprecating TLS 1.0 and TLS 1.1'},
	rfc8997: {
		label: 'RFC 8997 (2021)',
		title: 'Deprecation of TLS 1.1 for Email Submission and Access',
	},
	rfc9293: {label: 'RFC 9293 (2022)', title: 'Transmission Control Protocol (TCP)'},
	ianaPorts: {
		label: 'IANA',
		title: 'Service Name and Transport Protocol Port Number Registry',
	},
	cve20110411: {
		label: 'CVE-2011-0411',
		title: 'Plaintext command injection in multiple implementations of STARTTLS',
	},
} as const satisfies Record<string, {readonly label: string; readonly title: string}>;

/** A citable source. */
export type SourceId = keyof typeof sources;

/** Where a source can be read. */
export function sourceUrl(id: SourceId): string {
	if (id === 'ianaPorts') {
		return 'https://www.iana.org/assignments/service-names-port-numbers/';
	}

	if (id === 'cve20110411') {
		return 'https://www.cve.org/CVERecord?id=CVE-2011-0411';
	}

	return `https://www.rfc-editor.org/rfc/${id}`;
}
