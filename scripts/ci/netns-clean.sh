#!/usr/bin/env bash
# Removes network namespaces (and their processes, links and rules) and temp folders left by
# tests/netns runs whose process is gone, e.g. after a SIGKILL. The tests sweep the same way at
# start; this is for a manual clean-up. --all also removes those of runs still alive.
set -euo pipefail
all=${1:-}
for name in $(ip netns list | awk '{print $1}' | grep '^spd-[0-9]*-' || true); do
	pid=${name#spd-}
	pid=${pid%%-*}
	if [ "$all" = "--all" ] || ! kill -0 "$pid" 2>/dev/null; then
		for inner in $(ip netns pids "$name" 2>/dev/null || true); do
			kill -9 "$inner" 2>/dev/null || true
		done
		ip netns del "$name" && echo "removed namespace $name"
	fi
done
for folder in "${TMPDIR:-/tmp}"/spd-netns-*; do
	[ -d "$folder" ] || continue
	pid=${folder##*/spd-netns-}
	pid=${pid%%-*}
	if [ "$all" = "--all" ] || ! kill -0 "$pid" 2>/dev/null; then
		rm -rf -- "$folder" && echo "removed $folder"
	fi
done
