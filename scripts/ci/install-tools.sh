#!/usr/bin/env bash
# System tools the tests use besides Node: zsh and fish (the completion scripts are parsed by
# them), man-db and groff (the man page is rendered), binutils (`strip` for the single file),
# GNU parallel (check --targets --shard is spread by it).
# Idempotent: installs only what is missing, under flock so parallel runs do not collide.
set -euo pipefail
missing=()
for tool in zsh:zsh fish:fish man:man-db groff:groff-base strip:binutils parallel:parallel; do
	command -v "${tool%%:*}" >/dev/null 2>&1 || missing+=("${tool#*:}")
done
if ((${#missing[@]} > 0)); then
	echo "install-tools: installing ${missing[*]}"
	flock /tmp/apt.lock bash -c 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null' _ "${missing[@]}"
fi
