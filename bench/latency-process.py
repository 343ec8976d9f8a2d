#!/usr/bin/env python3
"""Times the steps of real `heavylegs consult` processes, answering through stdin as a script would.

usage: bench/latency-process.py PROFILES.jsonl RUNS [--kbase DIR] [--think-ms MS] [--steps N]

Each run starts a fresh `./heavylegs consult` (the launcher: its JVM flags and class-data sharing;
stdin not a terminal, so questions come on stderr and answers are read one per line) and answers
from profile number RUN of the file. A step is timed from writing the answer line to the next
prompt appearing on stderr, which covers the pipe and the echo as well as the interview itself.
Prints tab-separated lines "RUN STEP KIND MS": step 0 is from starting the process to the first
prompt (start-up), "end" from the last answer to the report printed and the process gone.
With --think-ms the runner waits that long after each prompt before answering, as a person reads
and types (the JVM may compile meanwhile); the default is to answer at once.
With --steps N the input ends after N answers (heavylegs then exits 4, and there is no "end").
No revisions here: the in-process harness (InterviewLatency) times those.
"""
import json
import os
import re
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ASKED = re.compile(r"^\d+\. .*\[([a-z0-9-]+)\]$", re.MULTILINE)


def typed(value):
    """What a runner types for a JSON answer, as SimulatedRunner.typed does."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(value) if value else "none"
    return str(value)


def read_until_prompt(fd):
    """Everything on stderr up to a prompt ("> " at the end of what was written); None at EOF."""
    text = b""
    while True:
        chunk = os.read(fd, 65536)
        if not chunk:
            return None
        text += chunk
        if text.endswith(b"\n> "):
            return text.decode("utf-8")


def run(number, profile, kbase, think, steps):
    command = [os.path.join(HERE, "heavylegs"), "consult"] + (["--kbase", kbase] if kbase else [])
    start = time.perf_counter_ns()
    process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE)
    fd = process.stderr.fileno()
    shown = read_until_prompt(fd)
    step, kind = 0, "start"
    while shown is not None:
        print("%d\t%d\t%s\t%.2f" % (number, step, kind, (time.perf_counter_ns() - start) / 1e6))
        if step >= steps:
            process.stdin.close()  # end of input: the consultation stops unfinished (exit 4)
            process.wait()
            return
        asked = ASKED.findall(shown)
        if not asked:
            raise SystemExit("run %d: no question before the prompt:\n%s" % (number, shown))
        time.sleep(think)
        process.stdin.write((typed(profile.get(asked[-1])) + "\n").encode("utf-8"))
        process.stdin.flush()
        start = time.perf_counter_ns()
        shown = read_until_prompt(fd)
        step, kind = step + 1, "answer"
    process.wait()
    print("%d\t%s\t%s\t%.2f" % (number, "end", "end", (time.perf_counter_ns() - start) / 1e6))
    if process.returncode != 0:
        raise SystemExit("run %d: heavylegs consult exited %d" % (number, process.returncode))


def main():
    profiles_file, runs = sys.argv[1], int(sys.argv[2])
    options = dict(zip(sys.argv[3::2], sys.argv[4::2]))
    kbase = options.get("--kbase")
    think = float(options.get("--think-ms", "0")) / 1000
    steps = int(options.get("--steps", "1000000"))
    with open(profiles_file) as f:
        profiles = [json.loads(line) for _, line in zip(range(runs), f)]
    for number, profile in enumerate(profiles):
        run(number, profile, kbase, think, steps)
        sys.stdout.flush()


if __name__ == "__main__":
    main()
