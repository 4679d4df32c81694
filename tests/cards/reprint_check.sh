#!/bin/sh
# `pvpp build --pdf` prints again only the cards whose HTML changed: a card made to
# differ in output/ is printed again, every other PDF keeps its bytes and its time.
# Usage: reprint_check.sh PVPP ROOT OUT (OUT holds a finished --pdf build)
set -u
pvpp=$1
root=$2
out=$3
stamp=$(mktemp)
log=$(mktemp)
trap 'rm -f "$stamp" "$log"' EXIT
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

sleep 1  # so that a file written now is newer than the stamp on any file system
printf '<!-- changed by hand -->\n' >> "$out/cards/PU2-10.html"
"$pvpp" build --pdf --root "$root" --out "$out" > "$log" 2>&1 || fail "the build failed: $(cat "$log")"
pdfs=$(ls "$out/cards"/*.pdf | wc -l)
grep -q "1 PDF izdrukāti, $((pdfs - 1)) nemainīti" "$log" ||
    fail "expected one card printed and $((pdfs - 1)) unchanged: $(grep PDF "$log")"
newer=$(find "$out/cards" -name '*.pdf' -newer "$stamp" | sed 's|.*/||' | sort | tr '\n' ' ')
# The reprinted PDF has the same bytes as before (PDFs are reproducible), so the commit
# may leave it untouched; no other PDF may be written.
[ -z "$newer" ] || [ "$newer" = "PU2-10.pdf " ] || fail "PDFs written: '$newer', expected at most PU2-10.pdf"
grep -q 'changed by hand' "$out/cards/PU2-10.html" && fail "PU2-10.html was not put right"

# Nothing changed now: no card is printed, no file is written.
: > "$stamp"
sleep 1
"$pvpp" build --pdf --root "$root" --out "$out" > "$log" 2>&1 || fail "the second build failed"
[ -z "$(find "$out" -newer "$stamp")" ] || fail "a build with nothing changed wrote: $(find "$out" -newer "$stamp" | head -3)"

[ "$failures" -eq 0 ] && echo "reprint check: only the changed card was printed again"
[ "$failures" -eq 0 ]
