// The formatters' own words (headings, the recommendation line), per interface language.
// Verdict texts live in source/verdicts/; these are only the frame around them.
import type {Recommendation} from '../engine/types.js';
import type {Lang} from '../i18n/lang.js';

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
	readonly recommended: string;
	readonly host: string;
	readonly authentication: string;
	readonly authFullAddress: string;
	readonly authNotOffered: string;
	readonly noPortWorks: string;
	readonly noPortTried: string;
	readonly cancelled: string;
	readonly dns: string;
	readonly usedAddress: string;
	readonly certificate: string;
	readonly daysLeft: string;
	readonly reasons: Readonly<Record<string, string>>;
	readonly reasonFallback: string;
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
	recommended: 'Recommended settings',
	host: 'Host',
	authentication: 'Authentication',
	authFullAddress: 'your full email address',
	authNotOffered: 'not offered on this port (ask your provider)',
	noPortWorks:
		'No port worked. Read the advice per port above; if every port failed the same way, the problem is likely your network, not the server.',
	noPortTried:
		'No port was tried: the host name did not resolve (see DNS above). Nothing is known yet about the server itself.',
	cancelled: 'Cancelled before every port finished.',
	dns: 'DNS',
	usedAddress: 'address',
	certificate: 'certificate',
	daysLeft: 'days left',
	reasons: {
		'implicit-tls-465':
			'Implicit TLS on 465 is the recommended submission setting since RFC 8314 (2018); 465 is not deprecated.',
		'starttls-587':
			'STARTTLS on 587 works (RFC 6409/3207). Set your client to require TLS so it cannot be stripped.',
		'starttls-2525':
			'STARTTLS on 2525 works. 2525 is a provider convention, not an IANA port; prefer 465 or 587 where they work.',
		'starttls-25':
			'Only port 25 worked. Port 25 is for server-to-server relay and is often blocked; ask your provider for 465 or 587.',
		'plain-only':
			'Only an unencrypted port worked: your password would travel in clear. Use it only inside a trusted network.',
	},
	reasonFallback: 'The best working setting found.',
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
	recommended: 'Pengaturan yang disarankan',
	host: 'Host',
	authentication: 'Autentikasi',
	authFullAddress: 'alamat email lengkap Anda',
	authNotOffered: 'tidak ditawarkan di port ini (tanyakan penyedia Anda)',
	noPortWorks:
		'Tidak ada port yang berhasil. Baca saran per port di atas; jika semua port gagal dengan cara yang sama, masalahnya kemungkinan jaringan Anda, bukan servernya.',
	noPortTried:
		'Tidak ada port yang dicoba: nama host tidak dapat di-resolve (lihat DNS di atas). Belum ada yang diketahui tentang servernya.',
	cancelled: 'Dibatalkan sebelum semua port selesai.',
	dns: 'DNS',
	usedAddress: 'alamat',
	certificate: 'sertifikat',
	daysLeft: 'hari tersisa',
	reasons: {
		'implicit-tls-465':
			'TLS langsung di port 465 adalah pengaturan pengiriman yang disarankan sejak RFC 8314 (2018); 465 tidak usang.',
		'starttls-587':
			'STARTTLS di port 587 berfungsi (RFC 6409/3207). Atur klien Anda agar mewajibkan TLS.',
		'starttls-2525':
			'STARTTLS di port 2525 berfungsi. 2525 adalah kebiasaan penyedia, bukan port IANA; utamakan 465 atau 587.',
		'starttls-25':
			'Hanya port 25 yang berfungsi. Port 25 untuk relai antar-server dan sering diblokir; minta port 465 atau 587.',
		'plain-only':
			'Hanya port tanpa enkripsi yang berfungsi: kata sandi akan terkirim tanpa enkripsi. Gunakan hanya di jaringan tepercaya.',
	},
	reasonFallback: 'Pengaturan terbaik yang berhasil ditemukan.',
};

const byLang: Readonly<Record<Lang, ReportWords>> = {en, id};

export function reportWords(lang: Lang): ReportWords {
	return byLang[lang];
}

/** Why the recommendation was picked, in words. */
export function recommendationReason(recommendation: Recommendation, lang: Lang): string {
	const words = reportWords(lang);
	if (recommendation.encryption === 'none') {
		return words.reasons['plain-only'] ?? words.reasonFallback;
	}

	return (
		words.reasons[recommendation.reason] ??
		words.reasons[`${recommendation.encryption}-${recommendation.port}`] ??
		words.reasonFallback
	);
}
