#!/bin/sh
# Messages are Latvian by default (no locale, C, C.UTF-8, a Latvian locale that is not
# installed) and English with LANGUAGE=en or an English locale; the GCC shape
# file:line:col: kļūda/error: stays in both.
# Usage: english.sh PVPP SOURCE_DIR
set -u
pvpp=$1 source=$2
case_dir=$source/tests/invalid/unknown-code-in-prose
failed=0

expect() {  # NAME PATTERN TEXT
    if ! printf '%s\n' "$3" | grep -q -- "$2"; then
        echo "FAIL: $1: expected a line matching '$2' in:" >&2
        printf '%s\n' "$3" >&2
        failed=1
    fi
}

check() {  # NAME ENV...
    shift
    env -u LANGUAGE -u LC_ALL -u LC_MESSAGES -u LANG "$@" "$pvpp" check --root "$case_dir" 2>&1
}

out=$(check english LANGUAGE=en)
expect english '/content/terms.toml:[0-9]*:[0-9]*: error: ' "$out"
expect english '^1 error, 0 warnings$' "$out"
out=$(check english-locale LANG=en_US.UTF-8)
expect english-locale '/content/terms.toml:[0-9]*:[0-9]*: error: ' "$out"
for env in LANG=C LC_ALL=C.UTF-8 LC_ALL=lv_LV.UTF-8 LANGUAGE=lv; do
    out=$(check "$env" "$env")
    expect "$env" '/content/terms.toml:[0-9]*:[0-9]*: kļūda: ' "$out"
    expect "$env" '^1 kļūda, 0 brīdinājumu$' "$out"
done
out=$(env -i "$pvpp" check --root "$case_dir" 2>&1)
expect "no environment" '^1 kļūda, 0 brīdinājumu$' "$out"

out=$(env -u LC_ALL -u LANG LANGUAGE=en "$pvpp" chek 2>&1)
expect english-usage 'check' "$out"
expect english-usage "^pvpp: unknown argument 'chek' (did you mean check?)" "$out"
exit $failed
