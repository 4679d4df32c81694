#!/usr/bin/python3
"""pvpp build when output/ cannot be written: a read-only folder, a file size limit
(also on a first build) and a full disk (a tiny tmpfs). Each time the build must fail with a message saying
what happened and leave the previous output exactly as it was: same bytes, same
times, no temporary files.

  write_failures_test.py PVPP
"""
import os
import resource
import shutil
import subprocess
import sys
import tempfile

NOBODY = 65534


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def make_site(root, pages, words):
    write(os.path.join(root, "content", "_index.md"), '+++\ntitle = "Sākums"\n+++\n\nPārbaude.\n')
    for i in range(pages):
        body = " ".join(["pakalpojums"] * words)
        write(os.path.join(root, "content", "p", f"page-{i:03d}.md"),
              f'+++\ntitle = "Lapa {i}"\n+++\n\n{body}\n\nSkatīt [sākumu](/).\n')


def snapshot(out):
    """Every file's bytes and time, and every folder (a folder's own time changes when a
    temporary file is made in it and removed again: that is not a change of output)."""
    files = {}
    for folder, dirs, names in os.walk(out):
        for n in dirs:
            files[os.path.relpath(os.path.join(folder, n), out) + "/"] = None
        for n in names:
            p = os.path.join(folder, n)
            files[os.path.relpath(p, out)] = (open(p, "rb").read(), os.lstat(p).st_mtime_ns)
    return files


def build(pvpp, root, out, preexec=None):
    return subprocess.run([pvpp, "build", "--root", root, "--out", out], capture_output=True, text=True,
                          preexec_fn=preexec)


def as_nobody():
    os.setgid(NOBODY)
    os.setuid(NOBODY)


def check_failed_cleanly(name, result, before, out, expected_message):
    problems = []
    if result.returncode != 1:
        problems.append(f"exit status {result.returncode}, expected 1")
    if expected_message not in result.stderr or "netika mainīts" not in result.stderr:
        problems.append(f"message lacks '{expected_message}' / 'netika mainīts': {result.stderr.strip()}")
    after = snapshot(out)
    if after != before:
        changed = sorted(set(after) ^ set(before)) or [k for k in after if after[k] != before.get(k)]
        problems.append(f"output changed: {changed[:5]}")
    for problem in problems:
        print(f"FAIL {name}: {problem}")
    if not problems:
        print(f"ok   {name}: {result.stderr.strip().splitlines()[-1]}")
    return not problems


def read_only_folder(pvpp, base):
    """A folder of output/ that cannot be written (run as nobody: root ignores permissions)."""
    root, out = os.path.join(base, "ro"), os.path.join(base, "ro", "output")
    make_site(root, 5, 50)
    root_user = os.geteuid() == 0
    if root_user:
        shutil.chown(base, NOBODY, NOBODY)
        for folder, dirs, names in os.walk(base):
            for n in dirs + names:
                shutil.chown(os.path.join(folder, n), NOBODY, NOBODY)
    preexec = as_nobody if root_user else None
    first = build(pvpp, root, out, preexec)
    if first.returncode != 0:
        print(f"FAIL read-only folder: first build failed: {first.stderr}")
        return False
    make_site(root, 5, 60)  # every page changes
    for folder, dirs, names in os.walk(os.path.join(out, "site")):
        os.chmod(folder, 0o555)
    before = snapshot(out)
    result = build(pvpp, root, out, preexec)
    for folder, dirs, names in os.walk(os.path.join(out, "site")):
        os.chmod(folder, 0o755)
    return check_failed_cleanly("read-only folder", result, before, out, "Permission denied")


def file_size_limit(pvpp, base):
    """A file larger than ulimit -f allows (EFBIG): what a full disk does to a write."""
    root, out = os.path.join(base, "fsize"), os.path.join(base, "fsize", "output")
    make_site(root, 5, 50)
    if build(pvpp, root, out).returncode != 0:
        print("FAIL file size limit: first build failed")
        return False
    make_site(root, 5, 3000)  # pages of ~36 KB
    before = snapshot(out)

    def limit():
        resource.setrlimit(resource.RLIMIT_FSIZE, (16384, 16384))

    result = build(pvpp, root, out, limit)
    return check_failed_cleanly("file size limit", result, before, out, "File too large")


def first_build_too_large(pvpp, base):
    """A first build (site/ made whole beside, then renamed) that cannot write leaves no output."""
    root, out = os.path.join(base, "first"), os.path.join(base, "first", "output")
    make_site(root, 5, 3000)

    def limit():
        resource.setrlimit(resource.RLIMIT_FSIZE, (16384, 16384))

    result = build(pvpp, root, out, limit)
    ok = result.returncode == 1 and "File too large" in result.stderr and not os.path.exists(out)
    print(("ok  " if ok else "FAIL") + f" first build: {result.stderr.strip().splitlines()[-1]}; "
          f"output {'left behind' if os.path.exists(out) else 'not made'}")
    return ok


def full_disk(pvpp, base):
    """output/ on a 512 KiB tmpfs, in a mount namespace of its own; skipped where none can be made."""
    root = os.path.join(base, "full")
    make_site(root, 5, 50)
    probe = subprocess.run(["unshare", "-rm", "true"], capture_output=True)
    if probe.returncode != 0:
        print("skip full disk: cannot make a mount namespace here (unshare -rm)")
        return True
    result = subprocess.run(["unshare", "-rm", sys.executable, __file__, "--inside-tmpfs", pvpp, root],
                            capture_output=True, text=True)
    sys.stdout.write(result.stdout)
    return result.returncode == 0


def inside_tmpfs(pvpp, root):
    out = os.path.join(root, "output")
    os.makedirs(out)
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=512k", "tmpfs", out]).returncode != 0:
        print("skip full disk: cannot mount a tmpfs here")
        return 0
    first = build(pvpp, root, out)
    if first.returncode != 0:
        print(f"FAIL full disk: first build failed: {first.stderr}")
        return 1
    make_site(root, 5, 12000)  # ~700 KB of new pages beside the old: more than there is room for
    before = snapshot(out)
    ok = check_failed_cleanly("full disk", build(pvpp, root, out), before, out, "No space left on device")
    return 0 if ok else 1


def main():
    if len(sys.argv) == 4 and sys.argv[1] == "--inside-tmpfs":
        return inside_tmpfs(sys.argv[2], sys.argv[3])
    pvpp = os.path.abspath(sys.argv[1])
    base = tempfile.mkdtemp(prefix="pvpp-write-failures-")
    os.chmod(base, 0o755)
    try:
        results = [read_only_folder(pvpp, base), file_size_limit(pvpp, base), first_build_too_large(pvpp, base),
                   full_disk(pvpp, base)]
    finally:
        shutil.rmtree(base, ignore_errors=True)
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
