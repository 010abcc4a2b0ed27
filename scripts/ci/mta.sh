#!/usr/bin/env bash
# A real MTA for the integration tier (tests/mta/): Debian's Postfix with Dovecot SASL on a
# loopback address of its own, everything (config, queue, TLS, logs, sockets) in one folder of
# the project (.tmp/mta by default). Nothing under /etc is written: Postfix runs with
# `postfix -c DIR` (root may name any config directory; alternate_config_directories only
# matters to the set-gid postdrop/postqueue run by other users), Dovecot with `dovecot -c FILE`.
#
#   bash scripts/ci/mta.sh up       install when missing, start, check, print address/ports/CA
#   bash scripts/ci/mta.sh status   print the same when running (exit 1 when not)
#   bash scripts/ci/mta.sh down     stop both and remove the folder
#   bash scripts/ci/mta.sh env      print mta.env (MTA_ADDRESS=..., MTA_CA=..., no secret)
#
# Idempotent: `up` when up only prints; `up` after a crash or a half start cleans up first;
# `down` when down does nothing. Mail is never delivered or relayed: every transport is
# discard(8), and master.cf has no smtp/local/lmtp/pipe service at all.
#
# Environment: MTA_ADDRESS (127.0.88.1; any 127.0.0.0/8 address), MTA_DIR (see below),
# MTA_USER (doctor@mta.test), MTA_POSTSCREEN_PORT (10025). A new CA, certificate and password are made on every fresh `up`;
# the password is written to $MTA_DIR/password (0600) and never printed. MTA_KEEP_FAILED=1 keeps
# the folder of a failed `up` for a look.
set -euo pipefail
# Postfix and Dovecot run as their own users: what this script makes must be readable by them
# (the password file and keys are restricted one by one).
umask 022

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
address=${MTA_ADDRESS:-127.0.88.1}
# The folder: MTA_DIR, else <repo>/.tmp/mta, else (when the postfix or dovecot user cannot reach
# the checkout, e.g. one under /root, mode 0700, as on a fresh CI machine) a folder in /tmp named
# after the checkout. `mta.sh env` prints where it is.
project_dir=$root/.tmp/mta
fallback_dir=/tmp/smtp-doctor-mta.$(printf '%s' "$root" | cksum | cut -d' ' -f1)
dir=${MTA_DIR:-}
user=${MTA_USER:-doctor@mta.test}
ports=(25 465 587 2525)
# Like a real MX's port 25: postscreen(8) in front of smtpd (pregreet test, greet wait 6 s).
postscreen_port=${MTA_POSTSCREEN_PORT:-10025}
marker=.smtp-doctor-mta

die() {
	printf 'mta.sh: %s\n' "$*" >&2
	exit 1
}

check_environment() {
	[[ $(id -u) == 0 ]] || die "must run as root (Postfix's master and Dovecot need it)"
	[[ $address =~ ^127\.([0-9]{1,3})\.([0-9]{1,3})\.([0-9]{1,3})$ ]] ||
		die "MTA_ADDRESS must be a 127.0.0.0/8 address (got \"$address\")"
	local port
	[[ $postscreen_port =~ ^[1-9][0-9]{0,4}$ && $postscreen_port -le 65535 ]] ||
		die "MTA_POSTSCREEN_PORT must be a port number (got \"$postscreen_port\")"
	for port in "${ports[@]}"; do
		[[ $postscreen_port != "$port" ]] || die "MTA_POSTSCREEN_PORT must not be one of ${ports[*]}"
	done
	[[ $user =~ ^[A-Za-z0-9._-]+@[A-Za-z0-9.-]+$ ]] || die "MTA_USER must look like user@domain"
}

# Can the unprivileged users of Postfix and Dovecot reach (traverse) folder $1?
reachable() {
	local account
	for account in postfix dovecot; do
		runuser -u "$account" -- test -x "$1" 2>/dev/null || return 1
	done
}

