// The shapes of the client-settings feature: the small input it needs from a diagnosis, one
// catalogue entry per client (data: templates, labels, option names, sources) and the result.
import type {ClientTextKey} from './texts.en.js';

export type {ClientTextKey} from './texts.en.js';

/** How the recommended connection starts: TLS at once ("SSL"), or plain then STARTTLS ("TLS"). */
export type ClientEncryption = 'implicit-tls' | 'starttls';

/** The languages the notes come in (the same codes as the interface languages). */
export type ClientLang = 'en' | 'id';

/** One port and encryption the client should use. */
export type ClientTarget = {
	readonly port: number;
	readonly encryption: ClientEncryption;
	/** The server on this port offers STARTTLS but also accepts mail without it. */
	readonly starttlsOptional?: boolean;
};

/**
 * What the settings are built from: the diagnosis's recommended working setting and the facts
 * that change the advice. Never a secret: the snippets read the password from `SMTP_PASSWORD`
 * or show a placeholder.
 */
export type ClientInput = ClientTarget & {
	/** The host the user typed (a name or an IP address). */
	readonly host: string;
	/** The login name, when the user gave one (`--user`); otherwise a placeholder is shown. */
	readonly user?: string;
	/** DNS names on the server's certificate (subject alternative names, then the common name). */
	readonly certNames?: readonly string[];
	/** `host` is an IP address (then a client checking the certificate wants a DNS name). */
	readonly hostIsIp?: boolean;
	/** The provider wants an app password instead of the account password. */
	readonly needsAppPassword?: boolean;
	/** IPv6 failed or is absent where IPv4 works: tell the client to use IPv4. */
	readonly preferIpv4?: boolean;
	/** The second-best working setting (another port), shown after the first. */
	readonly runnerUp?: ClientTarget;
};

/** What a snippet is: code to run, a config file to write, a command, or fields in an app. */
export type ClientKind = 'code' | 'config' | 'command' | 'gui';

/** A fact's source: the client's own documentation, its source code, or someone else's page. */
export type ClientSource = {
	readonly url: string;
	readonly title: string;
	readonly kind: 'official' | 'source-code' | 'third-party';
	/** When the stored copy was read (YYYY-MM-DD). */
	readonly checked: string;
};

/** A condition a template line depends on; a line shows only when all of its conditions hold. */
export type LineCondition =
	| 'implicit-tls'
	| 'starttls'
	/** The user asked for IPv4 and the client has an option for it. */
	| 'ipv4'
	/** Not `ipv4` (the line an IPv4 line replaces). */
	| 'not-ipv4';

/**
 * One line of a snippet. Placeholders: {host}, {hostUrl} (IPv6 in brackets), {port}, {user},
 * {userUrl} (percent-encoded), {from}, {to}, {passwordPlaceholder}; others stay as written.
 */
export type TemplateLine = {
	readonly text: string;
	readonly when?: readonly LineCondition[];
	/** Escaping for this line when it differs from the entry's (a code block under GUI fields). */
	readonly escape?: EscapeStyle;
};

/**
 * How values typed by the user are escaped inside the snippet: quoted strings of a language,
 * a shell word in double quotes, a URL part, or plain text (control characters removed).
 */
export type EscapeStyle =
	'js' | 'php' | 'python' | 'shell' | 'dotenv' | 'msmtp' | 'muttrc' | 'plain';

/** One client: how it names things and the snippet it needs, for both encryptions. */
export type ClientEntry = {
	/** Stable id used on the command line (`--client nodemailer`). */
	readonly id: string;
	/** Display name. */
	readonly name: string;
	/** Short name for sentences ("Django", "WP Mail SMTP"). */
	readonly short: string;
	readonly kind: ClientKind;
	/** What the text is, for the reader: "JavaScript", "~/.msmtprc", "shell", "Account settings". */
	readonly format: string;
	/** The client's own word for each encryption ("SSL", "STARTTLS", "secure: true"). */
	readonly labels: Readonly<Record<ClientEncryption, string>>;
	/** The snippet, one line per entry; the lines whose conditions hold are joined with \n. */
	readonly template: readonly TemplateLine[];
	/** What joins the lines (default a newline; commands use a backslash continuation). */
	readonly joiner?: string;
	/** How {host}, {user}, {from} and {certName} are escaped in this snippet. */
	readonly escape: EscapeStyle;
	/** What the password field is called in this client ("auth.pass", "EMAIL_HOST_PASSWORD"). */
	readonly passwordField: string;
	/** Whether the snippet reads `SMTP_PASSWORD` from the environment, or shows a placeholder. */
	readonly password: 'env' | 'placeholder';
	/** What turns an optional STARTTLS into a required one here; null when the client has none. */
	readonly requireStarttls: string | null;
	/** How to use IPv4 only; null when the client has no such option. */
	readonly ipv4: string | null;
	/** How to check the name against a different host name, when the client has such an option. */
	readonly nameOverride?: string;
	/** Extra notes for this client (text keys), per encryption or for both. */
	readonly notes?: Readonly<Partial<Record<ClientEncryption | 'both', readonly ClientTextKey[]>>>;
	/** Where the facts above come from. */
	readonly sources: readonly ClientSource[];
	/** Whether the test suite runs the real client on the printed text (see tests/clients/). */
	readonly isRunnable: boolean;
};

/** A note in the chosen language, with its stable key. */
export type ClientNote = {
	readonly key: ClientTextKey;
	readonly text: string;
};

/** The settings for one client and one target. */
export type ClientSettings = {
	readonly client: string;
	/** The client's own word for the encryption. */
	readonly label: string;
	readonly port: number;
	readonly encryption: ClientEncryption;
	/** The snippet to paste (never holds a secret). */
	readonly text: string;
	readonly notes: readonly ClientNote[];
	/** 'recommended' for the diagnosis's first choice, 'runner-up' for the second. */
	readonly choice: 'recommended' | 'runner-up';
};
