// Teks antarmuka dalam Bahasa Indonesia. Same keys and placeholders as messages.en.ts (typed and
// tested). Technical terms (port, TLS, STARTTLS, server, host, email, password, login) stay in
// English, as Indonesian technicians write them.

import type {Messages} from './translate.js';

export const messagesId = {
	language: {
		name: 'Bahasa Indonesia',
		switched: 'Bahasa: Indonesia',
	},
	home: {
		title: 'SMTP Port Doctor',
		subtitle: 'Port email mana yang jalan dari sini, dan kenapa',
		presets: 'Provider',
		customHost: 'Host lain...',
		lab: 'Lab lokal (demo offline)',
		labMistakes: 'Lab: kesalahan klasik',
		learn: 'Belajar',
		quit: 'Keluar',
		hint: 'Enter pilih · ? bantuan · L bahasa · q keluar',
	},
	custom: {
		title: 'Host lain',
		host: 'Host',
		ports: 'Port',
		hostPlaceholder: 'smtp.contoh.com',
		portsPlaceholder: '465,587,2525,25',
		hint: 'Tab kolom berikut · Enter jalankan · Esc kembali',
		hostEmpty: 'Isi nama host.',
		hostInvalid: 'Nama host tidak valid: {host}',
		portsEmpty: 'Isi minimal satu port.',
		portInvalid: 'Port harus angka 1 sampai 65535: {port}',
	},
	table: {
		port: 'Port',
		encryption: 'Enkripsi',
		status: 'Status',
		time: 'Waktu',
		meaning: 'Artinya',
	},
	status: {
		ok: 'OK',
		warn: 'AWAS',
		fail: 'GAGAL',
		info: 'INFO',
		skipped: 'LEWAT',
		pending: 'TUNGGU',
	},
	encryption: {
		'implicit-tls': 'SSL/TLS',
		starttls: 'STARTTLS',
		none: 'NONE',
		auto: 'AUTO',
		unknown: '?',
	},
	phase: {
		resolve: 'resolve DNS',
		connect: 'menyambung',
		tls: 'handshake TLS',
		greeting: 'menunggu greeting',
		ehlo: 'EHLO',
		helo: 'HELO',
		starttls: 'STARTTLS',
		auth: 'login',
		mail: 'kirim tes',
		quit: 'menutup',
	},
	probe: {
		title: 'Memeriksa {host}',
		titlePreset: 'Memeriksa {host} ({provider})',
		addresses: 'Alamat: {addresses}',
		usedAddress: 'Tersambung ke {address}',
		running: 'Memeriksa {count} port...',
		finished: 'Selesai dalam {time}',
		cancelled: 'Dibatalkan',
		labBanner: 'LAB: server sungguhan di 127.0.0.1, tanpa jaringan',
		labPort: 'port {port} mewakili {standsFor}',
		notOffered: 'tidak disediakan {provider}',
		hint: '↑↓ pilih · Enter detail · r ulang · l materi · s simpan · ? bantuan · q keluar',
	},
	recommendation: {
		title: 'Pakai setting ini',
		settings:
			'Host {host} - Port {port} - Enkripsi {encryption} - Autentikasi: alamat email lengkap Anda',
		why465: 'Implicit TLS di 465 adalah pilihan utama (RFC 8314).',
		why587: 'STARTTLS di 587, dengan TLS wajib (465 tidak jalan).',
		whyFallback: 'Cadangan: port utama tidak jalan dari sini.',
		plainWarning: 'Tidak ada port terenkripsi yang jalan: jangan kirim password ke sini.',
		nothingWorks: 'Tidak ada port yang jalan dari sini.',
		likelyCause: 'Kemungkinan besar: {cause}',
		nextStep: 'Langkah berikutnya: {step}',
	},
	detail: {
		title: 'Port {port} · {encryption}',
		timeline: 'Urutan waktu',
		tls: 'TLS',
		certificate: 'Sertifikat',
		capabilities: 'Kemampuan server',
		transcript: 'Transkrip',
		verdict: 'Kesimpulan',
		findings: 'Temuan lain',
		lesson: 'Pelajaran',
		readMore: 'l: baca pelajarannya',
		protocol: 'Protokol',
		cipher: 'Cipher',
		subject: 'Subjek',
		altNames: 'Nama',
		issuer: 'Penerbit',
		validFrom: 'Berlaku sejak',
		validTo: 'Berlaku sampai',
		daysLeft: 'sisa {days} hari',
		expiredDaysAgo: 'kedaluwarsa {days} hari lalu',
		fingerprint: 'SHA-256',
		chain: 'Rantai: {count} sertifikat',
		trusted: 'Dipercaya',
		untrusted: 'Tidak dipercaya: {reason}',
		nameMatches: 'Nama cocok dengan {host}',
		nameMismatch: 'Nama tidak cocok dengan {host}',
		authMechanisms: 'AUTH: {mechanisms}',
		noAuth: 'AUTH: tidak ditawarkan',
		beforeTls: 'sebelum TLS',
		afterTls: 'setelah TLS',
		attempt: 'percobaan {attempt}',
		nothingYet: '(belum ada)',
		hint: '↑↓ gulir · l pelajaran · Esc kembali · ? bantuan',
	},
	learn: {
		title: 'Belajar',
		encryption: 'Enkripsi',
		ports: 'Port',
		ideas: 'Konsep',
		sources: 'Sumber',
		hint: '↑↓ pindah · Enter buka · Esc kembali · L bahasa',
		lessonHint: 'Esc kembali · L bahasa · ? bantuan',
	},
	help: {
		title: 'Tombol',
		move: 'Pindah',
		open: 'Buka',
		back: 'Kembali',
		rerun: 'Jalankan ulang pemeriksaan',
		lessons: 'Pelajaran',
		save: 'Simpan laporan (Markdown)',
		help: 'Bantuan ini',
		language: 'Bahasa: Inggris / Indonesia',
		quit: 'Keluar',
		close: 'Tekan tombol apa saja untuk menutup',
	},
	report: {
		saved: 'Laporan disimpan: {path}',
		saveFailed: 'Laporan gagal disimpan: {reason}',
		title: 'Pemeriksaan SMTP {host}',
		generated: 'Dibuat {date} oleh smtp-doctor {version}',
	},
	cli: {
		help: `Cara pakai
  $ smtp-doctor                  buka aplikasi interaktif
  $ smtp-doctor HOST             buka aplikasi langsung untuk HOST
  $ smtp-doctor check HOST       cetak laporan (script, SSH, tanpa TTY)
  $ smtp-doctor presets          daftar preset provider

Opsi
  --ports LIST       port yang diperiksa (default 25,465,587,2525)
  --mode MODE        auto, implicit-tls, starttls atau none (default auto)
  --timeout MS       timeout connect dalam milidetik (default 5000)
  --ehlo NAME        nama yang dikirim di EHLO
  -4, -6             hanya pakai IPv4 atau IPv6
  --ca FILE          percayai juga sertifikat CA di FILE (PEM)
  --preset NAME      pakai preset provider, misalnya hostinger
  --user NAME        login sebagai NAME (password dari SMTP_DOCTOR_PASSWORD)
  --json             cetak JSON, bukan teks
  --lab              jalankan terhadap lab lokal bawaan
  --lang en|id       bahasa antarmuka (default: dari LANG)
  --help, --version

Kode keluar: 0 rekomendasi jalan, 1 tidak ada port yang jalan, 2 salah pakai`,
		usage: 'Cara pakai: smtp-doctor check HOST [--ports 465,587] [--json]',
		missingHost: 'Host belum diisi. Cara pakai: smtp-doctor check HOST',
		invalidHost: 'Nama host tidak valid: {host}',
		invalidPort: 'Port {port} tidak valid: pakai angka 1 sampai 65535',
		invalidMode: 'Mode {mode} tidak dikenal: pakai auto, implicit-tls, starttls atau none',
		invalidTimeout: 'Timeout {value} tidak valid: pakai milidetik lebih dari 0',
		invalidLang: 'Bahasa {lang} tidak dikenal: pakai en atau id',
		unknownCommand: 'Perintah {command} tidak dikenal. Jalankan smtp-doctor --help',
		unknownFlag: 'Opsi {flag} tidak dikenal. Jalankan smtp-doctor --help',
		unknownPreset: 'Preset {preset} tidak dikenal. Jalankan smtp-doctor presets',
		caUnreadable: 'File CA {file} tidak bisa dibaca: {reason}',
		notATty: 'Bukan terminal: mencetak laporan teks biasa.',
		interrupted: 'Dihentikan.',
		recommended: 'Rekomendasi',
		noRecommendation: 'Tidak ditemukan setting yang jalan.',
	},
	common: {
		yes: 'ya',
		no: 'tidak',
		none: 'tidak ada',
		milliseconds: '{ms} ms',
		seconds: '{seconds} detik',
		back: 'Kembali',
	},
} as const satisfies Messages;
