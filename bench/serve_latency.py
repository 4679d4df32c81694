#!/usr/bin/python3
"""Edit-to-reload latency of `pvpp serve`: the time from saving a one-file change to the
reload event reaching an open page, on a copy of the real corpus (the repository is never
touched). Prints the median of several edits; `make bench-serve` runs it.

  bench/serve_latency.py [--pvpp build/pvpp] [--root .] [--runs 9] [--file content/pages/….md]
"""
import argparse
import http.client
import json
import os
import queue
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time

TIMEOUT = 120  # seconds: only so that a broken server cannot hang the benchmark


def start_server(pvpp, root):
    proc = subprocess.Popen([pvpp, "serve", "--port", "0", "--root", root],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    lines = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in proc.stdout], daemon=True).start()
    while True:
        match = re.search(r"http://127\.0\.0\.1:(\d+)/", lines.get(timeout=TIMEOUT))
        if match:
            return proc, int(match.group(1)), lines


def open_events(port):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=TIMEOUT)
    conn.request("GET", "/__pvpp/events")
    return conn.getresponse()


def next_event(stream):
    """(name, data) of the next server-sent event."""
    name = None
    while True:
        line = stream.readline().decode("utf-8")
        if not line:
            raise SystemExit("serve_latency: the event stream ended")
        line = line.rstrip("\n")
        if line.startswith("event: "):
            name = line[len("event: "):]
        elif line.startswith("data: ") and name:
            data = json.loads(line[len("data: "):])
            stream.readline()  # the blank line that ends the event
            return name, data


def edit(path, run):
    """A one-file change, different on every run: a sentence at the end of a Markdown page,
    a comment at the end of a TOML file (still a full rebuild)."""
    line = f"# mērījuma labojums {run}" if path.endswith(".toml") else f"Mērījuma labojums {run}."
    with open(path, encoding="utf-8") as f:
        text = f.read()
    text = re.sub(r"\n\n(# m|M)ērījuma labojums \d+\.?\n$", "\n", text)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text.rstrip("\n") + f"\n\n{line}\n")


def server_latency(lines):
    """The latency pvpp serve printed for the last rebuild (save seen → reload sent), in ms."""
    while True:
        line = lines.get(timeout=TIMEOUT)
        if "pārbūvēts" in line or "kļūdas" in line:
            match = re.search(r"līdz pārlādei (\d+) ms", line)
            return int(match.group(1)) if match else None


def cpu_ms(pid):
    """CPU time (user + system) the server has used so far: unlike wall time, it does not
    grow when other processes share the cores."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")


def measure(args, root):
    proc, port, lines = start_server(args.pvpp, root)
    try:
        events = open_events(port)
        name, _ = next_event(events)
        if name != "reload":
            raise SystemExit("serve_latency: the corpus does not build; run pvpp check")
        client, server, builds, cpu = [], [], [], []
        for run in range(1, args.runs + 1):
            time.sleep(args.pause)  # separate saves: each one its own rebuild
            cpu_before = cpu_ms(proc.pid)
            started = time.monotonic()
            edit(os.path.join(root, args.file), run)
            name, data = next_event(events)
            client.append((time.monotonic() - started) * 1000)
            builds.append(data["ms"])
            server.append(server_latency(lines))
            cpu.append(cpu_ms(proc.pid) - cpu_before)
            if name != "reload":
                raise SystemExit("serve_latency: the edit broke the build:\n" + data["report"])
        return client, server, builds, cpu
    finally:
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=TIMEOUT)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pvpp", default="build/pvpp")
    parser.add_argument("--root", default=".", help="the project whose content/, data/, themes/ are copied")
    parser.add_argument("--file", default="content/pages/redaktora-celvedis.md", help="the file edited")
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--pause", type=float, default=0.3, help="seconds between edits")
    args = parser.parse_args()
    work = tempfile.mkdtemp(prefix="pvpp-serve-bench-")
    try:
        for folder in ("content", "data", "themes"):
            shutil.copytree(os.path.join(args.root, folder), os.path.join(work, folder))
        client, server, builds, cpu = measure(args, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"pvpp serve, edit to reload ({args.file}, {args.runs} edits): "
          f"median {statistics.median(client):.0f} ms (min {min(client):.0f}, max {max(client):.0f}); "
          f"server-side median {statistics.median([s for s in server if s is not None]):.0f} ms; "
          f"rebuild median {statistics.median(builds):.0f} ms; server CPU per edit median "
          f"{statistics.median(cpu):.0f} ms")


if __name__ == "__main__":
    sys.exit(main())
