#!/usr/bin/python3
"""`make bench`: pvpp against Hugo on the same generated pages, the cmark-gfm floor, and
the real corpus. Prints a table per size and which of issue 7's targets hold.

Times are medians of --runs runs; pvpp and Hugo run alternately, each into an empty
output folder. CPU time (user + sys) and peak RSS are the kernel's rusage of each run
(os.wait4: what /usr/bin/time -v reports). No run is a test: nothing here fails a build.

  run.py --pvpp build/pvpp --make-corpus ../shared/bench/make_corpus.py --work build/bench [--runs 5]
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CMARK_EXTENSIONS = ["-e", "table", "-e", "autolink", "-e", "strikethrough", "-e", "tagfilter"]


class Run:
    def __init__(self, wall, cpu, rss_kib):
        self.wall, self.cpu, self.rss_kib = wall, cpu, rss_kib


def start(cmd, cwd=None, stdout=subprocess.DEVNULL):
    errors = tempfile.TemporaryFile()
    return subprocess.Popen(cmd, cwd=cwd, stdout=stdout, stderr=errors), errors


def finish(proc, errors, cmd):
    """Waits for proc with os.wait4: its CPU time and peak RSS, as /usr/bin/time reports them."""
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        errors.seek(0)
        sys.exit(f"bench: {' '.join(cmd[:4])} … failed ({proc.returncode}):\n{errors.read().decode()[-2000:]}")
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss


def timed(cmd, cwd=None):
    t0 = time.perf_counter()
    proc, errors = start(cmd, cwd)
    cpu, rss = finish(proc, errors, cmd)
    return Run(time.perf_counter() - t0, cpu, rss)


def timed_group(cmds, cwd):
    """Commands run side by side (one per core): wall until the last ends, CPU summed, RSS the largest."""
    t0 = time.perf_counter()
    started = [(start(c, cwd), c) for c in cmds]
    cpu, rss = 0.0, 0
    for (proc, errors), cmd in started:
        c, r = finish(proc, errors, cmd)
        cpu, rss = cpu + c, max(rss, r)
    return Run(time.perf_counter() - t0, cpu, rss)


def fresh(path):
    shutil.rmtree(path, ignore_errors=True)


def median(runs):
    return Run(statistics.median(r.wall for r in runs), statistics.median(r.cpu for r in runs),
               max(r.rss_kib for r in runs))


def generate(make_corpus, pages, work):
    root = os.path.join(work, f"corpus-{pages}")
    marker = os.path.join(root, ".generated")
    if not os.path.exists(marker):  # the generator is deterministic: made once per size
        fresh(root)
        subprocess.run([sys.executable, make_corpus, "--pages", str(pages), "--out", root, "--hugo"], check=True)
        open(marker, "w").close()
    return root


def cmark_floor(root, runs):
    """cmark-gfm alone on the same Markdown, the files split over one process per core."""
    folder = os.path.join(root, "content", "p")
    files = sorted(f for f in os.listdir(folder) if f.endswith(".md"))
    cores = os.cpu_count() or 1
    chunks = [files[i::cores] for i in range(cores)]
    cmds = [["cmark-gfm", *CMARK_EXTENSIONS, *chunk] for chunk in chunks if chunk]
    return median([timed_group(cmds, folder) for _ in range(runs)])


def compare_with_hugo(pvpp, root, work, runs):
    """Alternately, each run into a new folder. The folders are removed only after all runs:
    ext4 skips inodes freed in the last seconds when it makes new ones, so a tool that
    runs right after 20,000 files were deleted pays several seconds of kernel time for it
    (seen in perf: recently_deleted() under ext4_create and ext4_mkdir)."""
    pvpp_runs, hugo_runs, outs = [], [], []
    for i in range(runs):
        order = ["pvpp", "hugo"] if i % 2 == 0 else ["hugo", "pvpp"]
        for tool in order:
            out = os.path.join(work, f"out-{tool}-{i}")
            fresh(out)
            outs.append(out)
            if tool == "pvpp":
                pvpp_runs.append(timed([pvpp, "build", "--root", root, "--out", out]))
            else:
                fresh(os.path.join(root, "resources"))
                hugo_runs.append(timed(["hugo", "--quiet", "--source", root, "--destination", out]))
    for out in outs:
        fresh(out)
    return median(pvpp_runs), median(hugo_runs)


def row(name, run, pages, hugo=None):
    ratio = f"{run.wall / hugo.wall:6.3f}" if hugo else "     –"
    pages_per_s = f"{pages / run.wall:9.0f}" if pages else "        –"
    return f"  {name:<22} {run.wall * 1000:9.0f} ms {run.cpu * 1000:9.0f} ms {run.rss_kib / 1024:8.1f} MiB {pages_per_s} {ratio}"


def header():
    return f"  {'':<22} {'wall':>12} {'CPU':>12} {'peak RSS':>12} {'pages/s':>9} {'/ Hugo':>6}"


def hyperfine_median(cmd, prepare, runs):
    with tempfile.NamedTemporaryFile(suffix=".json") as report:
        args = ["hyperfine", "--style", "none", "--warmup", "2", "--runs", str(runs), "--export-json", report.name]
        if prepare:
            args += ["--prepare", prepare]
        subprocess.run(args + [cmd], check=True, stdout=subprocess.DEVNULL)
        return json.load(open(report.name))["results"][0]["median"]


def real_corpus(pvpp, work, runs):
    """A first build into an empty folder (no caches: Hunspell's dictionary is loaded and
    rsvg-convert draws the three PNG pictures), then with output/ in place: a rebuild with
    nothing changed, and a full re-render (the stamp removed, so every page, workbook and
    card is made again and compared; the lemma cache and the PNGs of unchanged SVGs reused)."""
    first = []
    for i in range(runs):
        out = os.path.join(work, f"real-out-{i}")
        fresh(out)
        first.append(timed([pvpp, "build", "--root", REPO, "--out", out]))
    out = os.path.join(work, "real-out-0")
    cmd = f"'{pvpp}' build --root '{REPO}' --out '{out}'"
    unchanged = hyperfine_median(cmd, None, max(runs * 4, 10))
    rerender = hyperfine_median(cmd, f"rm -f '{out}/.pvpp-cache/build-stamp'", max(runs * 4, 10))
    for i in range(runs):
        fresh(os.path.join(work, f"real-out-{i}"))
    return median(first), unchanged, rerender


def verdict(ok):
    return "holds" if ok else "MISSED"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pvpp", required=True)
    ap.add_argument("--make-corpus", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--sizes", default="1000,10000")
    args = ap.parse_args()
    pvpp, work = os.path.abspath(args.pvpp), os.path.abspath(args.work)
    os.makedirs(work, exist_ok=True)
    hugo_version = subprocess.run(["hugo", "version"], capture_output=True, text=True).stdout.split()[1]
    print(f"pvpp bench: {args.runs} runs each, {os.cpu_count()} cores, Hugo {hugo_version}, load average "
          f"{os.getloadavg()[0]:.1f} (a loaded machine makes every number noisy)\n")
    sizes = [int(s) for s in args.sizes.split(",")]
    results, targets = {}, []
    for pages in sizes:
        root = generate(os.path.abspath(args.make_corpus), pages, work)
        mine, hugo = compare_with_hugo(pvpp, root, work, args.runs)
        floor = cmark_floor(root, args.runs)
        results[pages] = (mine, hugo, floor)
        print(f"{pages} pages (median of {args.runs}):")
        print(header())
        print(row("pvpp build", mine, pages, hugo))
        print(row("Hugo", hugo, pages, hugo))
        print(row("cmark-gfm floor", floor, pages))
        print(f"  pvpp is {hugo.wall / mine.wall:.1f}× faster than Hugo; {mine.wall / floor.wall:.2f}× the cmark-gfm floor\n")
        targets.append((f"{pages} pages ≥ 6× faster than Hugo", hugo.wall / mine.wall >= 6))
        if pages >= 10000:
            targets.append((f"{pages} pages within 1.5× of the cmark-gfm floor", mine.wall <= 1.5 * floor.wall))
            targets.append((f"{pages} pages peak RSS < 150 MiB", mine.rss_kib < 150 * 1024))
    if len(sizes) >= 2:
        a, b = sizes[0], sizes[-1]
        print(f"Linearity {a} → {b} pages ({b / a:.0f}× the pages): pvpp {results[b][0].wall / results[a][0].wall:.1f}× "
              f"the time, Hugo {results[b][1].wall / results[a][1].wall:.1f}×\n")
    first, unchanged, rerender = real_corpus(pvpp, work, args.runs)
    print("Real corpus (site, workbooks, cards HTML, open data, CMS fragments; no --pdf):")
    print(header())
    print(row("first build, empty out", first, 0))
    print(f"  {'full re-render':<22} {rerender * 1000:9.1f} ms   (hyperfine median; stamp removed: everything "
          f"rendered again and compared, nothing written)")
    print(f"  {'no-change rebuild':<22} {unchanged * 1000:9.1f} ms   (hyperfine median; nothing written)\n")
    targets.append(("real corpus full build (full re-render) < 150 ms", rerender < 0.150))
    targets.append(("real corpus first build into an empty folder < 150 ms", first.wall < 0.150))
    targets.append(("real corpus no-change rebuild < 50 ms", unchanged < 0.050))
    print("Targets (issue 7):")
    for name, ok in targets:
        print(f"  {verdict(ok):<7} {name}")


if __name__ == "__main__":
    main()
