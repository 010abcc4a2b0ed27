// How each runnable client is run on the text smtp-doctor printed: the text is written to a
// temporary folder unchanged (a config file, a program) or run as the shell command it is. The
// test CA reaches each client in the least intrusive way the client has, added by the harness,
// never printed by the tool:
//   nodemailer            NODE_EXTRA_CA_CERTS
//   PHPMailer, Symfony    SSL_CERT_FILE (OpenSSL's default verify paths, which PHP uses)
//   smtplib, Django       SSL_CERT_FILE (ssl.create_default_context loads the default paths)
//   curl                  CURL_CA_BUNDLE
//   msmtp                 a `tls_trust_file` line appended to the written config (GnuTLS)
//   mutt                  a `set ssl_ca_certificates_file` line appended to the written muttrc
//   swaks                 `--tls-ca-path` appended to the printed command
// Everything else in the environment is dropped: PATH, HOME (the temporary folder), LANG=C.UTF-8
// and SMTP_PASSWORD only.
import {spawn} from 'node:child_process';
import {chmod, mkdir, symlink, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

/** What a run needs: the test CA, the password for SMTP_PASSWORD, where to send. */
export type RunContext = {
	readonly caFile: string;
	readonly password: string;
	readonly recipient: string;
};

/** A prepared client run. */
export type ClientRun = {
	readonly command: string;
	readonly args: readonly string[];
	readonly env: Readonly<Record<string, string>>;
	readonly stdin?: string;
};

/** One runnable client: how to run it, how the CA reaches it, how to make it give up early. */
export type ClientRunner = {
	/** How the test CA is handed to this client (documentation for the matrix). */
	readonly caDelivery: string;
	/** Writes what the client needs into `dir` and says what to start. */
	prepare(dir: string, text: string, context: RunContext): Promise<ClientRun>;
	/**
	 * The same settings with a short client-side timeout, for the recorder's modes where a
	 * client waits for a greeting that never comes. Identity where the client has none.
	 */
	withShortTimeout(text: string): string;
};

/** The project folder (with node_modules), ending in a slash. */
export const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
const python = '/usr/bin/python3';
const phpMailerAutoload = '/usr/share/php/libphp-phpmailer/autoload.php';
const symfonyAutoloads = [
	'/usr/share/php/Symfony/Component/Dotenv/autoload.php',
	'/usr/share/php/Symfony/Component/Mailer/autoload.php',
	'/usr/share/php/Symfony/Component/Mime/autoload.php',
];
// PHP has no timeout in these snippets; a short socket timeout keeps a hanging run short.
const phpFlags = [
	'-d',
	'default_socket_timeout=5',
	'-d',
	'display_errors=stderr',
	'-d',
	'log_errors=0',
];

function baseEnv(dir: string, context: RunContext): Record<string, string> {
	return {
		PATH: process.env['PATH'] ?? '/usr/local/bin:/usr/bin:/bin',
		HOME: dir,
		LANG: 'C.UTF-8',
		SMTP_PASSWORD: context.password,
	};
}

const message = (context: RunContext) =>
	`From: ${context.recipient}\r\nTo: ${context.recipient}\r\nSubject: smtp-doctor test\r\n\r\nSent with the settings smtp-doctor printed.\r\n`;

export const clientRunners: Readonly<Record<string, ClientRunner>> = {
	nodemailer: {
		caDelivery: 'NODE_EXTRA_CA_CERTS',
		async prepare(dir, text, context) {
			await writeFile(path.join(dir, 'send.mjs'), text);
			// The program imports 'nodemailer' as the user's project would; this project's copy.
			await symlink(path.join(projectRoot, 'node_modules'), path.join(dir, 'node_modules'));
			return {
				command: process.execPath,
				args: ['send.mjs'],
				env: {...baseEnv(dir, context), NODE_EXTRA_CA_CERTS: context.caFile},
			};
		},
		withShortTimeout: (text) =>
			text.replace(/^(\tport: \d+,)$/m, '$1\n\tgreetingTimeout: 5000,\n\tconnectionTimeout: 5000,'),
	},
	phpmailer: {
		caDelivery: 'SSL_CERT_FILE',
		async prepare(dir, text, context) {
			await writeFile(path.join(dir, 'send.php'), text);
			// The snippet requires Composer's autoloader; Debian's package has its own.
			await mkdir(path.join(dir, 'vendor'));
			await writeFile(
				path.join(dir, 'vendor', 'autoload.php'),
				`<?php\nrequire '${phpMailerAutoload}';\n`,
			);
			return {
				command: 'php',
				args: [...phpFlags, 'send.php'],
				env: {...baseEnv(dir, context), SSL_CERT_FILE: context.caFile},
			};
		},
		// Timeout bounds each read, Timelimit the wait for a whole reply (300 s by default).
		withShortTimeout: (text) =>
			text.replace(
				/^(\$mail->Port = \d+;)$/m,
				'$1\n$mail->Timeout = 5;\n$mail->getSMTPInstance()->Timelimit = 5;',
			),
	},
	smtplib: {
		caDelivery: 'SSL_CERT_FILE',
		async prepare(dir, text, context) {
			await writeFile(path.join(dir, 'send.py'), text);
			return {
				command: python,
				args: ['send.py'],
				env: {...baseEnv(dir, context), SSL_CERT_FILE: context.caFile},
			};
		},
		withShortTimeout: (text) =>
			text.replace(/(smtplib\.SMTP(?:_SSL)?\("[^"]*", \d+)/, '$1, timeout=5'),
	},
	django: {
		caDelivery: 'SSL_CERT_FILE',
		async prepare(dir, text, context) {
			await writeFile(path.join(dir, 'settings.py'), text);
			// Django refuses to load settings without SECRET_KEY; the test adds one beside the
			// printed settings instead of editing them.
			await writeFile(
				path.join(dir, 'harness_settings.py'),
				'from settings import *  # noqa: F403\n\nSECRET_KEY = "client-settings-test-only"\n',
			);
			await writeFile(
				path.join(dir, 'send_test.py'),
				[
					'from django.conf import settings',
					'from django.core.mail import send_mail',
					'',
					'send_mail("smtp-doctor test", "Sent with the settings smtp-doctor printed.", None, [settings.DEFAULT_FROM_EMAIL])',
					'',
				].join('\n'),
			);
			return {
				command: python,
				args: ['send_test.py'],
				env: {
					...baseEnv(dir, context),
					SSL_CERT_FILE: context.caFile,
					DJANGO_SETTINGS_MODULE: 'harness_settings',
					PYTHONPATH: dir,
				},
			};
		},
		withShortTimeout: (text) => `${text}\nEMAIL_TIMEOUT = 5`,
	},
	symfony: {
		caDelivery: 'SSL_CERT_FILE',
		async prepare(dir, text, context) {
			await writeFile(path.join(dir, '.env'), `${text}\n`);
			await writeFile(
				path.join(dir, 'send.php'),
				[
					'<?php',
					...symfonyAutoloads.map((file) => `require '${file}';`),
					'',
					'use Symfony\\Component\\Dotenv\\Dotenv;',
					'use Symfony\\Component\\Mailer\\Mailer;',
					'use Symfony\\Component\\Mailer\\Transport;',
					'use Symfony\\Component\\Mime\\Email;',
					'',
					"(new Dotenv())->load(__DIR__ . '/.env');",
					"$mailer = new Mailer(Transport::fromDsn($_ENV['MAILER_DSN']));",
					`$mailer->send((new Email())->from('${context.recipient}')->to('${context.recipient}')->subject('smtp-doctor test')->text('Sent with the settings smtp-doctor printed.'));`,
					'',
				].join('\n'),
			);
			return {
				command: 'php',
				args: [...phpFlags, 'send.php'],
				env: {...baseEnv(dir, context), SSL_CERT_FILE: context.caFile},
			};
		},
		withShortTimeout: (text) => text,
	},
	msmtp: {
		caDelivery: 'tls_trust_file line appended to the written config',
		async prepare(dir, text, context) {
			const file = path.join(dir, 'msmtprc');
			await writeFile(file, `${text}\ntls_trust_file ${context.caFile}\n`);
			await chmod(file, 0o600);
			return {
				command: 'msmtp',
				args: [`--file=${file}`, context.recipient],
				env: baseEnv(dir, context),
				stdin: message(context),
			};
		},
		withShortTimeout: (text) => `${text}\ntimeout 5`,
	},
	swaks: {
		caDelivery: '--tls-ca-path appended to the printed command',
		async prepare(dir, text, context) {
			return Promise.resolve({
				command: 'bash',
				args: ['-c', `${text} \\\n  --tls-ca-path '${context.caFile}'`],
				env: baseEnv(dir, context),
			});
		},
		withShortTimeout: (text) => `${text} \\\n  --timeout 5`,
	},
	curl: {
		caDelivery: 'CURL_CA_BUNDLE',
		async prepare(dir, text, context) {
			return Promise.resolve({
				command: 'bash',
				args: ['-c', text],
				env: {...baseEnv(dir, context), CURL_CA_BUNDLE: context.caFile},
			});
		},
		withShortTimeout: (text) => `${text} \\\n  --max-time 8`,
	},
	mutt: {
		caDelivery: 'set ssl_ca_certificates_file line appended to the written muttrc',
		async prepare(dir, text, context) {
			const file = path.join(dir, 'muttrc');
			await writeFile(file, `${text}\nset ssl_ca_certificates_file = "${context.caFile}"\n`);
			return {
				command: 'mutt',
				args: ['-n', '-F', file, '-s', 'smtp-doctor test', '--', context.recipient],
				env: baseEnv(dir, context),
				stdin: 'Sent with the settings smtp-doctor printed.\n',
			};
		},
		// Mutt has no read timeout for the SMTP greeting; the run's own time limit ends it.
		withShortTimeout: (text) => text,
	},
};

/** What a finished run printed. */
export type RunResult = {
	readonly exitCode: number | null;
	readonly signal: NodeJS.Signals | null;
	readonly stdout: string;
	readonly stderr: string;
	/** True when the run hit its time limit and was killed. */
	readonly isTimedOut: boolean;
};

const maxOutputBytes = 256 * 1024;

/** Runs a prepared client in `dir`, killing it after `timeoutMs`. */
export async function runClient(
	dir: string,
	run: ClientRun,
	timeoutMs = 30_000,
): Promise<RunResult> {
	return new Promise((resolve, reject) => {
		const child = spawn(run.command, run.args, {
			cwd: dir,
			env: run.env,
			stdio: ['pipe', 'pipe', 'pipe'],
		});
		let stdout = '';
		let stderr = '';
		let isTimedOut = false;
		const timer = setTimeout(() => {
			isTimedOut = true;
			child.kill('SIGKILL');
		}, timeoutMs);
		child.stdout.on('data', (chunk: Uint8Array) => {
			if (stdout.length < maxOutputBytes) {
				stdout += Buffer.from(chunk).toString('utf8');
			}
		});
		child.stderr.on('data', (chunk: Uint8Array) => {
			if (stderr.length < maxOutputBytes) {
				stderr += Buffer.from(chunk).toString('utf8');
			}
		});
		child.stdin.on('error', () => undefined);
		child.on('error', (error) => {
			clearTimeout(timer);
			reject(error);
		});
		child.on('close', (exitCode, signal) => {
			clearTimeout(timer);
			resolve({exitCode, signal, stdout, stderr, isTimedOut});
		});
		child.stdin.end(run.stdin ?? '');
	});
}
