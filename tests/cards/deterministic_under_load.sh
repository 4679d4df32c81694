#!/bin/sh
# A second `pvpp build --pdf` while every core is kept busy must give the fixture's output
# byte for byte: timing on a loaded machine shifts Chromium's DOM node counter, whose numbers
# end up in the tagged PDF's structure ids unless pvpp renumbers them.
# Usage: deterministic_under_load.sh PVPP ROOT FIXTURE_OUT WORK
# The second build goes from another folder into an --out of another length.
set -u
pvpp=$1
root=$2
fixture=$3
work=$4
hogs=""
stop_hogs() { for pid in $hogs; do kill "$pid" 2>/dev/null; done; }
trap stop_hogs EXIT

rm -rf "$work" && mkdir -p "$work" && cd "$work" || exit 1
# One busy loop per core; each stops by itself after 10 minutes should this script be killed.
for _ in $(seq "$(nproc)"); do
    timeout 600 sh -c 'while :; do :; done' &
    hogs="$hogs $!"
done
"$pvpp" build --pdf --root "$root" --out 'second build' >/dev/null || { echo "FAIL: the loaded build failed" >&2; exit 1; }
stop_hogs
diff -r -x .pvpp-cache "$fixture" 'second build' || { echo "FAIL: the loaded build differs from the first" >&2; exit 1; }
