// Teks fitur pengaturan klien dalam Bahasa Indonesia: kunci dan {placeholder} sama dengan
// texts.en.ts (dicek oleh tes). Nama opsi tetap seperti yang ditulis kliennya.
import type {ClientTextKey} from './texts.en.js';

export const clientTextsId: Readonly<Record<ClientTextKey, string>> = {
	'note.useDnsName':
		'Sertifikatnya untuk {certName}, bukan untuk alamat IP {ip}: pengaturan ini memakai {certName} agar {client} bisa memeriksanya.',
	'note.useDnsNameOverride':
		'Untuk tetap memakai alamat IP, {option} membuat {client} memeriksa sertifikat terhadap {certName}.',
	'note.requireStarttls':
		'Server ini menawarkan STARTTLS tetapi tidak mewajibkannya (login ditawarkan sebelum TLS); {option} membuat {client} berhenti daripada login tanpa enkripsi.',
	'note.requireStarttlsMissing':
		'Server ini menawarkan STARTTLS tetapi tidak mewajibkannya (login ditawarkan sebelum TLS), dan {client} tidak punya pengaturan yang mewajibkannya: pilih port dengan TLS sejak awal (SSL) bila server menyediakannya.',
	'note.appPassword':
		'Provider ini meminta app password: isikan di {passwordField}, bukan password akun yang biasa.',
	'note.ipv4': 'IPv6 tidak berjalan dari sini, jadi pengaturan ini hanya memakai IPv4 ({option}).',
	'note.ipv4Missing':
		'IPv6 tidak berjalan dari sini dan {client} tidak punya pengaturan khusus IPv4: perbaiki IPv6 di mesin ini, atau pakai nama host yang hanya punya alamat IPv4.',
	'note.passwordEnv':
		'Password dibaca dari variabel environment SMTP_PASSWORD ({passwordField}); isi dulu sebelum menjalankan. smtp-doctor tidak pernah menampilkannya.',
	'note.passwordPlaceholder':
		'Ketik password Anda di tempat YOUR_SMTP_PASSWORD ({passwordField}); smtp-doctor tidak pernah menampilkannya.',
	'note.runnerUp':
		'Bila port {port} diblokir di tempat ini berjalan: port {runnerUpPort} dengan {runnerUpLabel}.',

	'nodemailer.secure':
		'Di nodemailer, secure: true berarti TLS sejak byte pertama (port 465); di 587 biarkan secure: false dan requireTLS: true yang mewajibkan STARTTLS.',
	'phpmailer.autoload':
		'Tanpa Composer, require src/PHPMailer.php, src/SMTP.php dan src/Exception.php milik PHPMailer sebagai ganti vendor/autoload.php.',
	'phpmailer.starttls':
		"ENCRYPTION_STARTTLS ('tls') berhenti bila STARTTLS gagal; SMTPAutoTLS saja akan lanjut dalam teks biasa.",
	'smtplib.context':
		'Pertahankan context=ssl.create_default_context(): tanpanya smtplib mengenkripsi tetapi tidak memeriksa sertifikat.',
	'django.exclusive':
		'EMAIL_USE_SSL (TLS sejak awal) dan EMAIL_USE_TLS (STARTTLS) saling meniadakan: isi salah satu saja.',
	'django.noVerify':
		'Django 3.2 (Debian 12) memakai bawaan smtplib dan tidak memeriksa sertifikat server; sertifikat yang salah atau self-signed tidak ketahuan.',
	'laravel.versions':
		'Laravel 11 dan 12 membaca MAIL_SCHEME (smtps atau smtp); Laravel 10 ke bawah membaca MAIL_ENCRYPTION (ssl untuk port 465, tls untuk STARTTLS).',
	'laravel.autoStarttls':
		"Dengan MAIL_SCHEME=smtp, Symfony Mailer (di dalam Laravel) naik ke STARTTLS setiap kali server menawarkannya; untuk mewajibkannya tambahkan 'require_tls' => true pada mailer smtp di config/mail.php (symfony/mailer 7.3 ke atas).",
	'symfony.encode':
		'Nama user dan password di DSN harus di-URL-encode (@ menjadi %40); password diambil dari SMTP_PASSWORD lewat ${...}.',
	'symfony.requireTls':
		'require_tls=true butuh symfony/mailer 7.3 ke atas; versi lama mengabaikannya dan tetap memakai STARTTLS bila server menawarkannya.',
	'wordpress.labels':
		"Di WP Mail SMTP, Encryption 'SSL' berarti TLS sejak awal dan 'TLS' berarti STARTTLS: plugin meneruskan 'tls' ke PHPMailer, yang lalu mengirim STARTTLS.",
	'msmtp.starttls':
		'tls on menyalakan TLS; tls_starttls off berarti TLS sejak byte pertama (port 465), tls_starttls on berarti STARTTLS (dan msmtp berhenti bila gagal).',
	'swaks.verify':
		'--tls-verify membuat swaks memeriksa bahwa sertifikat ditandatangani CA tepercaya, yang secara bawaan tidak dilakukannya; swaks 20201014 (Debian 12) tidak membandingkan nama di sertifikat.',
	'swaks.tls': '--tls mewajibkan STARTTLS; --tls-optional akan lanjut dalam teks biasa.',
	'curl.sslReqd': '--ssl-reqd mewajibkan STARTTLS; --ssl saja akan lanjut tanpanya.',
	'postfix.postmap':
		'Setelah mengubah sasl_passwd jalankan postmap /etc/postfix/sasl_passwd dan postfix reload; file itu hanya boleh dibaca root.',
	'postfix.wrappermode':
		'Port 465 butuh smtp_tls_wrappermode = yes: tanpanya Postfix menunggu sapaan teks biasa yang tidak pernah datang.',
	'postfix.securityLevel':
		'smtp_tls_security_level = encrypt mengenkripsi tetapi tidak memeriksa sertifikat; secure juga memeriksa namanya.',
	'mutt.forceTls': 'ssl_force_tls = yes membuat mutt menolak koneksi apa pun tanpa enkripsi.',
	'thunderbird.oauth':
		"Authentication method 'OAuth2' sebagai ganti 'Normal password' bila provider (Gmail, Microsoft) meminta login lewat browser.",
	'outlook.olderLabels':
		"Outlook versi lama menyebutnya 'SSL' (TLS sejak awal) dan 'TLS' (STARTTLS); 'Auto' membiarkan Outlook memilih.",
	'apple.oneBox':
		'Mail punya satu kotak Use TLS/SSL untuk kedua jenis TLS; hilangkan centang Automatically manage connection settings untuk mengisi port sendiri.',
	'gitea.protocol':
		'PROTOCOL = smtp juga memakai STARTTLS bila ditawarkan; smtp+starttls mewajibkannya, smtps berarti TLS sejak awal (Gitea 1.18 ke atas).',
};
