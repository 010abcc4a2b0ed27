// The formatters' own words (headings, the recommendation line), per interface language.
// Verdict texts live in source/i18n/verdicts/; these are only the frame around them.
import type {Recommendation} from '../engine/types.js';
import type {Lang} from '../config/lang.js';
import {messagesEn} from '../i18n/messages.en.js';
import type {RowStatusKind} from '../state/row-status.js';

/** Closing summaries of a run where nothing worked (outcome.ts `OutcomeReason`). */
export type ClosingReason =
	'network' | 'certificate' | 'plaintext' | 'server' | 'inconclusive' | 'mixed';

/** The frame words of a report. */
export type ReportWords = {
	readonly port: string;
	readonly encryption: string;
	readonly status: string;
	readonly time: string;
	readonly meaning: string;
	readonly addresses: string;
	readonly noAddresses: string;
	readonly took: string;
	readonly whatToDo: string;
	readonly alsoNoticed: string;
	readonly login: string;
	readonly testMessage: string;
	/** "User {user}" under "Login (PLAIN)". */
	readonly loginAs: string;
	readonly from: string;
	readonly to: string;
	readonly subject: string;
	readonly queueId: string;
	readonly recommended: string;
	readonly host: string;
	readonly authentication: string;
	readonly authNotOffered: string;
	/** The closing summary when nothing works, by what actually happened (see outcome.ts). */
	readonly outcomes: Readonly<Record<ClosingReason, string>>;
	/** "Port {port} works, but the login failed: {title}." */
	readonly loginFailed: string;
	readonly loginNotTried: string;
	/** "Port {port} works and the login succeeded, but the test message was not sent: {title}." */
	readonly sendFailed: string;
	readonly sendNotTried: string;
	/** "logged in as {user} ✓" */
	readonly loggedInAs: string;
	/** What to type as user name and password when nothing better is known (the TUI's words). */
	readonly authDefault: string;
	readonly noPortTried: string;
	readonly cancelled: string;
	readonly dns: string;
	readonly preset: string;
	readonly usedAddress: string;
	readonly certificate: string;
	readonly daysLeft: string;
	readonly reasonFallback: string;
	/** Status words of the table (the i18n catalogue's `status`). */
	readonly statusWords: Readonly<Record<RowStatusKind, string>>;
};

const en: ReportWords = {
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
			'No port worked: every port failed to connect (refused, timed out or unreachable). The problem is likely your network or a firewall, not the server: try another network, or ask which port is open from here.',
		certificate:
			'No port worked: every port that answered had a certificate or TLS problem (see above). The server must fix its certificate; if you trust its CA, pass it with --ca FILE.',
		plaintext:
			'No setting is recommended: SMTP answers, but only without encryption, so a password would travel in clear. Ask your provider for port 465 (SSL/TLS) or 587 with STARTTLS.',
		server:
			'No port worked: the server answered but refused the session or did not speak SMTP (see each port above). Ask the server administrator or your provider.',
		inconclusive:
			'Inconclusive: the server is rate-limiting or busy; retry later with fewer connections.',
		mixed: 'No port worked, each for its own reason: read the advice per port above.',
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
	reasonFallback: 'The best working setting found.',
	statusWords: messagesEn.status,
};

