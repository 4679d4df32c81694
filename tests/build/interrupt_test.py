#!/usr/bin/python3
"""SIGINT and SIGTERM in the middle of pvpp build: the build stops before it replaces
anything (exit status 128 + signal) and output/ stays exactly as the previous build left
it; no temporary files are left behind.

  interrupt_test.py PVPP
"""
import os
import shutil
import signal
import subprocess
import sys
import tempfile

PAGES = 3000  # enough rendering after "veido" that the signal always arrives before the commit


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def make_site(root, version):
    write(os.path.join(root, "content", "_index.md"), f'+++\ntitle = "Sākums {version}"\n+++\n\nPārbaude.\n')
    for i in range(PAGES):
        write(os.path.join(root, "content", "p", f"page-{i:05d}.md"),
              f'+++\ntitle = "Lapa {i} ({version})"\n+++\n\n## Virsraksts\n\nTeksts {version}. '
              f'Skatīt [nākamo](/p/page-{(i + 1) % PAGES:05d}/).\n')


def snapshot(out):
    files = {}
    for folder, dirs, names in os.walk(out):
        for n in names:
            p = os.path.join(folder, n)
            files[os.path.relpath(p, out)] = (open(p, "rb").read(), os.lstat(p).st_mtime_ns)
    return files


def interrupted_build(pvpp, root, out, sig):
    make_site(root, sig.name)  # every page changes: the build would rewrite them all
    before = snapshot(out)
    proc = subprocess.Popen([pvpp, "build", "--root", root, "--out", out], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    for line in proc.stdout:  # the corpus is loaded: rendering starts now
        if "veido" in line:
            proc.send_signal(sig)
            break
    _, err = proc.communicate(timeout=120)
    problems = []
    if proc.returncode != 128 + sig.value:
        problems.append(f"exit status {proc.returncode}, expected {128 + sig.value}")
    if f"pārtraukts ar signālu {sig.name}" not in err or "netika mainīts" not in err:
        problems.append(f"message: {err.strip()}")
    if snapshot(out) != before:
        problems.append("output/ changed")
    leftovers = [n for _, _, names in os.walk(out) for n in names if n.endswith(".pvpp-new")]
    if leftovers:
        problems.append(f"temporary files left: {leftovers[:3]}")
    for p in problems:
        print(f"FAIL {sig.name}: {p}")
    if not problems:
        print(f"ok   {sig.name}: {err.strip()}")
    return not problems


def main():
    pvpp = os.path.abspath(sys.argv[1])
    base = tempfile.mkdtemp(prefix="pvpp-interrupt-")
    try:
        root, out = os.path.join(base, "site"), os.path.join(base, "site", "output")
        make_site(root, "first")
        first = subprocess.run([pvpp, "build", "--root", root, "--out", out], capture_output=True, text=True)
        if first.returncode != 0:
            print(f"FAIL first build: {first.stderr}")
            return 1
        ok = [interrupted_build(pvpp, root, out, s) for s in (signal.SIGINT, signal.SIGTERM)]
    finally:
        shutil.rmtree(base, ignore_errors=True)
    return 0 if all(ok) else 1


if __name__ == "__main__":
    sys.exit(main())
