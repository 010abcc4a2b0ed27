// Why a setting was recommended: stable codes (JSON `recommendation.reason`), shared by the
// ranking (report/ranking.ts) and the words that explain it (i18n/report-words.ts).

/**
 * `implicit-tls-465` (RFC 8314 preferred), `starttls-587`, `implicit-tls-other`,
 * `starttls-other`, `relay-25` (the run probed only the relay port 25, RFC 5321
 * server-to-server, which works with TLS), `plain-only-last-resort` (relay-only runs, no TLS).
 */
export const recommendationReasons = [
	'implicit-tls-465',
	'starttls-587',
	'implicit-tls-other',
	'starttls-other',
	'relay-25',
	'plain-only-last-resort',
] as const;

/** One stable recommendation reason. */
export type RecommendationReason = (typeof recommendationReasons)[number];
