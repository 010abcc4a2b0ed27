// The formatters' own words (headings, the recommendation line), per interface language.
// Verdict texts live in source/i18n/verdicts/; these are only the frame around them.
import type {Lang} from '../config/lang.js';
import {messagesEn} from '../i18n/messages.en.js';
import type {RowStatusKind} from '../state/row-status.js';
import type {RecommendationReason} from './ranking.js';

/** Closing summaries of a run where nothing worked (outcome.ts `OutcomeReason`). */
export type ClosingReason =
	'network' | 'certificate' | 'plaintext' | 'wrong-mode' | 'server' | 'inconclusive' | 'mixed';

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
	/** "Next step" before the conclusion's next step. */
	readonly nextStep: string;
	/** Status words of the table (the i18n catalogue's `status`). */
	readonly statusWords: Readonly<Record<RowStatusKind, string>>;
	/** What to do next, per conclusion, when no single port's advice says it better. */
	readonly nextSteps: Readonly<Record<ClosingReason | 'login' | 'send', string>>;
	/** "In this run, port {port} ({encryption}) works: use that instead." */
	readonly useWorkingPort: string;
	/** Why the recommended setting, per stable reason ({port}). */
	readonly why: Readonly<Record<RecommendationReason, string>>;
	/** What became of a better-ranked standard port ({port}). */
	readonly whyOther: {
		readonly notTested: string;
		readonly unfinished: string;
		readonly failed: string;
		readonly loginFailed: string;
		readonly noLogin: string;
	};
	readonly plainNote: string;
	/** The same fact judged differently on relay port 25 and on a login port ({port}, {others}). */
	readonly severityRelay: string;
	readonly severityRelayCertificate: string;
	readonly severityClient: string;
	readonly severityClientCertificate: string;
	/** An IP address typed while the certificate names a host ({names}, {name}). */
	readonly ipCertificateName: string;
	/** The preset panel. */
	readonly presetWords: {
		readonly title: string;
		readonly agrees: string;
		readonly agreesButFails: string;
		readonly better: string;
		readonly differs: string;
		readonly unknown: string;
		readonly notTested: string;
		readonly pending: string;
		readonly notListed: string;
		readonly recommended: string;
		readonly unconfirmed: string;
		readonly thirdParty: string;
		readonly unconfirmedFact: string;
	};
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
			'No port worked: every port failed to connect (refused, timed out or unreachable). The problem is likely your network or a firewall, not the server.',
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
			'Tidak ada port yang berhasil: semua port gagal tersambung (ditolak, habis waktu, atau tidak terjangkau). Masalahnya kemungkinan jaringan atau firewall Anda, bukan servernya.',
		certificate:
			'Tidak ada port yang berhasil: setiap port yang menjawab bermasalah dengan sertifikat atau TLS (lihat di atas).',
		plaintext:
			'Tidak ada pengaturan yang disarankan: SMTP menjawab, tetapi hanya tanpa enkripsi, sehingga kata sandi terkirim tanpa enkripsi.',
		'wrong-mode':
			'Tidak ada port yang berhasil dengan mode enkripsi yang diminta: port-portnya memakai mode lain (lihat tiap port di atas).',
		server:
			'Tidak ada port yang berhasil: server menjawab tetapi menolak sesi atau tidak berbicara SMTP (lihat tiap port di atas).',
		inconclusive: 'Belum dapat disimpulkan: server membatasi laju atau sedang sibuk.',
		mixed:
			'Tidak ada port yang berhasil, masing-masing karena alasannya sendiri (lihat tiap port di atas).',
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
	nextStep: 'Langkah berikutnya',
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
	nextSteps: {
		network:
			'Coba dari jaringan lain (misalnya hotspot ponsel) untuk membedakan jaringan Anda dari firewall server, dan periksa nama host.',
		certificate:
			'Server harus memperbaiki sertifikatnya; jika Anda memercayai CA-nya, berikan dengan --ca FILE alih-alih mematikan pemeriksaan.',
		plaintext:
			'Minta port pengiriman terenkripsi (SSL/TLS, atau STARTTLS) ke penyedia Anda, dan jangan kirim kata sandi di sini.',
		'wrong-mode':
			'Atur tiap port ke enkripsi yang benar-benar dipakainya (lihat di atas), atau periksa dengan --mode auto.',
		server: 'Tanyakan admin server atau penyedia Anda, dengan balasan server di atas.',
		inconclusive:
			'Tunggu beberapa menit, lalu periksa lagi dengan lebih sedikit port atau pemeriksaan.',
		mixed: 'Baca saran tiap port di atas.',
		login: 'Periksa nama pengguna dan kata sandi, lalu jalankan pemeriksaan lagi.',
		send: 'Baca balasan server di atas, lalu jalankan pemeriksaan lagi.',
	},
	useWorkingPort: 'Dalam pemeriksaan ini, port {port} ({encryption}) berfungsi: gunakan itu.',
	why: {
		'implicit-tls-465': 'TLS implisit di 465 adalah pilihan yang dianjurkan (RFC 8314).',
		'starttls-587': 'STARTTLS di 587, diatur wajib agar tidak bisa dilewati.',
		'implicit-tls-other': 'TLS implisit di port {port}.',
		'starttls-other': 'STARTTLS di port {port}, diatur wajib agar tidak bisa dilewati.',
		'relay-25':
			'Port 25 untuk relay antarserver (RFC 5321); pemeriksaan ini tidak menguji port pengiriman untuk klien email.',
		'plain-only-last-resort':
			'Pilihan terakhir, tanpa enkripsi: jangan pernah mengirim kata sandi di sini.',
	},
	whyOther: {
		notTested: 'Port {port} tidak diuji dalam pemeriksaan ini.',
		unfinished: 'Port {port} tidak selesai.',
		failed: 'Port {port} tidak berfungsi dari sini.',
		loginFailed: 'Login di port {port} gagal.',
		noLogin: 'Port {port} berfungsi tetapi tidak menawarkan login.',
	},
	plainNote:
		'Tidak ada port yang menawarkan enkripsi: semua yang Anda kirim, termasuk kata sandi, terkirim tanpa enkripsi.',
	severityRelay:
		'Dinilai lebih ringan di port 25 daripada di port {others}: 25 adalah relay antarserver, tempat enkripsi bersifat oportunistik dan klien email tidak pernah login.',
	severityRelayCertificate:
		'Dinilai lebih ringan di port 25 daripada di port {others}: server email yang me-relay di 25 umumnya menerima sertifikat apa pun (TLS oportunistik); klien email yang login tidak boleh.',
	severityClient:
		'Dinilai lebih ketat di port {port} daripada di port {others}: klien email login di sini, jadi ini penting bagi kata sandi Anda.',
	severityClientCertificate:
		'Dinilai lebih ketat di port {port} daripada di port {others}: klien email yang login di sini tidak boleh memercayai sertifikat yang tidak dijamin siapa pun, atau kata sandi bisa jatuh ke peniru (RFC 8314 §5).',
	ipCertificateName:
		'Anda tersambung lewat alamat IP, dan sertifikatnya menyebut {names}: ketik {name} sebagai host SMTP di klien Anda (beberapa klien memeriksa nama dan menolak alamat IP).',
	presetWords: {
		title: 'Menurut preset {name}:',
		agrees: 'server sesuai ✓',
		agreesButFails: 'server memakainya, tetapi port gagal (lihat di atas) ✗',
		better: 'server juga menawarkan STARTTLS ✓',
		differs: 'server memakai {detected} ✗',
		unknown: 'pemeriksaan tidak dapat menjangkaunya untuk memastikan',
		notTested: 'tidak diuji dalam pemeriksaan ini',
		pending: 'belum diketahui',
		notListed: 'port {port}: tidak disediakan penyedia ini',
		recommended: 'disarankan',
		unconfirmed: 'belum terkonfirmasi',
		thirdParty: 'sumber pihak ketiga',
		unconfirmedFact: 'Belum terkonfirmasi: {fact}',
	},
};

const byLang: Readonly<Record<Lang, ReportWords>> = {en, id};

export function reportWords(lang: Lang): ReportWords {
	return byLang[lang];
}

/** Fills {name} placeholders of a frame sentence. */
export function fill(template: string, params: Readonly<Record<string, string | number>>): string {
	return template.replaceAll(/\{(\w+)\}/g, (whole, name: string) => {
		const value = params[name];
		return value === undefined ? whole : String(value);
	});
}
