// Indonesian report words (see report-words.ts).
import {messagesId} from './messages.id.js';
import type {ReportWords} from './report-words.js';

export const reportWordsId: ReportWords = {
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
		'local-network':
			'Tidak ada port yang berhasil, dan kemungkinan besar penyebabnya jaringan ini: host kontrol gagal dengan cara yang sama di port {ports} dari sini (lihat Host kontrol). Servernya bisa jadi baik-baik saja.',
		'server-firewall':
			'Tidak ada port yang berhasil, tapi jaringan ini bisa menjangkau port {ports} di tempat lain (host kontrol tersambung): servernya mati atau firewall-nya menutup port itu.',
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
	statusWords: messagesId.status,
	nextSteps: {
		'local-network':
			'Pakai jaringan yang mengizinkan port email keluar (misalnya hotspot ponsel), atau minta pemilik jaringan (ISP, penyedia cloud, firewall kantor) membukanya; port lain dari penyedia email juga mungkin terbuka.',
		'server-firewall':
			'Periksa nama host dan port dengan penyedia Anda; kalau itu server Anda, periksa layanannya dan firewall-nya.',
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
	policy:
		'Kemungkinan: komputer ini berjalan di {cloud} (dibaca dari {file}), dan {cloud} memblokir port keluar {ports} secara bawaan. Minta {cloud} membuka blokirnya, atau pakai port yang berfungsi dari sini.',
	ipv6Trap: {
		timeout:
			'IPv6 ke server ini timeout dari sini (port {ports}, {address}, tanpa jawaban dalam {ms} ms); IPv4 berfungsi. Klien yang mencoba IPv6 lebih dulu akan menggantung sampai batas waktunya sendiri sebelum beralih, atau gagal: atur agar memakai IPv4 (--client NAMA menunjukkan pengaturannya).',
		unreachable:
			'IPv6 ke server ini tidak terjangkau dari sini (port {ports}, {address}); IPv4 berfungsi. Klien yang mencoba IPv6 lebih dulu dan tidak beralih akan gagal: atur agar memakai IPv4 (--client NAMA menunjukkan pengaturannya).',
	},
	ipv4Dead:
		'IPv4 ke server ini gagal dari sini (port {ports}, {address}), tapi IPv6 tersambung: pemeriksaan memakai IPv4, jadi klien yang memakai IPv6 bisa jadi berhasil. Jalankan pemeriksaan lagi dengan -6 untuk melihat jawaban server lewat IPv6.',
	controls: {
		title: 'Host kontrol (port yang sama di tempat lain, dari komputer ini)',
		line: '{host}{address} port {port}: {outcome} dalam {ms} ms',
		outcomes: {
			connected: 'tersambung',
			refused: 'ditolak',
			timeout: 'waktu habis',
			unreachable: 'tidak terjangkau',
			unresolved: 'nama tidak ditemukan',
		},
		unchecked:
			'Jaringan tidak bisa diperiksa: tidak ada host kontrol yang ditemukan (DNS tidak berfungsi di sini?).',
		rowBlocked:
			'Host kontrol juga gagal di port {port} dari sini: kemungkinan besar jaringan ini (ISP, cloud, atau firewall kantor) memblokir port {port} keluar, bukan servernya. Pakai jaringan yang mengizinkannya, atau minta pemilik jaringan membukanya.',
		rowOpen:
			'Host kontrol tersambung di port {port} dari sini: jaringan ini meloloskan port itu, jadi server atau firewall-nya yang tidak menjawab. Periksa nama host dan port dengan penyedia Anda.',
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
	batchWords: {
		title: '{count} target',
		target: 'Target',
		outcome: 'Hasil',
		reason: 'Sebab',
		setting: 'Disarankan',
		time: 'Waktu',
		summary: '{finished} dari {total} target dalam {duration}: {counts}',
		notFinished: '{count} belum selesai (dihentikan)',
		shard: 'bagian {shard} dari target',
		outcomes: {works: 'berhasil', fails: 'gagal', inconclusive: 'belum pasti'},
	},
};
