#!/usr/bin/env python3
"""Times commands in interleaved rounds: one untimed round, then RUNS rounds,
each running every command once in turn, so that a change in the machine's
load during the measurement falls on every command alike (hyperfine runs one
command's runs back to back).

Usage: interleave.py RUNS SPEC.json OUT.json
SPEC is a list of {"name", "cwd", "argv"}; OUT maps each name to
{"wall": [s...], "cpu": [s...]} (CPU: user + system of the child).
A command that exits non-zero, or whose stdout differs from its first run's,
stops the measurement with one line on stderr.
"""
import json
import os
import subprocess
import sys
import time


def run(cmd):
    start = time.perf_counter()
    proc = subprocess.Popen(cmd["argv"], cwd=cmd["cwd"], stdout=subprocess.PIPE)
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        sys.exit(f"interleave.py: {cmd['name']} exited with status {proc.returncode}")
    return wall, usage.ru_utime + usage.ru_stime, out


def main():
    runs, spec, out_path = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    cmds = json.load(open(spec))
    first = {}
    for cmd in cmds:
        _, _, out = run(cmd)
        first[cmd["name"]] = out
    results = {cmd["name"]: {"wall": [], "cpu": []} for cmd in cmds}
    for _ in range(runs):
        for cmd in cmds:
            wall, cpu, out = run(cmd)
            if out != first[cmd["name"]]:
                sys.exit(f"interleave.py: {cmd['name']} printed something else than on its first run")
            results[cmd["name"]]["wall"].append(wall)
            results[cmd["name"]]["cpu"].append(cpu)
    json.dump(results, open(out_path, "w"), indent=1)


if __name__ == "__main__":
    main()
