#!/usr/bin/python3
"""`pvpp novertejumi` on 500 SYNTHETIC filled workbooks (tests/assessments/make_filled.py):
the time to read, check and aggregate them and write every plan and the picture, the peak
memory, and the cost per workbook. Target: under 2 s on two cores. `make bench-assessments`
(part of `make bench`) runs it; the workbooks are made once and kept in WORK.

  bench/assessments.py [--pvpp build/pvpp] [--root .] [--work build/bench/assessments] [--count 500]
"""
import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pvpp", default="build/pvpp")
    ap.add_argument("--root", default=".")
    ap.add_argument("--work", default="build/bench/assessments")
    ap.add_argument("--count", type=int, default=500)
    a = ap.parse_args()
    work = Path(a.work)
    template = work / "out" / "xlsx" / "pasnovertejums.xlsx"
    subprocess.run([a.pvpp, "build", "--root", a.root, "--out", str(work / "out")], check=True,
                   stdout=subprocess.DEVNULL)
    filled = work / f"filled-{a.count}"
    if not (filled / "iestades.txt").exists():
        print(f"pvpp bench: veido {a.count} sintētiskus pašnovērtējumus (vienreiz) …", flush=True)
        subprocess.run(["/usr/bin/python3", str(HERE.parent / "tests/assessments/make_filled.py"), str(template),
                        str(filled), "--count", str(a.count), "--missing", "10"], check=True)
    shutil.rmtree(work / "result", ignore_errors=True)
    log = work / "novertejumi.log"
    with open(log, "w") as out:
        start = time.perf_counter()
        proc = subprocess.Popen([a.pvpp, "novertejumi", str(filled), "--root", a.root, "--out", str(work / "result")],
                                stdout=out, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(proc.pid, 0)  # this process's own peak memory, not the generator's
        seconds = time.perf_counter() - start
    if status != 0:
        sys.exit(log.read_text())
    peak_mb = usage.ru_maxrss / 1024
    cpu = usage.ru_utime + usage.ru_stime  # on a shared machine the wall time also counts waiting
    print(log.read_text().splitlines()[-1])
    print(f"pvpp novertejumi: {a.count} darbgrāmatas, {seconds:.2f} s, maksimālā atmiņa {peak_mb:.0f} MB, "
          f"{seconds / a.count * 1000:.1f} ms uz darbgrāmatu, procesora laiks {cpu:.2f} s (mērķis: < 2 s) – "
          f"{'izpildīts' if seconds < 2 else 'NAV izpildīts'}")


if __name__ == "__main__":
    main()
