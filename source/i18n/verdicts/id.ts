// Teks verdict dalam Bahasa Indonesia: same keys and parameters as en.ts (tests compare them).
// Technical terms stay in English as Indonesian technicians use them (port, TLS, STARTTLS,
// server, host, login, password, email).
import type {ParamReader, VerdictTexts} from './types.js';

function seconds(v: ParamReader, name: string): string {
	const ms = Number(v(name));
	if (Number.isFinite(ms) && ms > 0 && ms < 950) {
		// Under a second (a --timeout of a few ms): "0 s" would be false.
		return `${Math.round(ms)} ms`;
	}

	return Number.isFinite(ms) && ms > 0 ? `${Math.round(ms / 100) / 10} detik` : 'batas waktu';
}

function portName(v: ParamReader): string {
	return v('port') ? `Port ${v('port')}` : 'Port ini';
}

const replyLimitWordsId: Readonly<Record<string, string>> = {
	'line-too-long': 'baris lebih panjang dari 4 KiB',
	'reply-too-large': 'balasan lebih besar dari 64 KiB',
	'too-many-lines': 'balasan lebih dari 100 baris',
};

const unsafeWordsId: Readonly<Record<string, string>> = {
	'not-encrypted': 'koneksinya tidak terenkripsi',
	'certificate-untrusted': 'sertifikatnya tidak dipercaya',
	'certificate-hostname-mismatch': 'sertifikatnya untuk nama host lain',
	'certificate-unknown': 'sertifikatnya tidak bisa diperiksa',
	'old-tls': 'koneksinya memakai versi TLS lama (1.0/1.1) yang tidak lagi melindungi password',
};

const duringWords: Readonly<Record<string, string>> = {
	greeting: 'saat menunggu greeting',
	ehlo: 'setelah EHLO',
	helo: 'setelah HELO',
	starttls: 'saat STARTTLS',
	tls: 'saat handshake TLS',
	auth: 'saat login',
	mail: 'saat mengirim email tes',
	quit: 'setelah QUIT',
};

function during(v: ParamReader): string {
	return duringWords[v('during')] ?? '';
}

