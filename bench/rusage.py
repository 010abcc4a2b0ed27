#!/usr/bin/env python3
# Runs a command and writes its CPU time (user, system; milliseconds with microsecond
# resolution, from wait4's rusage), peak RSS (KiB) and wall time from fork to exit (ms) to a
# file: "USER_MS SYS_MS MAXRSS_KIB WALL_MS". GNU time prints CPU in centiseconds, too coarse for
# a 20 ms Node start; the wall time is taken here so Python's own start-up is not in it.
#   rusage.py OUTPUT_FILE COMMAND [ARGS...]    exits with the command's exit code
import os
import sys
import time

output, command = sys.argv[1], sys.argv[2:]
started = time.perf_counter()
pid = os.fork()
if pid == 0:
    try:
        os.execvp(command[0], command)
    finally:
        os._exit(127)
_, status, usage = os.wait4(pid, 0)
wall = (time.perf_counter() - started) * 1000
with open(output, "w") as file:
    file.write(
        f"{usage.ru_utime * 1000:.3f} {usage.ru_stime * 1000:.3f} {usage.ru_maxrss} {wall:.3f}\n"
    )
sys.exit(os.waitstatus_to_exitcode(status) if hasattr(os, "waitstatus_to_exitcode") else status >> 8)
