#!/bin/sh
# make fuzz: runs every libFuzzer target of BUILD_DIR for SECONDS, one after another
# (CI has two cores: a second job would only halve each target's speed). Seeds are
# rebuilt from the repository each run; the growing corpus, logs and any crash,
# leak or timeout input stay in BUILD_DIR/fuzz/<target>/. Fails if any target failed.
# Usage: run.sh BUILD_DIR SECONDS (FUZZ_TARGETS="load slug" runs only those)
set -eu
build=$(cd "$1" && pwd)
seconds=$2
src=$(cd "$(dirname "$0")/../.." && pwd)
work=$build/fuzz
mkdir -p "$work"
sh "$src/tests/fuzz/seeds.sh" "$src" "$work/seeds"

# fuzz_load's dictionary: TOML syntax and paths, plus every key the loaders read.
{ cat "$src/tests/fuzz/toml.dict"
  # … and the keys of the fields the generic loader reads (descriptors and parts: {"id", F::…, .key = "name").
  grep -ohE '\b(string|markdown|integer|boolean|strings|refs|date|tables|table|value_loc|read_parts|read_address|read_markdown)\(([a-z]+, )?"[a-z_]+"|\{"[a-z_]+", F::|\.key = "[a-z_]+"' \
    "$src"/generator/load/*.cpp "$src"/generator/model/shipped_fields.cpp "$src"/generator/model/card_sections.cpp \
    | grep -oE '"[a-z_]+"' | LC_ALL=C sort -u | sed 's/"\(.*\)"/"\1 = "/'
} >"$work/load.dict"
cp "$src/tests/fuzz/markdown.dict" "$work/markdown.dict"
cp "$src/tests/fuzz/search_index.dict" "$work/search_index.dict"

failed=
for target in ${FUZZ_TARGETS:-load markdown slug search_index xlsx}; do
  dir=$work/$target
  mkdir -p "$dir/corpus" "$dir/artifacts"
  dict=
  [ -f "$work/$target.dict" ] && dict=-dict=$work/$target.dict
  # Rendering inputs longer than a long page only slow the fuzzer down; a corpus file may be whole.
  max_len=
  case $target in markdown | search_index) max_len=-max_len=16384 ;; esac
  echo "pvpp fuzz: $target, ${seconds} s (log: $dir/log.txt)"
  if UBSAN_OPTIONS=print_stacktrace=1 "$build/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=10 \
      -rss_limit_mb=2048 -detect_leaks=1 -print_final_stats=1 -artifact_prefix="$dir/artifacts/" $dict $max_len \
      "$dir/corpus" "$work/seeds/$target" >"$dir/log.txt" 2>&1; then
    grep -E '^stat::(number_of_executed_units|peak_rss_mb)|^#[0-9]+.*DONE' "$dir/log.txt" | tr '\n' ' '; echo
  else
    failed="$failed $target"
    tail -n 40 "$dir/log.txt"
    echo "pvpp fuzz: $target FAILED; the input is in $dir/artifacts/"
  fi
done
if [ -n "$failed" ]; then
  echo "pvpp fuzz: failed:$failed" >&2
  exit 1
fi
echo "pvpp fuzz: no crash, leak or timeout in $seconds s per target"