# Sets $dir: MTA_DIR, else a folder this script made earlier, else (for a fresh `up`) the
# project's folder when Postfix and Dovecot can reach it, else the fallback in /tmp.
resolve_dir() {
	local is_fresh=${1:-}
	if [[ -z $dir ]]; then
		if [[ -f $project_dir/$marker ]]; then
			dir=$project_dir
		elif [[ -f $fallback_dir/$marker ]]; then
			dir=$fallback_dir
		elif [[ -n $is_fresh ]] && ! reachable "$root"; then
			echo "mta.sh: the postfix/dovecot users cannot reach $root; using $fallback_dir"
			dir=$fallback_dir
		else
			dir=$project_dir
		fi
	fi
	[[ $dir == /* && $dir != / ]] || die "MTA_DIR must be an absolute folder (got \"$dir\")"
	# Unix socket paths are limited to 107 bytes; the longest one is Postfix's.
	local longest="$dir/postfix/spool/private/trivial-rewrite"
	((${#longest} < 100)) || die "MTA_DIR is too long for Unix sockets ($dir); set MTA_DIR to a shorter path"
	if [[ -n $is_fresh ]]; then
		local existing=$dir
		while [[ ! -e $existing ]]; do existing=$(dirname "$existing"); done
		reachable "$existing" || die "the postfix/dovecot users cannot reach $dir; set MTA_DIR elsewhere"
	fi
}

# --- install -------------------------------------------------------------------------------
install_packages() {
	local missing=()
	[[ -x /usr/sbin/postfix && -x /usr/lib/postfix/sbin/master ]] || missing+=(postfix)
	[[ -x /usr/sbin/dovecot && -x /usr/lib/dovecot/auth ]] || missing+=(dovecot-core)
	command -v openssl >/dev/null || missing+=(openssl)
	((${#missing[@]} == 0)) && return 0
	echo "mta.sh: installing ${missing[*]} (apt-get, under flock /tmp/apt.lock)"
	# "No configuration": the package must not write a system main.cf. No service may start
	# either: when the machine has no policy-rc.d (a Docker image has one that answers 101), one
	# is put in place for the install only (a machine with systemd would otherwise start the
	# system's Dovecot and Postfix), and removed again on every path out.
	# shellcheck disable=SC2016 # the inner script reads its own $policy and $@
	DEBIAN_FRONTEND=noninteractive flock /tmp/apt.lock sh -ec '
		policy=/usr/sbin/policy-rc.d
		if [ ! -e "$policy" ]; then
			trap "rm -f \"$policy\"" EXIT
			trap "exit 1" INT TERM
			printf "%s\n" "#!/bin/sh" "# Put here by smtp-doctor scripts/ci/mta.sh during apt-get install." \
				"exit 101" >"$policy"
			chmod 0755 "$policy"
		fi
		printf "%s\n" "postfix postfix/main_mailer_type select No configuration" \
			"postfix postfix/mailname string mta.test" | debconf-set-selections
		apt_install() {
			apt-get install -y -q --no-install-recommends \
				-o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold "$@"
		}
		# A fresh machine has no package lists yet, an old one may have stale ones.
		apt-cache show "$@" >/dev/null 2>&1 || apt-get update -q
		apt_install "$@" || { apt-get update -q && apt_install "$@"; }
	' sh "${missing[@]}"
}

# --- processes -----------------------------------------------------------------------------
# A pid from one of our pid files, only when that process is alive and is ours.
postfix_pid() {
	local file="$dir/postfix/spool/pid/master.pid" pid
	[[ -r $file ]] || return 1
	pid=$(tr -dc 0-9 <"$file")
	[[ -n $pid && -r /proc/$pid/environ ]] || return 1
	# master has MAIL_CONFIG=<our config directory> in its environment.
	{ tr '\0' '\n' <"/proc/$pid/environ"; } 2>/dev/null | grep -qxF "MAIL_CONFIG=$dir/postfix/etc" || return 1
	echo "$pid"
}

dovecot_pid() {
	local file="$dir/dovecot/run/master.pid" pid
	[[ -r $file ]] || return 1
	pid=$(tr -dc 0-9 <"$file")
	[[ -n $pid && -r /proc/$pid/cmdline ]] || return 1
	{ tr '\0' '\n' <"/proc/$pid/cmdline"; } 2>/dev/null | grep -qxF "$dir/dovecot/dovecot.conf" || return 1
	echo "$pid"
}

# Waits (polling, at most $2 tenths of a second) until process $1 is gone.
wait_gone() {
	local pid=$1 tries=$2
	while ((tries-- > 0)); do
		[[ -d /proc/$pid ]] || return 0
		sleep 0.1
	done
	return 1
}

stop_all() {
	local pid
	if pid=$(postfix_pid); then
		postfix -c "$dir/postfix/etc" stop >>"$dir/start.log" 2>&1 || kill -TERM "$pid" 2>/dev/null || true
		wait_gone "$pid" 100 || { kill -KILL "$pid" 2>/dev/null || true; }
	fi
	if pid=$(dovecot_pid); then
		kill -TERM "$pid" 2>/dev/null || true
		wait_gone "$pid" 100 || { kill -KILL "$pid" 2>/dev/null || true; }
	fi
}

remove_dir() {
	[[ -e $dir ]] || return 0
	# Only a folder this script made (it holds the marker file) is ever removed.
	[[ -f $dir/$marker ]] || die "$dir exists but was not made by mta.sh; not touching it"
	rm -rf -- "$dir"
}

# --- configuration -------------------------------------------------------------------------
make_certificates() {
	local tls=$dir/tls
	mkdir -p "$tls"
	(
		cd "$tls"
		umask 077
		openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 30 \
			-keyout ca.key -out ca.pem -subj "/O=smtp-doctor/CN=smtp-doctor mta.sh test CA" \
			-addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign 2>/dev/null
		openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes \
			-keyout leaf.key -out leaf.csr -subj "/O=smtp-doctor/CN=mta.test" 2>/dev/null
		printf '%s\n' "basicConstraints=critical,CA:FALSE" "keyUsage=critical,digitalSignature" \
			"extendedKeyUsage=serverAuth" "subjectAltName=DNS:mta.test,IP:$address" >leaf.ext
		openssl x509 -req -in leaf.csr -CA ca.pem -CAkey ca.key -set_serial "0x$(openssl rand -hex 12)" \
			-days 30 -extfile leaf.ext -out leaf.pem 2>/dev/null
		# The CA key is not needed once the leaf is signed: nothing else can ever be signed by it.
		rm -f ca.key leaf.csr leaf.ext
		chmod 0644 ca.pem leaf.pem
	)
}

make_password() {
	local password hash
	# 24 characters from [A-Za-z0-9], made per run; only the hash goes into Dovecot's file.
	password=$(openssl rand -base64 48 | tr -dc 'A-Za-z0-9' | head -c 24)
	(umask 077 && printf '%s' "$password" >"$dir/password")
	hash=$(printf '%s' "$password" | openssl passwd -6 -stdin)
	printf '%s:{SHA512-CRYPT}%s::::::\n' "$user" "$hash" >"$dir/dovecot/users"
	chown root:dovecot "$dir/dovecot/users"
	chmod 0640 "$dir/dovecot/users"
}

write_dovecot_config() {
	local d=$dir/dovecot
	mkdir -p "$d/run" "$d/state"
	cat >"$d/dovecot.conf" <<-EOF
		# Written by scripts/ci/mta.sh: Dovecot as Postfix's SASL server only (no IMAP/POP3).
		instance_name = smtp-doctor-mta
		base_dir = $d/run
		state_dir = $d/state
		protocols =
		log_path = $d/dovecot.log
		auth_verbose = yes
		auth_mechanisms = plain login
		ssl = no
		passdb {
		  driver = passwd-file
		  args = scheme=SHA512-CRYPT $d/users
		}
		userdb {
		  driver = static
		  args = uid=nobody gid=nogroup home=/nonexistent allow_all_users=yes
		}
		service auth {
		  unix_listener $dir/postfix/spool/private/auth {
		    mode = 0660
		    user = postfix
		    group = postfix
		  }
		}
		service anvil {
		  chroot =
		}
	EOF
}

write_postfix_config() {
	local etc=$dir/postfix/etc spool=$dir/postfix/spool
	mkdir -p "$etc" "$spool"
	cat >"$etc/main.cf" <<-EOF
		# Written by scripts/ci/mta.sh. A test MTA: accepts mail, discards all of it.
		compatibility_level = 3.6
		queue_directory = $spool
		data_directory = $dir/postfix/data
		mail_owner = postfix
		setgid_group = postdrop
		maillog_file = $dir/postfix/maillog
		maillog_file_prefixes = $dir
		myhostname = mta.test
		mydomain = mta.test
		myorigin = \$myhostname
		mydestination =
		local_recipient_maps =
		relay_domains =
		alias_maps =
		alias_database =
		mynetworks = $address/32
		# loopback-only: Postfix insists inet_interfaces names an address of an interface, and
		# 127.0.88.1 is not one (only 127.0.0.1/8 is on lo); every inet service in master.cf names
		# $address itself, so nothing listens on 127.0.0.1.
		inet_interfaces = loopback-only
		inet_protocols = ipv4
		biff = no
		smtpd_banner = \$myhostname ESMTP \$mail_name
		# Every address class goes to discard(8): nothing is delivered or relayed.
		default_transport = discard:discarded by the smtp-doctor test MTA
		relay_transport = discard:discarded by the smtp-doctor test MTA
		local_transport = discard:discarded by the smtp-doctor test MTA
		virtual_transport = discard:discarded by the smtp-doctor test MTA
		# TLS: one leaf certificate from the CA mta.sh made.
		smtpd_tls_chain_files = $dir/tls/leaf.key, $dir/tls/leaf.pem
		smtpd_tls_security_level = may
		smtpd_tls_loglevel = 1
		smtpd_tls_received_header = yes
		# SASL through Dovecot; AUTH is enabled per service in master.cf, never before TLS.
		smtpd_sasl_type = dovecot
		smtpd_sasl_path = private/auth
		smtpd_sasl_auth_enable = no
		smtpd_tls_auth_only = yes
		smtpd_relay_restrictions = permit_sasl_authenticated, reject_unauth_destination
		# postscreen on $postscreen_port: a client that talks before the whole greeting is dropped.
		postscreen_greet_action = enforce
		postscreen_dnsbl_sites =
	EOF
	local submission_options="-o smtpd_tls_security_level=encrypt -o smtpd_sasl_auth_enable=yes
  -o smtpd_tls_auth_only=yes -o smtpd_relay_restrictions=permit_sasl_authenticated,reject"
	cat >"$etc/master.cf" <<-EOF
		# Written by scripts/ci/mta.sh. No chroot (the queue lives in the project's folder);
		# no smtp, local, lmtp, virtual or pipe service: mail can only be discarded.
		# service type  private unpriv  chroot  wakeup  maxproc command + args
		$address:25 inet n - n - - smtpd -o syslog_name=postfix/port25
		$address:465 inet n - n - - smtpd -o syslog_name=postfix/port465
		  -o smtpd_tls_wrappermode=yes -o smtpd_sasl_auth_enable=yes
		  -o smtpd_relay_restrictions=permit_sasl_authenticated,reject
		$address:587 inet n - n - - smtpd -o syslog_name=postfix/port587
		  $submission_options
		$address:2525 inet n - n - - smtpd -o syslog_name=postfix/port2525
		  $submission_options
		$address:$postscreen_port inet n - n - 1 postscreen -o syslog_name=postfix/port$postscreen_port
		smtpd     pass  - - n -    - smtpd -o syslog_name=postfix/port$postscreen_port
		tlsproxy  unix  - - n -    0 tlsproxy
		cleanup   unix  n - n -    0 cleanup
		qmgr      unix  n - n 300  1 qmgr
		tlsmgr    unix  - - n 1000? 1 tlsmgr
		rewrite   unix  - - n -    - trivial-rewrite
		bounce    unix  - - n -    0 bounce
		defer     unix  - - n -    0 bounce
		trace     unix  - - n -    0 bounce
		verify    unix  - - n -    1 verify
		flush     unix  n - n 1000? 0 flush
		proxymap  unix  - - n -    - proxymap
		showq     unix  n - n -    - showq
		error     unix  - - n -    - error
		retry     unix  - - n -    - error
		discard   unix  - - n -    - discard
		anvil     unix  - - n -    1 anvil
		scache    unix  - - n -    1 scache
		postlog   unix-dgram n - n - 1 postlogd
	EOF
}

# --- checks --------------------------------------------------------------------------------
# Is anything (another MTA on 0.0.0.0:25, for example) already listening where we want to?
check_ports_free() {
	local port
	for port in "${ports[@]}" "$postscreen_port"; do
		if (exec 3<>"/dev/tcp/$address/$port") 2>/dev/null; then
			die "$address:$port is already taken by another program (an MTA listening on all addresses?); set MTA_ADDRESS or stop it"
		fi
	done
}

# Polls until every port gives its greeting (465 after a TLS handshake that trusts our CA and
# checks the name) and Dovecot's auth socket exists; gives up after 30 s.
wait_ready() {
	local deadline=$((SECONDS + 30)) port ok reply
	while ((SECONDS < deadline)); do
		ok=1
		[[ -S $dir/postfix/spool/private/auth ]] || ok=0
		for port in 25 587 2525; do
			((ok)) || break
			# shellcheck disable=SC2016 # the inner script reads its own $1 and $2
			timeout 3 bash -c '
				exec 3<>"/dev/tcp/$1/$2" || exit 1
				IFS= read -r -t 2 line <&3 || exit 1
				printf "QUIT\r\n" >&3
				[[ $line == 220* ]]' sh "$address" "$port" 2>/dev/null || ok=0
		done
		if ((ok)); then
			# QUIT goes right after the handshake; Postfix answers 220, then 221 and closes.
			reply=$(printf 'QUIT\r\n' | timeout 5 openssl s_client -connect "$address:465" -quiet \
				-CAfile "$dir/tls/ca.pem" -verify_return_error -verify_hostname mta.test 2>/dev/null) || ok=0
			[[ $reply == 220* ]] || ok=0
		fi
		((ok)) && return 0
		sleep 0.2
	done
	return 1
}

show() {
	local postfix_version dovecot_version
	postfix_version=$(postconf -h -c "$dir/postfix/etc" mail_version 2>/dev/null || echo '?')
	dovecot_version=$(dovecot --version 2>/dev/null | cut -d' ' -f1)
	cat <<-EOF
		mta: up on $address (Postfix $postfix_version, Dovecot $dovecot_version SASL), mail is discarded
		  25    STARTTLS offered (opportunistic, relay port), no AUTH
		  465   implicit TLS (smtpd_tls_wrappermode), AUTH PLAIN LOGIN
		  587   STARTTLS required (smtpd_tls_security_level=encrypt), AUTH only after TLS
		  2525  same as 587
		  $postscreen_port postscreen in front of smtpd, like a real MX on 25 (first greeting after 6 s)
		  certificate  CN mta.test, SAN DNS:mta.test IP:$address
		  CA           $dir/tls/ca.pem
		  user         $user
		  password     in $dir/password (0600, made for this run, never printed)
		  Postfix log  $dir/postfix/maillog
		  Dovecot log  $dir/dovecot/dovecot.log
		  env file     $dir/mta.env
		  try: SMTP_DOCTOR_PASSWORD="\$(cat $dir/password)" node distribution/cli.js check $address --ca $dir/tls/ca.pem --user $user
	EOF
}

write_env() {
	cat >"$dir/mta.env" <<-EOF
		MTA_ADDRESS=$address
		MTA_PORTS=${ports[*]}
		MTA_POSTSCREEN_PORT=$postscreen_port
		MTA_CA=$dir/tls/ca.pem
		MTA_USER=$user
		MTA_PASSWORD_FILE=$dir/password
		MTA_POSTFIX_CONFIG=$dir/postfix/etc
		MTA_POSTFIX_LOG=$dir/postfix/maillog
		MTA_DOVECOT_LOG=$dir/dovecot/dovecot.log
		MTA_POSTFIX_VERSION=$(postconf -h -c "$dir/postfix/etc" mail_version 2>/dev/null)
		MTA_DOVECOT_VERSION=$(dovecot --version 2>/dev/null | cut -d' ' -f1)
	EOF
}

is_up() {
	postfix_pid >/dev/null && dovecot_pid >/dev/null && [[ -f $dir/mta.env ]]
}

# --- commands ------------------------------------------------------------------------------
up() {
	check_environment
	resolve_dir
	if is_up; then
		show
		return 0
	fi
	install_packages
	# A fresh start may pick another folder than a half-dead earlier one: clean that one first.
	stop_all
	remove_dir
	dir=${MTA_DIR:-}
	resolve_dir fresh
	# A half start or a crash left something behind: start from nothing.
	stop_all
	remove_dir
	check_ports_free
	mkdir -p "$dir"
	chmod 0755 "$dir"
	printf 'made by scripts/ci/mta.sh; "mta.sh down" removes this folder\n' >"$dir/$marker"
	make_certificates
	write_dovecot_config
	write_postfix_config
	make_password
	local started=0
	{
		postfix -c "$dir/postfix/etc" check &&
			dovecot -c "$dir/dovecot/dovecot.conf" &&
			postfix -c "$dir/postfix/etc" start
	} >>"$dir/start.log" 2>&1 && started=1
	if ((started == 0)) || ! wait_ready; then
		echo "mta.sh: the MTA did not come up; last lines of its logs:" >&2
		tail -n 20 "$dir/start.log" "$dir/postfix/maillog" "$dir/dovecot/dovecot.log" >&2 2>/dev/null || true
		stop_all
		[[ -n ${MTA_KEEP_FAILED:-} ]] || remove_dir
		exit 1
	fi
	write_env
	show
}

down() {
	check_environment
	resolve_dir
	if [[ ! -e $dir ]]; then
		echo "mta: down ($address; nothing to stop)"
		return 0
	fi
	stop_all
	remove_dir
	echo "mta: down ($address, $dir removed)"
}

status() {
	check_environment
	resolve_dir
	if is_up; then
		show
	else
		echo "mta: not running ($address, $dir)"
		return 1
	fi
}

# The KEY=value lines of mta.env (for scripts and the test tier), when up.
env_command() {
	check_environment
	resolve_dir
	is_up || die "not running; run: bash scripts/ci/mta.sh up"
	cat "$dir/mta.env"
}

case ${1:-} in
up) up ;;
down) down ;;
status) status ;;
env) env_command ;;
*)
	echo "usage: bash scripts/ci/mta.sh up|down|status|env" >&2
	exit 2
	;;
esac
