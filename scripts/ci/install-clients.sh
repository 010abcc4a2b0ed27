#!/usr/bin/env bash
# Installs the real mail clients the client-settings tests run (tests/clients/): PHP with
# PHPMailer and Symfony Mailer, msmtp, swaks (with Net::SSLeay for its TLS), curl, mutt and
# Django for /usr/bin/python3.
# Idempotent: packages already present are skipped, and apt runs only when something is missing.
# apt-get runs under `flock /tmp/apt.lock` so parallel jobs on one machine never collide.
set -euo pipefail

packages=(
	php-cli
	libphp-phpmailer
	php-symfony-mailer
	php-symfony-dotenv
	msmtp
	swaks
	libnet-ssleay-perl
	curl
	mutt
	python3-django
)

missing=()
for package in "${packages[@]}"; do
	if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
		missing+=("$package")
	fi
done

if [ "${#missing[@]}" -eq 0 ]; then
	echo "install-clients: all present (${packages[*]})"
	exit 0
fi

echo "install-clients: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
# msmtp asks whether to enable AppArmor; answer no so the install never waits for input.
echo 'msmtp msmtp/apparmor boolean false' | debconf-set-selections 2>/dev/null || true
flock /tmp/apt.lock apt-get update -qq
flock /tmp/apt.lock apt-get install -y -qq --no-install-recommends "${missing[@]}" </dev/null
