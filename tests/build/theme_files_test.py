#!/usr/bin/python3
"""Theme files are read as carefully as the corpus: a file in a theme's static/ that is a
symbolic link to /etc/passwd or to /dev/zero, or a FIFO, gives one diagnostic at the file,
exit 1 and no output; the FIFO does not hang the build. A SIGTERM sent while such a build
runs stops it at once.

  theme_files_test.py PVPP SOURCE_DIR

Timeouts only keep a broken build from hanging the test; nothing here measures time."""
import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile

PVPP, SOURCE = os.path.abspath(sys.argv[1]), sys.argv[2]
WAIT = 60  # seconds: a build of the small corpus takes a fraction of that
STATIC = "themes/default/static"


def limit_memory():
    # /dev/zero read to the end would fill the machine's memory: a build that tries fails
    # instead. Not under AddressSanitizer, which reserves far more address space.
    if "ASAN_OPTIONS" not in os.environ:
        resource.setrlimit(resource.RLIMIT_AS, (4 << 30, 4 << 30))


def make_root(base):
    root = os.path.join(base, "root")
    small = os.path.join(SOURCE, "tests/golden/small")
    for folder in ("content", "data"):
        shutil.copytree(os.path.join(small, folder), os.path.join(root, folder))
    shutil.copytree(os.path.join(SOURCE, "themes"), os.path.join(root, "themes"))
    return root


def plant(root, kind):
    path = os.path.join(root, STATIC, "leak.txt")
    if kind == "fifo":
        os.mkfifo(path)
    else:
        os.symlink(kind, path)


def build(root, out, sigterm=False):
    """(exit status, stderr) of pvpp build; with sigterm, SIGTERM once it has started."""
    proc = subprocess.Popen([PVPP, "build", "--root", root, "--out", out], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, preexec_fn=limit_memory)
    try:
        if sigterm:
            proc.stdout.readline()  # its first progress line: the build is running
            proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=WAIT)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        return None, f"still running after {WAIT} s"
    return proc.returncode, err


def check_refused(base, kind):
    root = make_root(base)
    out = os.path.join(base, "out")
    plant(root, kind)
    status, err = build(root, out)
    problems = []
    if status != 1:
        problems.append(f"exit status {status}, expected 1: {err.strip()}")
    errors = [line for line in err.splitlines() if ": kļūda: " in line]
    if len(errors) != 1 or not errors[0].split(": kļūda: ")[0].endswith(f"{STATIC}/leak.txt"):
        problems.append(f"expected one error at {STATIC}/leak.txt, got: {err.strip()}")
    if os.path.exists(out):
        problems.append("output was written")
    return problems


def check_sigterm(base):
    root = make_root(base)
    plant(root, "fifo")
    status, err = build(root, os.path.join(base, "out"), sigterm=True)
    if status not in (1, 128 + signal.SIGTERM):
        return [f"after SIGTERM: exit status {status}: {err.strip()}"]
    return []


def main():
    failed = False
    cases = [("link to /etc/passwd", lambda b: check_refused(b, "/etc/passwd")),
             ("link to /dev/zero", lambda b: check_refused(b, "/dev/zero")),
             ("FIFO", lambda b: check_refused(b, "fifo")),
             ("SIGTERM while a FIFO is there", check_sigterm)]
    for name, case in cases:
        base = tempfile.mkdtemp(prefix="pvpp-theme-files-")
        try:
            problems = case(base)
        finally:
            shutil.rmtree(base, ignore_errors=True)
        for p in problems:
            print(f"FAIL {name}: {p}")
        if not problems:
            print(f"ok   {name}")
        failed = failed or bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
