#!/usr/bin/env python3
# A real point-to-point link with a delay, for bench/link.mjs: two TUN devices, every IP packet
# read from one is written to the other ONE_WAY_MS later, in order. Unlike a TCP relay, TCP runs
# end to end over it: the handshake, ACKs, Nagle and delayed ACKs all pay the delay, as on a
# real 100 ms path. (tc netem would do the same, but this kernel has no sch_netem.)
#   tun-link.py ONE_WAY_MS NAME_A NAME_B
# Prints "ready" once both devices exist (the caller moves them into namespaces and configures
# them), then relays until stdin closes (the caller exited or said stop).
import fcntl
import heapq
import os
import select
import struct
import sys
import time

TUNSETIFF = 0x400454CA
IFF_TUN = 0x0001
IFF_NO_PI = 0x1000


def open_tun(name):
    fd = os.open("/dev/net/tun", os.O_RDWR | os.O_NONBLOCK)
    fcntl.ioctl(fd, TUNSETIFF, struct.pack("16sH", name.encode(), IFF_TUN | IFF_NO_PI))
    return fd


delay = float(sys.argv[1]) / 1000
a = open_tun(sys.argv[2])
b = open_tun(sys.argv[3])
peer = {a: b, b: a}
print("ready", flush=True)
stdin = sys.stdin.fileno()
queue = []
sequence = 0
while True:
    timeout = max(0.0, queue[0][0] - time.monotonic()) if queue else None
    readable, _, _ = select.select([a, b, stdin], [], [], timeout)
    if stdin in readable and not os.read(stdin, 64):
        break
    for fd in readable:
        if fd == stdin:
            continue
        while True:
            try:
                packet = os.read(fd, 65536)
            except BlockingIOError:
                break
            except OSError:
                sys.exit(0)  # the device went away with its namespace
            sequence += 1
            heapq.heappush(queue, (time.monotonic() + delay, sequence, peer[fd], packet))
    now = time.monotonic()
    while queue and queue[0][0] <= now:
        _, _, fd, packet = heapq.heappop(queue)
        try:
            os.write(fd, packet)
        except OSError:
            pass  # a full or vanished device drops the packet, like a real link would
