// Mitos dalam Bahasa Indonesia. Same ids and sources as myths.en.ts.

import type {MythCatalogue} from './myths.js';

export const mythsId = {
	'port-465-deprecated': {
		claim: '465 sudah usang',
		fact: 'salah. RFC 8314 (2018) mendaftarkan 465 lagi untuk implicit TLS, dan lebih memilihnya daripada STARTTLS.',
	},
	'port-587-most-secure': {
		claim: '587 paling aman',
		fact: 'hanya setara 465, dan hanya jika TLS diwajibkan: STARTTLS yang opsional bisa dilucuti (RFC 8314 §3.3).',
	},
	'port-587-slower': {
		claim: '587 lebih lambat karena enkripsi tambahan',
		fact: 'TLS-nya sama; STARTTLS hanya memulainya dua round trip lebih lambat (RFC 3207, 2002).',
	},
	'port-2525-tls': {
		claim: '2525 memakai TLS',
		fact: 'port tidak resmi (tidak ada di registry IANA) yang bekerja seperti 587: plain, lalu STARTTLS.',
	},
	'port-25-test': {
		claim: 'Port 25 paling cocok untuk tes koneksi',
		fact: 'itu port relay (RFC 5321, 2008) yang diblokir keluar di banyak jaringan: timeout di sana tidak berarti banyak.',
	},
	'ssl-tls-levels': {
		claim: 'SSL dan TLS itu tingkat enkripsi yang berbeda',
		fact: 'SSL hanya nama lama (SSL 3.0 dilarang, RFC 7568, 2015); yang dipilih adalah KAPAN enkripsi dimulai.',
	},
} as const satisfies MythCatalogue;