export const id: VerdictTexts = {
	'implicit-tls-ok': {
		title: 'Implicit TLS jalan',
		summary: (v) =>
			`${portName(v)} bicara TLS sejak byte pertama ("SSL/TLS") dengan sertifikat yang valid.`,
		advice: (v) =>
			`Pakai port ${v('port')} dengan SSL/TLS (nodemailer: secure: true); ini cara submit email yang dianjurkan (RFC 8314).`,
	},
	'starttls-ok': {
		title: 'STARTTLS jalan',
		summary: (v) =>
			`${portName(v)} mulai dalam plain text lalu naik ke TLS lewat STARTTLS; sertifikatnya valid.`,
		advice: (v) =>
			v('port') === '25'
				? 'Port 25 untuk relay antar-server (RFC 5321), bukan untuk client email yang login. Untuk relay, pakai STARTTLS di 25 dan jadikan wajib.'
				: `Pakai port ${v('port')} dengan STARTTLS dan jadikan wajib (nodemailer: secure: false, requireTLS: true) supaya tidak bisa dilewati diam-diam.`,
	},
	'plain-only': {
		title: 'Hanya plain text',
		summary: (v) =>
			v('startTlsOffered') === 'yes'
				? `${portName(v)} diperiksa tanpa enkripsi, sesuai permintaan; server sebenarnya juga menawarkan STARTTLS.`
				: `${portName(v)} menjawab SMTP tapi sama sekali tidak menawarkan enkripsi.`,
		advice: (v) =>
			v('port') === '25'
				? 'Wajar untuk relay antar-server (enkripsi di 25 sifatnya oportunistik), tapi jangan pernah kirim password di sini.'
				: v('startTlsOffered') === 'yes'
					? `Jangan kirim password tanpa enkripsi; pakai STARTTLS di port ${v('port')} dan jadikan wajib.`
					: 'Jangan kirim password lewat port ini: port ini tidak menawarkan enkripsi.',
	},
	'dns-nxdomain': {
		title: 'Nama host tidak ada',
		summary: (v) => `Menurut DNS, nama "${v('name')}" tidak ada (NXDOMAIN).`,
		advice: () => 'Cocokkan ejaan nama server dengan halaman setting dari provider Anda.',
	},
	'dns-no-address': {
		title: 'Nama ini tidak punya alamat',
		summary: (v) =>
			v('family') === '4' || v('family') === '6'
				? `Nama "${v('name')}" tidak punya alamat IPv${v('family')}.`
				: `Nama "${v('name')}" ada, tapi tidak punya alamat IPv4 maupun IPv6.`,
		advice: (v) =>
			v('family') === '4' || v('family') === '6'
				? 'Coba tanpa -4/-6, atau cek nama servernya.'
				: 'Cek nama servernya; bisa jadi itu domain untuk alamat email saja, bukan server.',
	},
	'dns-unavailable': {
		title: 'DNS tidak bisa dihubungi',
		summary: (v) =>
			v('control')
				? `Nama "${v('name')}" tidak bisa dicari: server DNS${v('server') ? ` di ${v('server')}` : ''} bilang nama itu tidak ada, tapi ia bilang hal yang sama untuk ${v('control')}, yang pasti ada. Komputer ini tidak punya DNS publik yang berfungsi (offline, di-sandbox atau difilter).`
				: `Nama "${v('name')}" tidak bisa dicari: tidak ada server DNS yang menjawab${v('server') ? ` di ${v('server')}` : ''} (${v('errorCode')}).`,
		advice: (v) =>
			v('control')
				? 'Cek akses internet dan setelan DNS komputer ini (/etc/resolv.conf); server email publik tidak bisa diperiksa dari sini sebelum keduanya berfungsi.'
				: 'Pastikan komputer ini online dan punya server DNS yang berfungsi (atau coba lagi dengan alamat IP).',
	},
	'network-unreachable': {
		title: 'Jaringan tidak terjangkau',
		summary: (v) =>
			`Komputer ini tidak punya rute ke ${v('address')} (${v('errorCode')}): jaringan mati atau jenis alamat ini tidak tersedia${v('tried') ? ` (alamat yang dicoba: ${v('tried')})` : ''}.`,
		advice: () =>
			'Cek koneksi Anda; kalau alamatnya IPv6 dan Anda tidak punya IPv6, coba lagi dengan -4.',
	},
	'host-unreachable': {
		title: 'Host tidak terjangkau',
		summary: (v) =>
			`Host ${v('address')} tidak bisa dijangkau (${v('errorCode')})${v('tried') ? `; alamat yang dicoba: ${v('tried')}` : ''}.`,
		advice: () =>
			'Server mungkin mati atau ada router yang menolak lalu lintasnya; cek alamatnya dan coba lagi nanti.',
	},
	'connect-prohibited': {
		title: 'Diblokir oleh kebijakan',
		summary: (v) =>
			`Koneksi ke ${v('address')} port ${v('port')} ditolak oleh kebijakan (${v('errorCode')}): firewall di jalurnya menjawab "administratively prohibited", atau firewall atau rute komputer ini sendiri melarangnya${v('tried') ? ` (alamat yang dicoba: ${v('tried')})` : ''}.`,
		advice: () =>
			'Ada aturan firewall yang sengaja memblokir ini: periksa dulu firewall komputer ini (iptables, nftables, agen keamanan), lalu tanyakan ke administrator jaringan atau server.',
	},
	'connection-refused': {
		title: 'Koneksi ditolak',
		summary: (v) =>
			v('tried')
				? `Semua alamat yang dicoba (${v('tried')}) menjawab, tapi tidak ada layanan yang mendengarkan di port ${v('port')}.`
				: `${v('address')} menjawab, tapi tidak ada layanan yang mendengarkan di port ${v('port')}.`,
		advice: (v) => `Cek nomor port-nya: provider ini mungkin tidak menyediakan port ${v('port')}.`,
	},
	'connect-timeout': {
		title: 'Tidak ada jawaban (filtered)',
		summary: (v) =>
			`Tidak ada yang menjawab di port ${v('port')} dalam ${seconds(v, 'waitedMs')}: paketnya dibuang diam-diam.`,
		advice: (v) =>
			v('port') === '25'
				? 'Banyak ISP dan provider cloud memblokir port 25 keluar; client email mengirim lewat port submission, atau minta pemilik jaringan membuka port 25.'
				: `Firewall di jaringan Anda atau di sisi server membuang port ${v('port')}; coba dari jaringan lain untuk tahu yang mana.`,
	},
	'connection-reset': {
		title: 'Koneksi diputus',
		summary: (v) =>
			`Server menutup koneksi${during(v) ? ` ${during(v)}` : ''} (${v('errorCode')}).`,
		advice: () =>
			'Server mungkin menolak alamat Anda atau sedang kelebihan beban; coba lagi nanti atau dari jaringan lain.',
	},
	'greeting-delay': {
		title: 'Greeting ditunda (gaya postscreen)',
		summary: (v) =>
			`Server mengirim baris pertama greeting ("220-") setelah ${seconds(v, 'firstLineMs')} tapi menahan baris terakhir "220 ": belum ada setelah ${seconds(v, 'waitedMs')}.`,
		advice: () =>
			'Ini penundaan greeting anti-spam (Postfix postscreen dan sejenisnya), bukan server mati: coba lagi dengan --greeting-timeout 30s, dan beri klien email Anda timeout yang panjang untuk port ini.',
	},
	'greeting-slow': {
		title: 'Greeting lambat',
		summary: (v) => `Greeting baru lengkap setelah ${seconds(v, 'greetingMs')}.`,
		advice: () =>
			'Klien dengan timeout koneksi pendek (beberapa aplikasi hanya menunggu 5 sampai 10 detik) bisa menyerah sebelum greeting datang; naikkan timeout-nya untuk server ini.',
	},
	'no-greeting': {
		title: 'Tidak ada greeting',
		summary: (v) =>
			v('during') === 'tls'
				? `Koneksi terbuka, tapi server tidak menjawab handshake TLS maupun yang lain dalam ${seconds(v, 'waitedMs')}.`
				: `Koneksi terbuka, tapi server tidak mengirim greeting "220" dalam ${seconds(v, 'waitedMs')}${v('partial') ? ` (hanya mengirim "${v('partial')}")` : ''}${v('tlsChecked') === 'yes' ? ', dan handshake TLS juga tidak dijawab' : ''}.`,
		advice: (v) =>
			v('tlsChecked') === 'yes' || v('during') === 'tls'
				? 'Server menerima koneksi tapi diam saja: greeting sengaja ditunda atau tarpit; coba lagi nanti dengan --greeting-timeout 30s.'
				: 'Sebagian server sengaja menunda greeting (anti-spam); coba lagi dengan --greeting-timeout 30s. Kalau port ini untuk SSL/TLS, pakai mode itu.',
	},
	'not-smtp': {
		title: 'Bukan server SMTP',
		summary: (v) => `Layanan lain yang menjawab di port ${v('port')}: "${v('text')}".`,
		advice: () =>
			'Port ini menjalankan layanan lain (web, SSH, ...); cek nama host dan port di setting Anda.',
	},
	'greeting-rejected': {
		title: 'Ditolak saat greeting',
		summary: (v) => `Server langsung menolak sesi: ${v('code')} ${v('text')}`,
		advice: () =>
			'Alamat IP Anda mungkin masuk block list atau tidak boleh konek; baca pesan di atas dan hubungi provider.',
	},
	'ehlo-rejected': {
		title: 'EHLO ditolak',
		summary: (v) => `Server menolak EHLO maupun HELO: ${v('code')} ${v('text')}`,
		advice: () =>
			'Server mungkin minta nama host yang benar di EHLO; coba --ehlo dengan nama domain Anda.',
	},
	'rate-limited': {
		title: 'Sibuk atau dibatasi',
		summary: (v) =>
			`Belum bisa disimpulkan: server sedang membatasi koneksi atau sibuk (421 ${v('text')}).`,
		advice: () =>
			'Ini bukan kegagalan; tunggu beberapa menit lalu periksa lagi dengan port atau run yang lebih sedikit.',
	},
	'reply-too-large': {
		title: 'Balasan terlalu besar',
		summary: (v) =>
			`Server mengirim ${replyLimitWordsId[v('reason')] ?? 'balasan jauh lebih besar dari yang dibolehkan SMTP (baris lebih dari 4 KiB, atau lebih dari 64 KiB / 100 baris)'}, melebihi batas SMTP; probe berhenti membaca.`,
		advice: () => 'Ini bukan mail server yang normal; cek host dan port-nya.',
	},
	'protocol-error': {
		title: 'Kesalahan protokol',
		summary: (v) =>
			v('reason') === 'unsolicited-replies'
				? `Server mengirim lebih dari ${v('count')} balasan yang tidak diminta perintah apa pun${during(v) ? ` ${during(v)}` : ''}; probe berhenti membaca.`
				: `Balasan server tidak sesuai SMTP${during(v) ? ` ${during(v)}` : ''}${v('text') ? `: "${v('text')}"` : v('detail') ? ` (${v('detail')})` : ''}.`,
		advice: () =>
			'Ada sesuatu di antara Anda dan server (proxy, antivirus) yang mungkin mengubah lalu lintas, atau ini bukan mail server.',
	},
	'command-timeout': {
		title: 'Server berhenti menjawab',
		summary: (v) =>
			`Server tidak menjawab${during(v) ? ` ${during(v)}` : ''} dalam ${seconds(v, 'waitedMs')}.`,
		advice: () =>
			'Server mungkin kelebihan beban; coba lagi nanti, atau ulangi dengan --command-timeout 30s.',
	},
	'tls-on-plaintext-port': {
		title: 'SSL/TLS di port STARTTLS',
		summary: (v) =>
			`Port ${v('port')} menjawab dalam plain text ("${v('banner')}"): handshake TLS kami dijawab SMTP plain text, bukan jawaban terenkripsi (OpenSSL: "wrong version number")${v('banner').startsWith('421') ? '; kode 421 itu server menolak byte handshake yang tidak ia duga, bukan pembatasan koneksi' : ''}.`,
		advice: (v) =>
			v('mode') === 'auto'
				? v('startTlsOffered') === 'no'
					? `Port ${v('port')} terdaftar untuk implicit TLS (RFC 8314), tapi server ini bicara plain text di sana, tanpa STARTTLS: client yang disetel SSL/TLS gagal dengan "wrong version number". Minta provider menyalakan TLS di port ini.`
					: `Port ${v('port')} terdaftar untuk implicit TLS (RFC 8314), tapi server ini bicara plain text + STARTTLS di sana: client yang disetel SSL/TLS gagal dengan "wrong version number". Pilih STARTTLS di port ini, atau minta provider membetulkannya.`
				: v('startTlsOffered') === 'no'
					? `Port ${v('port')} bicara plain text tanpa STARTTLS: SSL/TLS maupun STARTTLS tidak berfungsi di sini.`
					: `Di port ${v('port')} pilih STARTTLS, bukan SSL/TLS (nodemailer: secure: false, requireTLS: true).`,
	},
	'plaintext-on-tls-port': {
		title: 'Port SSL/TLS (implicit TLS)',
		summary: (v) =>
			v('mode') === 'auto'
				? `Port ini bicara implicit TLS (SSL/TLS): tidak ada greeting plain text, handshake TLS dijawab.`
				: `Port ${v('port')} diam kalau diajak plain text, tapi menjawab handshake TLS: port ini bicara implicit TLS ("SSL/TLS").`,
		advice: (v) =>
			v('mode') === 'auto'
				? `Di client email, set port ${v('port')} ke SSL/TLS (nodemailer: secure: true).`
				: `Di port ${v('port')} pilih SSL/TLS (nodemailer: secure: true), bukan STARTTLS atau None.`,
	},
	'starttls-not-offered': {
		title: 'Tidak ada STARTTLS',
		summary: (v) =>
			`Port ${v('port')} tidak menawarkan STARTTLS, jadi password akan lewat tanpa enkripsi (atau ada sesuatu di jalur yang membuang tawarannya).`,
		advice: () =>
			'Jangan login di sini; tanyakan ke provider kenapa STARTTLS tidak ada (perangkat di tengah jaringan bisa membuangnya).',
	},
	'starttls-refused': {
		title: 'STARTTLS ditolak',
		summary: (v) => `Server menawarkan STARTTLS tapi menolaknya: ${v('code')} ${v('text')}`,
		advice: () => 'Setting TLS di server rusak atau server kelebihan beban; laporkan ke provider.',
	},
	'tls-handshake-failed': {
		title: 'Handshake TLS gagal',
		summary: (v) =>
			v('alert')
				? `Server memutus handshake TLS${v('during') === 'starttls' ? ' setelah menerima STARTTLS' : ''} dengan TLS alert ${v('alert')}${v('alertName') ? ` (${v('alertName')})` : ''}${v('alert') === '80' ? ': kesalahan pada setelan TLS server sendiri' : ''}.`
				: `Handshake TLS gagal${v('during') === 'starttls' ? ' setelah server menerima STARTTLS' : ''}: ${v('reason')}${v('errorCode') ? ` (${v('errorCode')})` : ''}.`,
		advice: (v) =>
			v('alert') === '80'
				? 'Tidak ada yang bisa diperbaiki dari sisi Anda: beri tahu admin server (sertifikat atau kunci TLS-nya kemungkinan hilang atau tidak terbaca).'
				: v('during') === 'starttls'
					? 'Klien sudah benar (STARTTLS); yang bermasalah setelan TLS server, atau sesuatu di jalur yang menyadap email (proxy, antivirus).'
					: 'Kalau port ini untuk STARTTLS, pilih STARTTLS untuknya; kalau bukan, setelan TLS di server atau sesuatu di jalur (proxy, antivirus) bermasalah.',
	},
	'starttls-optional': {
		title: 'STARTTLS ditawarkan tapi tidak diwajibkan',
		summary: (v) =>
			`${v('port') ? `Port ${v('port')}` : 'Port ini'} menawarkan STARTTLS tapi tidak mewajibkannya: login ditawarkan sebelum TLS, jadi klien yang diatur "STARTTLS jika tersedia" bisa dijatuhkan ke teks biasa (RFC 3207 §6).`,
		advice: () =>
			'Atur klien Anda agar mewajibkan STARTTLS (bukan "jika tersedia"), atau pakai TLS implisit di port yang berhasil pada pemeriksaan ini; admin server sebaiknya menawarkan AUTH hanya setelah STARTTLS.',
	},
	'tls-old-version': {
		title: 'Versi TLS usang',
		summary: (v) => `Server hanya mau ${v('protocol')}, yang tidak boleh dipakai lagi (RFC 8996).`,
		advice: () =>
			'Minta provider mengaktifkan TLS 1.2 atau 1.3; banyak layanan (misalnya Microsoft 365) sudah menolak versi lama.',
	},
	'cert-expired': {
		title: 'Sertifikat kedaluwarsa',
		summary: (v) =>
			`Sertifikat server sudah kedaluwarsa ${v('daysAgo')} hari lalu (berlaku sampai ${v('validTo')}).`,
		advice: () =>
			'Minta provider memperpanjangnya; cek juga jam komputer ini. Jangan login dulu sementara itu.',
	},
	'cert-not-yet-valid': {
		title: 'Sertifikat belum berlaku',
		summary: (v) => `Sertifikat server baru berlaku mulai ${v('validFrom')}.`,
		advice: () =>
			'Cek tanggal dan jam komputer ini; kalau sudah benar, server memakai sertifikat yang salah.',
	},
	'cert-hostname-mismatch': {
		title: 'Sertifikat untuk nama lain',
		summary: (v) =>
			`Sertifikat ini tidak berlaku untuk "${v('name')}"${v('altNames') ? `; isinya untuk ${v('altNames')}` : ''}.`,
		advice: () =>
			'Pakai nama host yang tertulis di sertifikat sebagai server SMTP (sering nama bersama milik provider).',
	},
	'cert-self-signed': {
		title: 'Sertifikat self-signed',
		summary: (v) =>
			`Sertifikatnya self-signed (${v('subject')}), jadi tidak ada yang menjaminnya; bisa juga antivirus atau proxy yang menyadap TLS.`,
		advice: () =>
			'Kalau Anda pengelola server ini, pasang sertifikat dari CA publik; kalau Anda memercayai yang ini, berikan CA-nya dengan --ca, jangan mematikan pengecekan.',
	},
	'cert-untrusted': {
		title: 'Sertifikat tidak dipercaya',
		summary: (v) =>
			v('trustError') === 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' && v('chainLength') === '1'
				? `Sertifikatnya diterbitkan oleh '${v('issuer')}', yang tidak ada di trust store komputer ini (atau server tidak mengirim sertifikat intermediate) (${v('trustError')}).`
				: `Rantai sertifikat (penerbit ${v('issuer')}) tidak bisa diverifikasi (${v('trustError')}).`,
		advice: (v) =>
			v('trustError') === 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' && v('chainLength') === '1'
				? 'Kalau penerbitnya CA milik Anda atau kantor Anda, percayai dengan --ca; kalau bukan, server seharusnya mengirim sertifikat intermediate, atau ada program lokal yang menyadap TLS.'
				: 'Server mungkin tidak mengirim sertifikat intermediate, atau ada program lokal yang menyadap TLS; perbaiki rantainya di server, atau percayai CA-nya dengan --ca.',
	},
	'cert-chain-incomplete': {
		title: 'Sertifikat intermediate tidak dikirim',
		summary: (v) =>
			`Server hanya mengirim sertifikatnya sendiri, diterbitkan oleh '${v('issuer')}', dan penerbit itu tidak ada di trust store mana pun di sini (${v('trustError')}): kemungkinan besar server tidak mengirim sertifikat intermediate-nya. (CA privat yang menandatangani langsung terlihat sama.)`,
		advice: () =>
			'Admin server perlu memasang rantai lengkap (sertifikat diikuti intermediate-nya, sering berkas “fullchain”); browser bisa menutupi masalah ini dengan mengambil intermediate sendiri, klien email tidak. Kalau penerbitnya CA milik Anda atau kantor Anda, percayai dengan --ca.',
	},
	'cert-expiring-soon': {
		title: 'Sertifikat segera habis',
		summary: (v) =>
			`Sertifikat habis masa berlakunya dalam ${v('daysLeft')} hari (${v('validTo')}).`,
		advice: () => 'Perpanjang sekarang supaya email tidak berhenti saat sertifikat habis.',
	},
	'auth-before-tls': {
		title: 'Login ditawarkan tanpa enkripsi',
		summary: (v) =>
			`Server menawarkan login (${v('mechanisms')}) sebelum ada enkripsi, jadi client yang ceroboh bisa mengirim password tanpa enkripsi.`,
		advice: () =>
			'Wajibkan TLS di client Anda (SSL/TLS, atau STARTTLS dengan requireTLS); admin server sebaiknya menyembunyikan AUTH sampai TLS aktif.',
	},
	'auth-not-offered': {
		title: 'Tidak ada login',
		summary: () =>
			'Setelah TLS server tidak menawarkan AUTH: di sini username dan password tidak akan diterima.',
		advice: () =>
			'Port ini mungkin hanya me-relay untuk alamat IP tertentu; pakai port submission yang dicantumkan provider Anda.',
	},
	'auth-ok': {
		title: 'Login berhasil',
		summary: (v) => `Server menerima login${v('mechanism') ? ` (${v('mechanism')})` : ''}.`,
		advice: () => 'Pakai setting ini di mail client Anda.',
	},
	'auth-failed': {
		title: 'Login ditolak',
		summary: (v) =>
			`Server menolak username atau password${v('text') ? `: ${v('code')} ${v('text')}` : ''}.`,
		advice: () =>
			'Cek username (sering berupa alamat email lengkap) dan password-nya; sebagian provider butuh app password.',
	},
	'auth-app-password-required': {
		title: 'Butuh app password',
		summary: () => 'Provider menolak password biasa Anda di sini (verifikasi 2 langkah aktif).',
		advice: () => 'Buat app password di setting keamanan akun Anda dan pakai itu sebagai gantinya.',
	},
	'auth-disabled-for-tenant': {
		title: 'Login SMTP dimatikan',
		summary: () =>
			'Port dan TLS beres, tapi provider mematikan login password untuk SMTP di akun ini.',
		advice: () =>
			'Admin harus mengaktifkan SMTP AUTH untuk mailbox ini, atau pakai OAuth2 (XOAUTH2) atau relay lain.',
	},
	'auth-requires-tls': {
		title: 'Login butuh enkripsi',
		summary: () =>
			'Server mewajibkan enkripsi sebelum login (530 Must issue a STARTTLS command first).',
		advice: () => 'Aktifkan SSL/TLS atau STARTTLS wajib di client Anda.',
	},
	'auth-skipped-unsafe': {
		title: 'Login tidak dicoba',
		summary: (v) =>
			`Password tidak dikirim karena ${unsafeWordsId[v('reason')] ?? 'koneksinya tidak aman (tanpa TLS atau sertifikat bermasalah)'}.`,
		advice: (v) =>
			v('reason') === 'not-encrypted'
				? 'Login hanya lewat TLS (SSL/TLS, atau STARTTLS wajib); --allow-plaintext-auth hanya di jaringan yang Anda percaya.'
				: v('reason') === 'old-tls'
					? 'Minta provider mengaktifkan TLS 1.2 atau lebih baru (RFC 8996); --insecure hanya di jaringan yang Anda percaya.'
					: 'Bereskan dulu masalah sertifikatnya (atau percayai CA-nya dengan --ca); --insecure hanya di jaringan yang Anda percaya.',
	},
	'auth-unsupported-mechanism': {
		title: 'Tidak ada metode login yang cocok',
		summary: (v) =>
			v('mechanism')
				? `Server tidak menawarkan ${v('mechanism')}${v('offered') ? `; yang ditawarkan: ${v('offered')}` : ''}.`
				: `Server tidak menawarkan metode login yang bisa dipakai tool ini${v('offered') ? ` (yang ditawarkan: ${v('offered')})` : ''}.`,
		advice: (v) =>
			v('offered').includes('XOAUTH2')
				? 'Server ini minta OAuth2: isi access token sebagai password dengan --auth-mech XOAUTH2.'
				: 'Cek mekanisme AUTH yang ditampilkan server; tanyakan ke provider mana yang harus dipakai.',
	},
	// params: mechanism, reason
	'auth-interrupted': {
		title: 'Login terputus',
		summary: (v) =>
			`Koneksi putus saat login${v('reason') ? ` (${v('reason')})` : ''}, jadi hasilnya tidak diketahui.`,
		advice: () =>
			'Coba lagi; kalau terus terjadi, server atau firewall memutus login dari jaringan ini.',
	},
	// params: reason
	'auth-plaintext-allowed': {
		title: 'Password dikirim tanpa enkripsi',
		summary: () =>
			'Password dikirim tanpa enkripsi karena --allow-plaintext-auth dipakai: siapa pun di jalur koneksi bisa membacanya.',
		advice: () =>
			'Ganti password kalau jaringan ini bukan milik Anda, dan login hanya lewat TLS (SSL/TLS, atau STARTTLS wajib).',
	},
	// params: reason
	'auth-insecure-allowed': {
		title: 'Password dikirim lewat koneksi yang tidak aman',
		summary: (v) =>
			`Password tetap dikirim walaupun ${unsafeWordsId[v('reason')] ?? 'sertifikatnya gagal diverifikasi'}, karena --insecure dipakai.`,
		advice: (v) =>
			v('reason') === 'old-tls'
				? 'TLS lama bisa dibobol pihak di jalur koneksi; ganti password kecuali jaringan ini milik Anda, dan minta TLS 1.2 atau lebih baru ke provider.'
				: 'Bisa jadi ada pihak lain yang menyamar sebagai server; ganti password kecuali Anda tahu kenapa sertifikatnya bermasalah.',
	},
	'send-ok': {
		title: 'Email tes diterima',
		summary: (v) =>
			`Server menerima email tes${v('queueId') ? ` (queue id ${v('queueId')})` : ''}.`,
		advice: () => 'Cek inbox penerima (dan folder spam) untuk memastikan email sampai.',
	},
	'send-refused': {
		title: 'Email tes ditolak',
		summary: (v) =>
			v('reason') === 'smtputf8-not-offered'
				? 'Email tes tidak dikirim: alamatnya butuh SMTPUTF8, dan server ini tidak menawarkannya.'
				: v('reason') === 'invalid-address'
					? 'Email tes tidak dikirim: ada alamat yang tidak valid.'
					: `Server menolak email tes${v('stage') ? ` di tahap ${v('stage').toUpperCase()}` : ''}${v('text') ? `: ${v('code')} ${v('text')}` : ''}.`,
		advice: (v) =>
			v('isTemporary')
				? 'Ini penolakan sementara (greylisting atau batas kirim); coba lagi nanti.'
				: 'Alamat pengirim mungkin bukan milik akun ini, atau batas kirim sudah tercapai; baca balasan di atas.',
	},
	// params: from, to, code, enhancedCode, text
	'send-sender-rejected': {
		title: 'Pengirim tidak diizinkan',
		summary: (v) =>
			`Server tidak mau mengirim atas nama ${v('from')} untuk akun ini${v('text') ? `: ${v('code')} ${v('text')}` : ''}.`,
		advice: () =>
			'Pakai alamat milik akun yang dipakai login (atau alamat yang boleh dipakainya) di --from dan di aplikasi email Anda.',
	},
	// params: from, to, code, enhancedCode, text
	'send-relay-denied': {
		title: 'Relay ditolak',
		summary: (v) =>
			`Server menolak meneruskan email ke ${v('to')}${v('text') ? `: ${v('code')} ${v('text')}` : ''}.`,
		advice: () =>
			'Server ini tidak me-relay untuk Anda: login dulu (relay hanya untuk pengguna yang login), atau pakai server submission dari provider Anda.',
	},
	// params: to, code, enhancedCode, text
	'send-recipient-unknown': {
		title: 'Penerima tidak dikenal',
		summary: (v) =>
			`Server menyatakan ${v('to')} tidak ada${v('text') ? `: ${v('code')} ${v('text')}` : ''}.`,
		advice: () => 'Periksa alamat penerima, mungkin ada salah ketik.',
	},
	// params: stage, size, limit, code, text
	'send-too-large': {
		title: 'Email terlalu besar',
		summary: (v) =>
			v('limit')
				? `Email tes (${v('size')} byte) lebih besar dari batas server ${v('limit')} byte, jadi tidak dikirim.`
				: `Server menolak email karena terlalu besar${v('text') ? `: ${v('code')} ${v('text')}` : ''}.`,
		advice: () =>
			'Lampiran di email Anda harus tetap di bawah batas ukuran server (SIZE di balasan EHLO-nya).',
	},
	// params: stage, reason
	'send-interrupted': {
		title: 'Pengiriman terputus',
		summary: (v) =>
			`Koneksi putus saat mengirim email tes${v('stage') ? ` (di tahap ${v('stage').toUpperCase()})` : ''}${v('reason') ? `: ${v('reason')}` : ''}.`,
		advice: () => 'Coba lagi; email mungkin sudah atau belum diterima.',
	},
	cancelled: {
		title: 'Dibatalkan',
		summary: () => 'Pemeriksaan dihentikan sebelum port ini selesai.',
		advice: () => 'Jalankan lagi untuk mendapat hasil.',
	},
	'not-offered-by-provider': {
		title: 'Tidak disediakan provider',
		summary: (v) => `Port ${v('port')} tidak jalan, dan provider memang tidak menyediakannya.`,
		advice: () =>
			'Tidak ada yang perlu diperbaiki; pakai salah satu port yang dicantumkan provider.',
	},
};
