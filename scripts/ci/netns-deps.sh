#!/usr/bin/env bash
# Installs what the network-namespace tests (tests/netns) need: ip (iproute2), iptables and
# ip6tables, unshare and mount (util-linux, mount). Idempotent: installs only what is missing;
# apt-get runs under flock /tmp/apt.lock so parallel runs do not collide. Needs root.
set -euo pipefail
need=()
command -v ip >/dev/null 2>&1 || need+=(iproute2)
{ command -v iptables >/dev/null 2>&1 && command -v ip6tables >/dev/null 2>&1; } || need+=(iptables)
command -v unshare >/dev/null 2>&1 || need+=(util-linux)
command -v mount >/dev/null 2>&1 || need+=(mount)
if [ "${#need[@]}" -eq 0 ]; then
	exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
	echo "netns-deps: root is needed to install ${need[*]}" >&2
	exit 1
fi
echo "netns-deps: installing ${need[*]}" >&2
flock /tmp/apt.lock sh -c 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@"' sh "${need[@]}"
