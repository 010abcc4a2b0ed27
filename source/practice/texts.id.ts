// Latihan dalam Bahasa Indonesia. Same keys as texts.en.ts; technical words (port, TLS,
// STARTTLS, server, login, password) stay as technicians write them.
import type {PracticeTexts} from './texts-types.js';

export const practiceId = {
	screen: {
		title: 'Latihan: {count} situasi, dimainkan server sungguhan di mesin ini',
		intro:
			'Tiap situasi adalah server lab sungguhan di 127.0.0.1: tidak ada yang keluar dari mesin ini, tanpa DNS. Pilih jawaban; probe sungguhan lalu menunjukkan kenapa benar atau salah.',
		progress: 'Latihan {number} dari {count}: {title}',
		scoreSoFar: 'skor {right}/{answered}',
		questionHint: '↑↓ pilih · Enter atau 1-{count} jawab · l pelajaran · Esc kembali · q keluar',
		running: 'Menjalankan probe ke server lab yang memainkan situasi ini (port {ports})...',
		right: '✔ Benar: {label}',
		wrong: '✖ Belum tepat: Anda memilih {label}',
		youChose: 'Kenapa tidak: {why}',
		theAnswer: 'Jawabannya: {label}. {why}',
		asSet: 'Setelan seperti diceritakan: port {ports}, {mode}',
		fix: 'Setelan yang benar: port {ports}, {mode}',
		modes: {
			auto: 'dicari tahu oleh probe',
			'implicit-tls': 'SSL/TLS',
			starttls: 'STARTTLS (wajib)',
			none: 'tanpa enkripsi',
		},
		login: 'login dengan akun latihan karangan',
		trusted: 'memercayai sertifikat milik server itu sendiri',
		servername: 'nama host {name}',
		portLine: '{port} (lab 127.0.0.1:{realPort}, {ms} ms): {title}',
		recommended: 'Rekomendasi probe: port {port}, {encryption}',
		unexpected:
			'Catatan: probe menemukan "{found}" di {port}, padahal latihan ini mengharapkan "{expected}": run ini tidak memainkan situasinya seperti direncanakan.',
		failed: 'Lab tidak bisa menjalankan probe ini: {reason}',
		resultHint: 'Enter lanjut · l pelajaran · t transkrip · Esc kembali · q keluar',
		transcriptHint: 't kembali ke jawaban · ↑↓ gulir · Esc kembali · q keluar',
		transcriptTitle: 'Yang dikirim probe (->) dan diterima (<-), ~ di dalam TLS',
		scoreTitle: 'Skor: {right} dari {count}',
		scoreRight: '✔ {title}',
		scoreWrong: '✖ {title} (pelajaran: {lesson})',
		toRead: 'Baca berikutnya: {lessons}',
		allRight:
			'Semua jawaban benar. `smtp-doctor lessons --export FILE.md` mencetak semuanya untuk tim.',
		scoreHint: 'r mulai lagi · Esc kembali · q keluar',
		loading: 'Memuat latihan...',
	},
	exercises: {
		'ssl-on-587': {
			title: 'SSL di port STARTTLS',
			situation:
				'Aplikasi Anda diatur ke port 587 dengan SSL (secure: true), dan setiap pengiriman gagal dengan "wrong version number".',
			question: 'Aplikasi seharusnya memakai apa?',
			choices: {
				'starttls-587': {
					label: 'Port 587 dengan STARTTLS (secure: false, requireTLS: true)',
					why: '587 mulai dalam plain text lalu di-upgrade dengan STARTTLS; mewajibkannya menjaga password tetap di dalam TLS.',
				},
				'ssl-no-verify': {
					label: 'Tetap SSL dan matikan pemeriksaan sertifikat',
					why: 'Sertifikat bukan masalahnya: handshake TLS tidak pernah dimulai, karena 587 menjawab dalam plain text.',
				},
				'none-587': {
					label: 'Port 587 tanpa enkripsi',
					why: 'Koneksi jalan, tapi password dikirim sebagai teks biasa.',
				},
				'ssl-25': {
					label: 'Port 25 dengan SSL',
					why: '25 juga mulai dalam plain text (dan untuk server): SSL gagal dengan cara yang sama.',
				},
			},
		},
		'starttls-on-465': {
			title: 'STARTTLS di port SSL/TLS',
			situation:
				'Halaman provider menyebut port 465. Client Anda diatur ke STARTTLS: macet, lalu muncul "Greeting never received".',
			question: 'Client seharusnya memakai apa?',
			choices: {
				'longer-timeout': {
					label: 'STARTTLS di 465, dengan timeout lebih lama',
					why: 'Menunggu lebih lama tidak mengubah apa pun: server menunggu handshake TLS, client menunggu greeting.',
				},
				'ssl-465': {
					label: 'SSL/TLS di 465 (implicit TLS, secure: true)',
					why: '465 memulai TLS sejak byte pertama; greeting lalu datang di dalam TLS.',
				},
				'none-465': {
					label: 'Tanpa enkripsi di 465',
					why: 'Plain text bertemu kebisuan yang sama: port ini hanya bicara TLS.',
				},
				'port-25': {
					label: 'Pakai port 25 saja',
					why: '25 untuk relay antar server dan sering diblokir keluar; 465 jalan kalau setelannya benar.',
				},
			},
		},
		'tls-label': {
			title: '"TLS" di halaman provider',
			situation:
				'Provider menulis "port 587, enkripsi TLS". Mail client Anda menawarkan None, STARTTLS dan SSL/TLS.',
			question: 'Yang mana Anda pilih?',
			choices: {
				'ssl-tls': {
					label: 'SSL/TLS: ada kata TLS di namanya',
					why: 'Di client, SSL/TLS berarti TLS sejak byte pertama (465); di 587 gagal dengan "wrong version number".',
				},
				starttls: {
					label: 'STARTTLS',
					why: 'Di 587, "TLS" berarti upgrade STARTTLS: TLS yang sama, dimulai setelah greeting.',
				},
				none: {
					label: 'None: TLS-nya jalan sendiri',
					why: 'None berarti plain text: password dikirim tanpa enkripsi.',
				},
			},
		},
		'starttls-optional': {
			title: 'STARTTLS hanya "jika tersedia"',
			situation:
				'Client Anda memakai 587 dengan "STARTTLS jika tersedia". Di Wi-Fi hotel email tetap terkirim, tapi provider bilang sesi itu tidak terenkripsi.',
			question: 'Apa yang mencegahnya?',
			choices: {
				fine: {
					label: 'Tidak perlu apa-apa: emailnya terkirim',
					why: 'Terkirim sebagai teks biasa, password juga: siapa pun yang melucuti STARTTLS bisa membacanya.',
				},
				'require-starttls': {
					label: 'Wajibkan STARTTLS (requireTLS: true; "STARTTLS", bukan "jika tersedia")',
					why: 'Client yang mewajibkan TLS berhenti sebelum password bila STARTTLS hilang, seperti probe ini.',
				},
				'port-25': {
					label: 'Pakai port 25',
					why: 'STARTTLS di 25 memang opsional: pelucutan yang sama juga jalan di sana.',
				},
				'longer-timeout': {
					label: 'Timeout lebih lama',
					why: 'Tidak ada yang timeout: tawarannya dihapus dari balasan EHLO.',
				},
			},
		},
		'auth-before-tls': {
			title: 'Login ditawarkan sebelum TLS',
			situation:
				'Sebuah server mencantumkan "AUTH PLAIN LOGIN" tepat setelah EHLO, sebelum STARTTLS. Skrip Anda langsung login, dan berhasil.',
			question: 'Apakah itu aman?',
			choices: {
				'fine-encoded': {
					label: 'Ya: AUTH PLAIN sudah dienkode',
					why: 'Base64 hanya encoding yang bisa dibalik siapa saja, bukan enkripsi.',
				},
				'login-after-tls': {
					label: 'Tidak: login hanya setelah STARTTLS (wajibkan TLS)',
					why: 'Upgrade dulu, baru login; server seharusnya tidak menawarkan AUTH sebelum TLS.',
				},
				'fine-offered': {
					label: 'Ya: servernya yang menawarkan',
					why: 'Menawarkan adalah kesalahan server; mengirim password adalah kesalahan client.',
				},
				'only-25': {
					label: 'Hanya masalah di port 25',
					why: 'Di port mana pun password dalam teks biasa bisa dibaca di jalan.',
				},
			},
		},
		'self-signed': {
			title: 'Sertifikat self-signed',
			situation:
				'Kantor punya mail server baru. Di port 465 client Anda memperingatkan "self signed certificate".',
			question: 'Apa perbaikan yang aman?',
			choices: {
				'no-verify': {
					label: 'Matikan verifikasi (rejectUnauthorized: false)',
					why: 'Mesin mana pun di tengah jalan lalu bisa menyamar sebagai server dan membaca password.',
				},
				'trust-explicitly': {
					label: 'Percayai sertifikat itu saja (--ca FILE, tls.ca), atau pakai dari CA',
					why: 'Pemeriksaan tetap aktif dan lolos: probe di bawah memercayai satu sertifikat itu dan memverifikasinya.',
				},
				'plain-587': {
					label: 'Pakai 587 tanpa enkripsi',
					why: 'Tanpa sertifikat, tanpa perlindungan: lebih buruk dari peringatannya.',
				},
				'port-2525': {
					label: 'Coba port 2525',
					why: 'Server sama, sertifikat sama: port-nya bukan masalah.',
				},
			},
		},
		'wrong-name': {
			title: 'Sertifikat menyebut host lain',
			situation:
				'Client Anda terhubung ke mail.yourshop.test. Peringatannya bilang sertifikatnya untuk *.shared-hosting.test, web host Anda.',
			question: 'Apa yang harus diubah?',
			choices: {
				'no-verify': {
					label: 'Matikan pemeriksaan sertifikat',
					why: 'Pemeriksaan nama membuktikan Anda sampai di server Anda; tanpanya siapa pun bisa menjawab.',
				},
				starttls: {
					label: 'Ganti ke STARTTLS',
					why: 'Port lain mengirim sertifikat yang sama: namanya tetap beda.',
				},
				'host-on-certificate': {
					label: 'Host SMTP-nya: pakai nama yang ada di sertifikat',
					why: 'smtp.shared-hosting.test cocok dengan *.shared-hosting.test: pemeriksaannya lolos.',
				},
				'port-25': {
					label: 'Pakai port 25',
					why: 'Sertifikatnya sama, dan 25 memang untuk server.',
				},
			},
		},
		expired: {
			title: 'Kedaluwarsa sejak pagi ini',
			situation:
				'Sejak pagi ini semua client bilang "certificate has expired" di port 587. Kemarin masih jalan.',
			question: 'Apa yang terjadi?',
			choices: {
				'port-changed': {
					label: 'Provider mengganti port',
					why: 'Port-nya menjawab dan upgrade dengan baik; tanggal sertifikatlah masalahnya.',
				},
				'password-expired': {
					label: 'Password Anda kedaluwarsa',
					why: 'Gagalnya di TLS, sebelum ada login.',
				},
				renew: {
					label: 'Sertifikat kedaluwarsa: cek jam Anda, lalu server harus memperbaruinya',
					why: 'Kalau jam lokal benar, hanya admin server yang bisa memperbaikinya dengan renew.',
				},
				'no-verify': {
					label: 'Matikan verifikasi sampai diperbarui',
					why: 'Sertifikat kedaluwarsa tidak membuktikan apa-apa lagi: jangan kirim password.',
				},
			},
		},
		'missing-intermediate': {
			title: 'Thunderbird jalan, aplikasi Anda tidak',
			situation:
				'Thunderbird bisa mengirim, tapi aplikasi Node Anda bilang "unable to verify the first certificate" di port 465.',
			question: 'Apa penyebabnya?',
			choices: {
				'old-node': {
					label: 'Node terlalu lama',
					why: 'Node terbaru gagal dengan cara yang sama: rantai yang dikirim server tidak lengkap.',
				},
				'send-chain': {
					label: 'Server tidak mengirim sertifikat intermediate-nya: kirim rantai lengkap',
					why: 'Sebagian client mengambil intermediate yang hilang sendiri, Node tidak. Dengan rantai lengkap, verifikasi lolos.',
				},
				'no-verify': {
					label: 'Pasang NODE_TLS_REJECT_UNAUTHORIZED=0',
					why: 'Itu mematikan semua pemeriksaan sertifikat di seluruh proses.',
				},
				'port-587': {
					label: 'Pakai 587 saja',
					why: 'Server mengirim rantai yang sama di sana.',
				},
			},
		},
		'port-25-blocked': {
			title: 'Port 25 timeout dari cloud',
			situation:
				'Skrip Anda di server cloud baru mengirim lewat provider di port 25 dan timeout. Dari laptop Anda jalan.',
			question: 'Apa penyebab yang paling mungkin?',
			choices: {
				'server-down': {
					label: 'Mail server sedang mati',
					why: 'Dari laptop jalan: server-nya hidup.',
				},
				'use-submission': {
					label: 'Cloud memblokir 25 keluar: kirim lewat 465 atau 587',
					why: 'Kebanyakan cloud memblokir 25 keluar; 465 dan 587 memang port untuk aplikasi.',
				},
				'ssl-25': {
					label: 'Port 25 perlu SSL',
					why: 'Tidak ada jawaban sama sekali bukan masalah enkripsi.',
				},
				'wrong-password': {
					label: 'Password-nya salah',
					why: 'Belum ada login: tidak ada yang menjawab.',
				},
			},
			standIn:
				'Pengganti: loopback tidak bisa membuang paket, jadi port 25 lab menerima koneksi dan tidak pernah menjawab. Blokir sungguhan timeout saat connect. Keduanya: tanpa jawaban.',
		},
		'fallback-2525': {
			title: 'Jaringan kantor memblokir 587',
			situation:
				'Di rumah aplikasi Anda mengirim di 587. Di kantor 465 dan 587 timeout; halaman provider juga mencantumkan 2525.',
			question: 'Apa yang Anda coba?',
			choices: {
				'longer-timeout': {
					label: '587 dengan timeout lebih lama',
					why: 'Port yang diblokir tetap diblokir selama apa pun Anda menunggu.',
				},
				'port-25': {
					label: 'Port 25',
					why: '25 untuk server, dan kebanyakan jaringan memblokirnya.',
				},
				'starttls-2525': {
					label: '2525 dengan STARTTLS (wajib)',
					why: '2525 bicara seperti 587: plain text, lalu STARTTLS. Kantor meloloskannya.',
				},
				'ssl-2525': {
					label: '2525 dengan SSL/TLS',
					why: '2525 mulai dalam plain text seperti 587: SSL/TLS gagal dengan "wrong version number".',
				},
			},
			standIn:
				'Pengganti: 465 dan 587 di lab menerima koneksi dan tidak pernah menjawab, begitulah port yang diblokir terlihat dari dalam (blokir sungguhan timeout saat connect).',
		},
		'rate-limited': {
			title: '421 setelah banyak pengecekan',
			situation:
				'Skrip monitoring Anda mengecek mail server setiap 10 detik. Sekarang jawabannya "421 4.7.0 too many connections".',
			question: 'Apa artinya?',
			choices: {
				blocked: {
					label: 'Port-nya diblokir: pindah ke 2525',
					why: 'Port yang diblokir tidak menjawab sama sekali; yang ini menjawab 421.',
				},
				'rate-limited': {
					label: 'Kena rate limit: lebih jarang terhubung dan tunggu; port-nya baik',
					why: '421 berarti "jangan sekarang", bukan "tidak pernah": belum pasti, bukan gagal.',
				},
				certificate: {
					label: 'Masalah sertifikat',
					why: '421 datang di greeting, sebelum ada TLS.',
				},
				'retry-loop': {
					label: 'Ulangi terus sampai berhasil',
					why: 'Mengulang terus-menerus membuat Anda kena rate limit lebih lama.',
				},
			},
		},
		'app-password': {
			title: 'Password biasa ditolak',
			situation:
				'Anda mengetik password akun biasa di aplikasi. Server menjawab "534-5.7.9 Application-specific password required".',
			question: 'Apa perbaikannya?',
			choices: {
				'port-25': {
					label: 'Port 25',
					why: 'Port dan TLS baik: yang ditolak adalah login-nya.',
				},
				'less-secure-apps': {
					label: 'Nyalakan "less secure apps"',
					why: 'Tombol itu sudah tidak ada; app password dan OAuth2 menggantikannya.',
				},
				'app-password': {
					label: 'Buat app password (verifikasi 2 langkah aktif), atau pakai OAuth2',
					why: 'Akun ini minta password khusus untuk aplikasi ini, bukan password biasa.',
				},
				starttls: {
					label: 'Pakai STARTTLS, bukan SSL/TLS',
					why: 'Enkripsinya berhasil; penolakannya soal password.',
				},
			},
		},
		'myth-465': {
			title: 'Tutorial bilang 465 itu lama',
			situation:
				'Sebuah tutorial bilang port 465 sudah usang dan 587 selalu paling aman. Provider Anda menyediakan keduanya.',
			question: 'Setelan mana yang Anda pilih?',
			choices: {
				'starttls-optional': {
					label: '587 dengan STARTTLS "jika tersedia"',
					why: 'STARTTLS opsional bisa dilucuti: paling tidak aman di antara ini.',
				},
				'ssl-465': {
					label: '465 dengan SSL/TLS (atau 587 dengan STARTTLS wajib)',
					why: 'RFC 8314 (2018) mendaftarkan 465 lagi untuk implicit TLS; dengan TLS wajib keduanya sama aman.',
				},
				'none-587': {
					label: '587 tanpa enkripsi',
					why: 'Plain text: jangan pernah untuk password.',
				},
				'port-25': {
					label: 'Port 25',
					why: 'Untuk server, bukan aplikasi, dan sering diblokir.',
				},
			},
		},
	},
} as const satisfies PracticeTexts;