const id: ReportWords = {
	port: 'Port',
	encryption: 'Enkripsi',
	status: 'Status',
	time: 'Waktu',
	meaning: 'Artinya',
	addresses: 'Alamat',
	noAddresses: 'tidak ada',
	took: 'selama',
	whatToDo: 'Yang perlu dilakukan',
	alsoNoticed: 'Juga terlihat',
	login: 'Login',
	testMessage: 'Pesan uji',
	loginAs: 'Pengguna {user}',
	from: 'Dari',
	to: 'Kepada',
	subject: 'Subjek',
	queueId: 'id antrean',
	recommended: 'Pengaturan yang disarankan',
	host: 'Host',
	authentication: 'Autentikasi',
	authNotOffered: 'tidak ditawarkan di port ini (tanyakan penyedia Anda)',
	outcomes: {
		network:
			'Tidak ada port yang berhasil: semua port gagal tersambung (ditolak, habis waktu, atau tidak terjangkau). Masalahnya kemungkinan jaringan atau firewall Anda, bukan servernya: coba jaringan lain, atau tanyakan port mana yang terbuka dari sini.',
		certificate:
			'Tidak ada port yang berhasil: setiap port yang menjawab bermasalah dengan sertifikat atau TLS (lihat di atas). Server harus memperbaiki sertifikatnya; jika Anda memercayai CA-nya, berikan dengan --ca FILE.',
		plaintext:
			'Tidak ada pengaturan yang disarankan: SMTP menjawab, tetapi hanya tanpa enkripsi, sehingga kata sandi terkirim tanpa enkripsi. Minta port 465 (SSL/TLS) atau 587 dengan STARTTLS ke penyedia Anda.',
		server:
			'Tidak ada port yang berhasil: server menjawab tetapi menolak sesi atau tidak berbicara SMTP (lihat tiap port di atas). Tanyakan admin server atau penyedia Anda.',
		inconclusive:
			'Belum dapat disimpulkan: server membatasi laju atau sedang sibuk; coba lagi nanti dengan lebih sedikit koneksi.',
		mixed:
			'Tidak ada port yang berhasil, masing-masing karena alasannya sendiri: baca saran per port di atas.',
	},
	loginFailed: 'Port {port} berfungsi, tetapi login gagal: {title}.',
	loginNotTried: 'Port {port} berfungsi, tetapi login tidak dicoba di sana.',
	sendFailed: 'Port {port} berfungsi dan login berhasil, tetapi pesan uji tidak terkirim: {title}.',
	sendNotTried: 'Pesan uji tidak dikirim melalui port {port}.',
	loggedInAs: 'masuk sebagai {user} ✓',
	authDefault: 'nama pengguna dan kata sandi dari penyedia Anda',
	noPortTried:
		'Tidak ada port yang dicoba: nama host tidak dapat di-resolve (lihat DNS di atas). Belum ada yang diketahui tentang servernya.',
	cancelled: 'Dibatalkan sebelum semua port selesai.',
	dns: 'DNS',
	preset: 'preset',
	usedAddress: 'alamat',
	certificate: 'sertifikat',
	daysLeft: 'hari tersisa',
	reasonFallback: 'Pengaturan terbaik yang berhasil ditemukan.',
	// Same words as source/i18n/messages.id.ts `status` (a test keeps them equal); inlined so an
	// English run never parses the Indonesian catalogue.
	statusWords: {
		ok: 'OK',
		warn: 'AWAS',
		fail: 'GAGAL',
		info: 'INFO',
		skipped: 'LEWAT',
		pending: 'TUNGGU',
	},
};

const byLang: Readonly<Record<Lang, ReportWords>> = {en, id};

export function reportWords(lang: Lang): ReportWords {
	return byLang[lang];
}

// The reason sentences live once, in the i18n catalogue (source/i18n, keyed by the engine's
// stable reason codes), shared with the TUI. English is loaded with the formatters; other
// languages are registered by `loadLanguage` (language.ts) only when asked for, so a plain
// English check never parses another catalogue.
const reasonTables: Partial<Record<Lang, Readonly<Record<string, string>>>> = {
	en: messagesEn.recommendation.reason,
};

/** Registers the reason sentences of a language (language.ts does it for --lang). */
export function registerReasonTexts(lang: Lang, reasons: Readonly<Record<string, string>>): void {
	reasonTables[lang] = reasons;
}

/** Why the recommendation was picked, in words (English when `lang` is not loaded). */
export function recommendationReason(recommendation: Recommendation, lang: Lang): string {
	return (
		reasonTables[lang]?.[recommendation.reason] ??
		reasonTables.en?.[recommendation.reason] ??
		reportWords(lang).reasonFallback
	);
}

/** Fills {name} placeholders of a frame sentence. */
export function fill(template: string, params: Readonly<Record<string, string | number>>): string {
	return template.replaceAll(/\{(\w+)\}/g, (whole, name: string) => {
		const value = params[name];
		return value === undefined ? whole : String(value);
	});
}
