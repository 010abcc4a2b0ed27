// Kalimat handout dalam Bahasa Indonesia. Same shape as handout.en.ts.
import type {HandoutText} from './handout-types.js';

export const handoutId = {
	title: 'Port SMTP dan enkripsi: handout untuk tim',
	intro:
		'Untuk siapa saja yang mengatur email di aplikasi atau mail client. Pertama satu halaman port dan error, lalu semua pelajaran smtp-doctor, lalu mitos dari tutorial populer, masing-masing dengan sumbernya: RFC (www.rfc-editor.org) atau registry port IANA.',
	madeWith: 'Dibuat dengan smtp-doctor {version} (`smtp-doctor lessons --export`) pada {date}.',
	contents: 'Isi',
	portsHeading: 'Semua port dalam satu halaman',
	portColumns: [
		'Port',
		'Nama IANA',
		'Cara enkripsi dimulai',
		'Setelan client',
		'Dipakai untuk',
		'Sumber',
	],
	ports: [
		{
			port: 465,
			ianaName: 'submissions',
			starts: 'TLS sejak byte pertama (implicit TLS)',
			setting: 'SSL/TLS',
			useFor: 'Aplikasi dan mail client: pilihan pertama',
			sources: ['rfc8314'],
		},
		{
			port: 587,
			ianaName: 'submission',
			starts: 'Plain text, lalu STARTTLS (wajibkan)',
			setting: 'STARTTLS',
			useFor: 'Aplikasi dan mail client bila 465 diblokir',
			sources: ['rfc6409', 'rfc3207'],
		},
		{
			port: 2525,
			ianaName: 'tidak ada (tidak terdaftar)',
			starts: 'Seperti 587: plain text, lalu STARTTLS',
			setting: 'STARTTLS',
			useFor: 'Cadangan layanan pengirim bila 587 diblokir',
			sources: ['ianaPorts'],
		},
		{
			port: 25,
			ianaName: 'smtp',
			starts: 'Plain text, STARTTLS bila keduanya menawarkan',
			setting: 'bukan untuk aplikasi',
			useFor: 'Relay antar mail server; sering diblokir keluar',
			sources: ['rfc5321', 'rfc3207'],
		},
	],
	choose:
		'Yang dipilih: 465 dengan SSL/TLS; 587 dengan STARTTLS wajib bila 465 diblokir; 2525 hanya bila provider menyediakannya dan 587 diblokir; 25 hanya antar mail server.',
	words:
		'Istilah: "SSL" atau "SSL/TLS" di client berarti implicit TLS (465); "STARTTLS" (kadang cuma "TLS") berarti upgrade di 587, 2525 atau 25; "None" berarti plain text. Keduanya sekarang mengenkripsi dengan TLS 1.2 atau 1.3.',
	symptomsHeading: 'Yang terlihat, dan artinya',
	symptomColumns: ['Yang terlihat', 'Artinya', 'Pelajaran'],
	symptoms: [
		{
			seen: 'wrong version number',
			meaning: 'SSL/TLS dipilih di port STARTTLS (587, 2525, 25): pakai STARTTLS di sana, atau 465',
			lesson: 'encryption-mixups',
		},
		{
			seen: 'Greeting never received (di 465)',
			meaning: 'STARTTLS atau plain text dipilih di port SSL/TLS: pilih SSL/TLS',
			lesson: 'encryption-mixups',
		},
		{
			seen: 'connection timed out (di 25)',
			meaning: 'Jaringan Anda memblokir 25 keluar: kirim lewat 465 atau 587',
			lesson: 'port-25',
		},
		{
			seen: 'self signed certificate / unable to verify the first certificate',
			meaning: 'Rantai sertifikat tidak dipercaya, atau server tidak mengirim intermediate-nya',
			lesson: 'certificates',
		},
		{
			seen: "Hostname/IP does not match certificate's altnames",
			meaning: 'Pakai nama host yang ada di sertifikat sebagai host SMTP',
			lesson: 'certificates',
		},
		{
			seen: '530 Must issue a STARTTLS command first',
			meaning: 'Login dicoba sebelum enkripsi: wajibkan STARTTLS',
			lesson: 'authentication',
		},
		{
			seen: '534 5.7.9 Application-specific password required',
			meaning: 'Akun memakai verifikasi 2 langkah: buat app password',
			lesson: 'login-errors',
		},
		{
			seen: '421 4.7.0 Too many connections',
			meaning: 'Kena rate limit: tunggu, lalu lebih jarang terhubung (bukan port yang gagal)',
			lesson: 'rate-limiting',
		},
	],
	shelves: {
		encryption: 'Enkripsi',
		ports: 'Port',
		ideas: 'Konsep',
		myths: 'Mitos dan fakta',
	},
	sources: 'Sumber',
	practice:
		'Untuk berlatih dengan server sungguhan di mesin Anda sendiri (tidak ada yang keluar): `smtp-doctor practice`.',
	listHint:
		'smtp-doctor lessons ID menampilkan satu; --export FILE.md menulis semuanya sebagai handout.',
	written:
		'Handout ditulis ke {file}: {lessons} pelajaran, {myths} mitos, tabel port ({kib} KiB{replaced}).',
	replaced: ', menggantikan yang lama',
} as const satisfies HandoutText;
