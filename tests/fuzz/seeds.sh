#!/bin/sh
# Builds the seed corpus of every fuzz target into OUT/<target>/ from the corpus
# files in the repository (content/, data/, tests/invalid/, tests/golden/), afresh
# each run, so nothing is committed twice. Usage: seeds.sh SOURCE_DIR OUT
set -eu
src=$1
out=$2
rm -rf "$out"
mkdir -p "$out/load" "$out/markdown" "$out/slug" "$out/search_index" "$out/xlsx"

# Each corpus file as "ROOT|PATH BELOW ROOT"; files over 1 MB would only slow the fuzzer.
corpus_files() {
  for root in "$src" "$src"/tests/invalid/* "$src"/tests/golden/*; do
    for dir in content data; do
      [ -d "$root/$dir" ] || continue
      (cd "$root" && find "$dir" -type f -size -1024k | LC_ALL=C sort) | sed "s#^#$root|#"
    done
  done
}

# load: the file's path on the first line, its bytes after (fuzz_load.cpp).
# markdown: every page and every TOML file with a multi-line (Markdown) string.
n=0
corpus_files | while IFS='|' read -r root rel; do
  n=$((n + 1))
  { printf '%s\n' "$rel"; cat "$root/$rel"; } >"$out/load/$n"
  case $rel in
    *.md) cp "$root/$rel" "$out/markdown/$n" ;;
    *.toml) if grep -q '"""' "$root/$rel"; then cp "$root/$rel" "$out/markdown/$n"; fi ;;
  esac
done

# slug: headings, titles and names as editors write them, one a file.
n=0
find "$src/content" "$src/data" -type f | LC_ALL=C sort | xargs sed -n \
  -e 's/^#\{1,6\} \(.*\)/\1/p' -e 's/^\(title\|name\|slug\|id\) = "\(.*\)"$/\2/p' |
  LC_ALL=C sort -u | while IFS= read -r line; do
  n=$((n + 1))
  printf '%s' "$line" >"$out/slug/$n"
done

# search_index: generated HTML (the golden pages' <main>, a card) as a page field and a
# section, and the Markdown pages as text; parts separated as fuzz_search_index.cpp reads them.
n=0
for f in "$src"/tests/golden/*/expected/*.html "$src"/tests/cards/expected/*.html "$src"/content/pages/*.md; do
  [ -f "$f" ] || continue
  n=$((n + 1))
  { printf 'lv/uzdevumi/pu2-10/\037PU2-10\037Iesaistīto pušu pārvaldība\037Uzdevums\037Uzdevumi\037'
    cat "$f"
    printf '\037sadala-1\0371. Rezultāts\037'
    cat "$f"
    printf '\036lv/lomas/\037\037Lomas\037Lapa\037\037<p>Ā &amp; &#x17E;</p>'; } >"$out/search_index/$n"
done

# xlsx: small workbooks made by the standard library (tests/fuzz/xlsx_seeds.py).
/usr/bin/python3 "$src/tests/fuzz/xlsx_seeds.py" "$out/xlsx"
