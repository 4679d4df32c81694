#!/bin/sh
# The build's exit status, messages and output bytes do not depend on the working
# directory, on how --root is written (relative or absolute), on the locale or on the
# time zone. lv_LV.UTF-8 need not be installed: glibc then falls back to C, and the
# result must be the same anyway.
# Usage: same_result.sh PVPP SOURCE_DIR SCRATCH_DIR
set -eu
pvpp=$(realpath "$1") source=$(cd "$2" && pwd) scratch=$3
rm -rf "$scratch" && mkdir -p "$scratch/elsewhere/deeper"
scratch=$(cd "$scratch" && pwd)
invalid=tests/invalid/unknown-code-in-prose
failed=0

# A text as a sed pattern that matches it literally.
literal() { printf '%s' "$1" | sed 's/[][\\.*^$|/]/\\&/g'; }

# Runs pvpp in a folder with an environment; keeps status, stdout, stderr with the output
# folder and the root as given replaced by OUT and ROOT/ (in that order: the output may lie
# inside the root), and the build's times left out.
run() {  # NAME DIR ROOT OUT ENV... -- ARGS...
    name=$1 dir=$2 root=$3 out=$4
    shift 4
    envs=""
    while [ "$1" != "--" ]; do envs="$envs $1"; shift; done
    shift
    set +e
    (cd "$dir" && env $envs "$pvpp" "$@" >"$scratch/$name.out" 2>"$scratch/$name.err")
    echo $? >"$scratch/$name.status"
    set -e
    root_re=$(literal "$root/") out_re=$(literal "$out")
    for f in out err; do
        sed -e "s|$out_re|OUT|g" -e "s|$root_re|ROOT/|g" -e 's|gatavs ([0-9]* ms|gatavs (|' -e 's|faili, [0-9]* ms$|faili|' \
            "$scratch/$name.$f" >"$scratch/$name.$f.norm"
    done
}

same() {  # REFERENCE OTHER [OUT_REF OUT_OTHER]
    for f in status out.norm err.norm; do
        if ! cmp -s "$scratch/$1.$f" "$scratch/$2.$f"; then
            echo "FAIL: $2 differs from $1 in $f:" >&2
            diff "$scratch/$1.$f" "$scratch/$2.$f" >&2 || true
            failed=1
        fi
    done
    if [ $# -eq 4 ] && ! diff -r -x build-stamp "$3" "$4" >&2; then
        echo "FAIL: output of $2 differs from $1" >&2
        failed=1
    fi
}

# The shipped corpus: from its own folder, from another one with a relative and an absolute
# root, under other locales and time zones.
run ref "$source" . "$scratch/ref" LC_ALL=C -- build --root . --out "$scratch/ref"
rel=$(realpath --relative-to="$scratch/elsewhere/deeper" "$source")
run rel "$scratch/elsewhere/deeper" "$rel" out-rel LC_ALL=C -- build --root "$rel" --out out-rel
run lv "$scratch/elsewhere" "$source" "$scratch/lv" LC_ALL=lv_LV.UTF-8 TZ=Pacific/Kiritimati -- \
    build --root "$source" --out "$scratch/lv"
run lang "$scratch" "$source" out-lang LANG=lv_LV.UTF-8 LC_ALL= TZ=America/Anchorage -- \
    build --root "$source" --out out-lang
run cutf "$scratch" "$source" out-cutf LC_ALL=C.UTF-8 -- build --root "$source" --out out-cutf
grep -qx 0 "$scratch/ref.status" || { echo "FAIL: the reference build failed" >&2; cat "$scratch/ref.err" >&2; exit 1; }
same ref rel "$scratch/ref" "$scratch/elsewhere/deeper/out-rel"
same ref lv "$scratch/ref" "$scratch/lv"
same ref lang "$scratch/ref" "$scratch/out-lang"
same ref cutf "$scratch/ref" "$scratch/out-cutf"

# An invalid corpus: the same findings, positions and exit status 1 whatever the cwd and locale.
run bad "$source" "$invalid" @none@ LC_ALL=C -- check --root "$invalid"
run bad-abs "$scratch/elsewhere" "$source/$invalid" @none@ LC_ALL=lv_LV.UTF-8 -- check --root "$source/$invalid"
run bad-rel "$scratch/elsewhere/deeper" "$rel/$invalid" @none@ LANG=lv_LV.UTF-8 LC_ALL= -- check --root "$rel/$invalid"
grep -qx 1 "$scratch/bad.status" || { echo "FAIL: the invalid corpus did not exit 1" >&2; failed=1; }
same bad bad-abs
same bad bad-rel
run badb "$scratch" "$source/$invalid" "$scratch/out-badb" LC_ALL=C -- build --root "$source/$invalid" --out "$scratch/out-badb"
run badb-lv "$scratch/elsewhere" "$source/$invalid" "$scratch/out-badb" LC_ALL=lv_LV.UTF-8 -- build --root "$source/$invalid" --out "$scratch/out-badb"
same badb badb-lv
[ ! -e "$scratch/out-badb" ] || { echo "FAIL: a failed build left an output folder" >&2; failed=1; }

[ $failed -eq 0 ] && echo "same result from every folder, root spelling, locale and time zone"
exit $failed
