// Teks bahasa Indonesia untuk pengurai pesan galat: kunci yang sama dengan texts.en.ts (sebuah
// tes memeriksa kunci dan {placeholder}). Nama opsi tetap seperti yang dieja kliennya.
import type {ExplainTextKey} from './texts.en.js';

export const explainTextsId: Readonly<Record<ExplainTextKey, string>> = {
	// ---- Penyebab ----
	'tls-on-starttls-port.title': 'TLS langsung (SSL) pada port yang mulai dengan teks biasa',
	'tls-on-starttls-port.why':
		'Aplikasi memulai TLS begitu tersambung ({implicit}), padahal server pada port itu menyapa dulu dengan teks biasa dan menunggu STARTTLS. Pustaka TLS membaca sapaan "220" itu sebagai rekaman TLS yang rusak ("wrong version number").',
	'tls-on-starttls-port.fix':
		'Di {client}: {starttls} pada port 587 (teks biasa, lalu STARTTLS), atau tetap {implicit} dan pakai port 465.',
	'plaintext-on-tls-port.title': 'Teks biasa pada port yang menunggu TLS sejak byte pertama',
	'plaintext-on-tls-port.why':
		'Aplikasi tersambung dengan teks biasa dan menunggu sapaan "220", padahal server pada port itu (biasanya 465) berbicara TLS sejak byte pertama dan diam sampai jabat tangan TLS: aplikasi kehabisan waktu atau server memutus sambungan.',
	'plaintext-on-tls-port.fix':
		'Di {client}: {implicit} pada port 465, atau {starttls} pada port 587.',
	'starttls-not-used.title': 'Server meminta STARTTLS dulu, dan aplikasi tidak mengirimnya',
	'starttls-not-used.why':
		'Server hanya menerima login (atau surat) lewat sambungan terenkripsi. Aplikasi tetap memakai teks biasa, jadi server menolak ("530 Must issue a STARTTLS command first") atau sama sekali tidak menawarkan login.',
	'starttls-not-used.fix':
		'Di {client}: {requireStarttls} pada port 587, atau {implicit} pada port 465.',
	'cert-untrusted.title': 'Sertifikat server tidak dipercaya',
	'cert-untrusted.why':
		'Sertifikatnya ditandatangani sendiri (self-signed) atau oleh CA yang tidak dipercaya mesin aplikasi (CA pribadi atau perusahaan, atau sertifikat perantara yang tidak dikirim server).',
	'cert-untrusted.fix':
		'Paling baik: server memakai sertifikat dari CA publik beserta rantai lengkapnya. Untuk CA pribadi, berikan CA itu ke {client}; jangan matikan pemeriksaan sertifikat.',
	'cert-name-mismatch.title': 'Sertifikat itu untuk nama lain',
	'cert-name-mismatch.why':
		'Aplikasi mencocokkan sertifikat dengan host yang dihubunginya, dan nama (atau alamat IP) itu tidak tercantum di sertifikat.',
	'cert-name-mismatch.fix':
		'Di {client}, hubungi nama host yang tercantum di sertifikat (smtp-doctor check HOST menampilkan nama-namanya), bukan alamat IP atau alias.',
	'cert-expired.title': 'Sertifikat server sudah kedaluwarsa',
	'cert-expired.why':
		'Tanggal akhir sertifikat sudah lewat (atau jam mesin aplikasi salah), jadi pustaka TLS menolaknya.',
	'cert-expired.fix':
		'Administrator server harus memperbarui sertifikatnya; periksa juga jam mesin aplikasi. Tidak ada pengaturan di {client} yang memperbaikinya dengan aman.',
	'auth-failed.title': 'Login ditolak',
	'auth-failed.why':
		'Server menolak nama pengguna atau kata sandinya (535), atau aplikasi menyerah saat login.',
	'auth-failed.fix':
		'Periksa nama pengguna (sering kali alamat email lengkap) dan kata sandi di {passwordField}. Dengan verifikasi dua langkah, kebanyakan penyedia meminta sandi aplikasi di situ.',
	'auth-app-password.title': 'Penyedia meminta sandi aplikasi',
	'auth-app-password.why':
		'Akun memakai verifikasi dua langkah, jadi penyedia menolak kata sandi biasa untuk SMTP ("534 5.7.9 Application-specific password required").',
	'auth-app-password.fix':
		'Buat sandi aplikasi di pengaturan keamanan akun (Google: myaccount.google.com/apppasswords) dan isikan di {passwordField} sebagai ganti kata sandi akun.',
	'auth-disabled-tenant.title': 'Login SMTP dimatikan untuk kotak surat Microsoft 365 ini',
	'auth-disabled-tenant.why':
		'Microsoft 365 menjawab "535 5.7.139": SMTP AUTH (autentikasi dasar) dimatikan untuk organisasi atau kotak surat itu, apa pun kata sandinya.',
	'auth-disabled-tenant.fix':
		'Admin Microsoft 365 harus menyalakan Authenticated SMTP untuk kotak surat ini (admin center > Users > Mail > Manage email apps), atau {client} harus masuk dengan OAuth2.',
	'port-blocked.title': 'Sambungan tidak pernah sampai (port diblokir?)',
	'port-blocked.why':
		'Sambungan TCP kehabisan waktu: firewall atau penyedia hosting membuang paketnya. Banyak yang memblokir port 25; sebagian juga 465 dan 587.',
	'port-blocked.fix':
		'Coba port submission yang lain di {client}: 587 dengan {starttls}, atau 465 dengan {implicit} (sebagian penyedia juga membuka 2525). Jalankan smtp-doctor check HOST di mesin tempat aplikasi berjalan untuk melihat port mana yang tembus.',
	'connection-refused.title': 'Tidak ada yang mendengarkan di port itu',
	'connection-refused.why':
		'Host menjawab tetapi menolak sambungan: tidak ada server surat di port itu pada alamat itu (di dalam kontainer, localhost adalah kontainer itu sendiri).',
	'connection-refused.fix':
		'Periksa host dan port di {client}: nama host SMTP penyedia, port 587 atau 465.',
	'dns-failure.title': 'Nama host tidak dapat diterjemahkan',
	'dns-failure.why':
		'Pencarian DNS untuk host SMTP gagal: salah ketik, tanda kutip atau spasi di sekitar nama (nilai di .env), atau mesin itu tidak punya DNS yang berfungsi.',
	'dns-failure.fix':
		'Periksa nama host di {client} (tanpa tanda kutip, tanpa spasi, tanpa smtp://), dan pastikan mesin itu bisa menerjemahkan nama.',
	'relay-denied.title': 'Server tidak mau meneruskan surat ini (relay ditolak)',
	'relay-denied.why':
		'Server hanya meneruskan surat ke domain lain dari pengguna yang sudah login, dan hanya dari alamat yang boleh mereka pakai. Sesi ini tidak login, atau alamat pengirimnya tidak diizinkan.',
	'relay-denied.fix':
		'Nyalakan login di {client} ({passwordField}) dan kirim dari alamat yang boleh dipakai akun itu.',
	'tls-old-version.title': 'Kedua pihak tidak punya versi TLS yang sama',
	'tls-old-version.why':
		'Salah satu pihak hanya menawarkan versi TLS lama (1.0 atau 1.1) yang ditolak pihak lain, jadi jabat tangan TLS gagal.',
	'tls-old-version.fix':
		'Perbarui pihak yang lama: server ke TLS 1.2 atau lebih baru, atau {client} beserta pustaka TLS-nya (Java, .NET Framework, OpenSSL lama). Jangan nyalakan lagi TLS 1.0.',
	'rate-limited.title': 'Server membatasi pengirim ini',
	'rate-limited.why':
		'Terlalu banyak sambungan atau surat dalam waktu singkat: server menjawab "421 Try again later" atau penolakan sementara yang serupa.',
	'rate-limited.fix':
		'Tunggu lalu coba lagi; di {client}, pakai satu sambungan untuk beberapa surat alih-alih satu sambungan per surat, dan tetap di bawah batas kirim penyedia.',

	// ---- Kalimat tambahan untuk perbaikan ----
	'extra.trustCa': 'Agar {client} memercayai CA pribadi: {option}.',
	'extra.nameOverride':
		'Agar tetap memakai alamat itu, {client} bisa mencocokkan sertifikat dengan namanya: {option}.',
	'extra.noRequireStarttls':
		'{client} tidak punya pengaturan yang mewajibkan STARTTLS: lebih baik port 465 dengan {implicit}.',

	// ---- Kata-kata bila klien tidak dikenali ----
	'words.client': 'aplikasi Anda',
	'words.implicit': 'SSL/TLS (TLS sejak awal)',
	'words.starttls': 'STARTTLS',
	'words.requireStarttls': 'STARTTLS (wajib, bukan "jika tersedia")',
	'words.passwordField': 'kolom kata sandi',
	'words.noImplicit': 'tidak ada ({client} tidak bisa memulai TLS langsung)',

	// ---- Hasil probe ----
	'proof.plainFirst.starttls': 'port {port} berbicara STARTTLS (teks biasa dulu), bukan SSL/TLS',
	'proof.plainFirst.none': 'port {port} hanya berbicara teks biasa, bukan SSL/TLS',
	'proof.plainFirst.refuted':
		'port {port} berbicara SSL/TLS sejak byte pertama, jadi TLS langsung memang benar di situ',
	'proof.tlsFirst.confirmed':
		'port {port} berbicara SSL/TLS sejak byte pertama: teks biasa tidak mendapat sapaan di situ',
	'proof.tlsFirst.refuted':
		'port {port} mulai dengan teks biasa, jadi awal dengan teks biasa bukan masalahnya di situ',
	'proof.starttls.confirmed': 'port {port} menawarkan STARTTLS dan login hanya sesudahnya',
	'proof.starttls.optional':
		'port {port} menawarkan STARTTLS dan juga login sebelumnya; apakah STARTTLS diwajibkan hanya terlihat dengan login (smtp-doctor check HOST --user NAMA)',
	'proof.starttls.notOffered': 'port {port} sama sekali tidak menawarkan STARTTLS',
	'proof.starttls.noLogin':
		'port {port} menawarkan STARTTLS tetapi tidak menawarkan login, sebelum maupun sesudahnya',
	'proof.starttls.implicit':
		'port {port} berbicara SSL/TLS sejak byte pertama; STARTTLS tidak berlaku di situ',
	'proof.cert.untrusted': 'sertifikat pada port {port} tidak dipercaya dari sini ({reason})',
	'proof.cert.trusted':
		'sertifikat pada port {port} dipercaya dari sini (diterbitkan oleh {issuer})',
	'proof.name.mismatch': 'sertifikat pada port {port} untuk {names}, bukan {host}',
	'proof.name.match': 'sertifikat pada port {port} berlaku untuk {host}',
	'proof.dates.expired': 'sertifikat pada port {port} kedaluwarsa pada {date}',
	'proof.dates.valid': 'sertifikat pada port {port} berlaku sampai {date}',
	'proof.tls.old': 'port {port} hanya menawarkan {protocol}',
	'proof.tls.modern':
		'port {port} memakai {protocol} dari sini, jadi pihak yang lama adalah klien atau pustaka TLS-nya',
	'proof.connect.timeout': 'port {port} juga kehabisan waktu dari sini ({verdict})',
	'proof.connect.ok':
		'port {port} menjawab dari sini, jadi tidak ada yang memblokirnya di jaringan ini',
	'proof.refused.confirmed': 'port {port} juga menolak sambungan dari sini',
	'proof.refused.refuted': 'port {port} menerima sambungan dari sini',
	'proof.resolve.failed': '{host} juga tidak dapat diterjemahkan dari sini',
	'proof.resolve.ok':
		'{host} dapat diterjemahkan dari sini ({address}): periksa nama yang dipakai aplikasi',
	'proof.rate.limited': 'port {port} juga membatasi mesin ini (421)',
	'proof.rate.none':
		'port {port} saat ini tidak membatasi mesin ini (batas sering berlaku per akun atau per jam)',
	'proof.login':
		'probe tanpa kata sandi Anda tidak bisa memastikannya; smtp-doctor check HOST --user NAMA mencoba loginnya',
	'proof.noTls': 'port {port} tidak menawarkan TLS, jadi tidak ada sertifikat yang bisa diperiksa',
	'proof.noAnswer': 'port {port} tidak menjawab probe ({verdict}), jadi belum bisa dipastikan',
	'proof.notProbed': 'tidak ada port yang diprobe yang berkaitan dengan penyebab ini',

	// ---- Laporan teks ----
	'out.client': 'Kemungkinan dari: {client}',
	'out.clientUnknown': 'Klien: tidak dikenali (perbaikannya memakai nama pengaturan yang umum)',
	'out.causes': 'Kemungkinan penyebab, yang terkuat lebih dulu:',
	'out.why': 'Sebab',
	'out.fix': 'Perbaikan',
	'out.matched': 'Cocok',
	'out.confidence.high': 'kemungkinan besar',
	'out.confidence.medium': 'mungkin',
	'out.confidence.low': 'kecil kemungkinannya',
	'out.confirmed': 'terbukti: {proof}',
	'out.refuted': 'disingkirkan: {proof}',
	'out.open': 'belum terputuskan: {proof}',
	'out.ambiguous':
		'Beberapa penyebab mencetak pesan ini. Tambahkan --host HOST (server yang dipakai aplikasi) dan smtp-doctor akan memprobenya untuk memutuskan.',
	'out.probe': 'Host {host} diprobe pada port {ports}.',
	'out.hint':
		'Untuk pesan yang lebih jelas, nyalakan {option} di {client} dan tempelkan seluruh keluarannya.',
	'out.clipped': 'Teksnya panjang: hanya bagian awal dan akhirnya yang dibaca.',
	'out.nothing':
		'Tidak ada galat SMTP yang dikenal dalam teks ini. Tempelkan seluruh pesan yang dicetak aplikasi Anda (baris galat dan baris sesudahnya), atau log SMTP-nya beserta jawaban server (baris seperti 535, 530, 421), atau jalankan smtp-doctor check HOST.',
	'out.nothingClient':
		'Ini tampaknya dari {client}, tetapi tidak ada galat yang dikenal di dalamnya. Tempelkan seluruh pesannya, atau log SMTP-nya beserta jawaban server.',
};
