#!/usr/bin/env python3
"""Runs a command; prints its wall time in seconds and its peak resident memory in MB.
Usage: measure.py COMMAND…  (the command's output goes to measure.log beside the caller's cwd)"""
import resource, subprocess, sys, time

start = time.monotonic()
with open("measure.log", "ab") as log:
    status = subprocess.call(sys.argv[1:], stdout=log, stderr=subprocess.STDOUT)
wall = time.monotonic() - start
peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(f"{wall:.3f} {peak_kb / 1024:.0f} {status}")
