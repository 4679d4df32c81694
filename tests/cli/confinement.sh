#!/bin/sh
# Whatever the content says, pvpp writes nothing outside its output folder: a symbolic link
# in content/ that leads out of the project is refused (not read, not published), an --out
# that is a link is refused with its target untouched, and links inside an old output folder
# are replaced, never followed. Every file changed by the builds below is checked to lie in
# the output folder.
# Usage: confinement.sh PVPP SOURCE_DIR SCRATCH_DIR
set -eu
pvpp=$(realpath "$1") source=$(cd "$2" && pwd) scratch=$3
rm -rf "$scratch" && mkdir -p "$scratch/tmp" "$scratch/outside" "$scratch/victim"
scratch=$(cd "$scratch" && pwd)
export TMPDIR="$scratch/tmp"
failed=0
fail() { echo "FAIL: $*" >&2; failed=1; }

# A build whose --out must be refused as a usage error (status 2) saying PATTERN.
refused_out() {  # N OUT PATTERN WHAT
    set +e
    "$pvpp" build --root "$project" --out "$2" >/dev/null 2>"$scratch/$1.err"
    status=$?
    set -e
    [ $status -eq 2 ] || fail "$4 gave status $status, not 2"
    grep -q "$3" "$scratch/$1.err" || fail "no message for $4: $(cat "$scratch/$1.err")"
}

project="$scratch/project"
mkdir -p "$project"
cp -r "$source/tests/golden/small/content" "$source/tests/golden/small/data" "$source/themes" "$project/"
printf '+++\ntitle = "Slepens"\nslug = "slepens"\n+++\n\nSLEPENS-TEKSTS\n' >"$scratch/outside/secret.md"
echo "keep" >"$scratch/victim/keep.txt"
touch "$scratch/marker"
sleep 1  # file times have a resolution of a second on some file systems

# 1. A page that is a link out of the project: refused, and its text appears nowhere.
mkdir -p "$project/content/pages"
ln -s "$scratch/outside/secret.md" "$project/content/pages/secret.md"
if "$pvpp" build --root "$project" --out "$project/output" >"$scratch/1.out" 2>"$scratch/1.err"; then
    fail "a page linked from outside the project was built"
fi
grep -q "content/pages/secret.md: kļūda: failu nevar nolasīt: tā ir simboliska saite, kas ved ārpus" "$scratch/1.err" ||
    fail "no diagnostic for the linked page: $(cat "$scratch/1.err")"
! grep -rq "SLEPENS-TEKSTS" "$scratch/1.err" "$scratch/1.out" || fail "the linked file's text was printed"
rm "$project/content/pages/secret.md"

# 2. A folder of the corpus that is a link out of the project: refused.
mv "$project/content/tasks" "$scratch/outside/tasks"
ln -s "$scratch/outside/tasks" "$project/content/tasks"
if "$pvpp" check --root "$project" >/dev/null 2>"$scratch/2.err"; then fail "a linked tasks folder was read"; fi
grep -q "content/tasks: kļūda: mapi nevar nolasīt: tā ir simboliska saite, kas ved ārpus" "$scratch/2.err" ||
    fail "no diagnostic for the linked folder: $(cat "$scratch/2.err")"
rm "$project/content/tasks" && mv "$scratch/outside/tasks" "$project/content/tasks"

# 3. An --out that is a link: refused (usage error), its target untouched.
ln -s "$scratch/victim" "$scratch/out-link"
refused_out 3 "$scratch/out-link" "ir simboliska saite" "--out as a link"

# 4. An old output folder with links inside: the build replaces them, never writes through them.
mkdir -p "$project/output"
ln -s "$scratch/victim" "$project/output/site"
mkdir -p "$project/output/cards"
ln -s "$scratch/victim/keep.txt" "$project/output/cards/index.html"
"$pvpp" build --root "$project" --out "$project/output" >/dev/null 2>"$scratch/4.err" || fail "the clean build failed: $(cat "$scratch/4.err")"
[ -d "$project/output/site" ] && [ ! -L "$project/output/site" ] || fail "output/site is still a link"
[ -f "$project/output/cards/index.html" ] && [ ! -L "$project/output/cards/index.html" ] ||
    fail "output/cards/index.html is still a link"

# 5. An --out folder holding files pvpp did not make: refused (usage error), the files kept.
mkdir -p "$scratch/documents" && echo "keep" >"$scratch/documents/letter.txt"
refused_out 5 "$scratch/documents" "satur 'letter.txt', ko nav izveidojis pvpp" "--out at a folder of other files"
[ "$(ls -A "$scratch/documents")" = "letter.txt" ] || fail "the foreign folder was changed: $(ls -A "$scratch/documents")"

# Every file or folder changed since the marker lies in the output folder or is a file of this test.
changed=$(find "$scratch" -newer "$scratch/marker" ! -path "$project/output" ! -path "$project/output/*" \
    ! -path "$scratch" ! -path "$scratch/[0-9].*" ! -path "$scratch/out-link" ! -path "$scratch/tmp" \
    ! -path "$project" ! -path "$project/content" ! -path "$project/content/pages" ! -path "$project/content/tasks" \
    ! -path "$scratch/outside" ! -path "$scratch/documents" ! -path "$scratch/documents/letter.txt")
[ -z "$changed" ] || fail "written outside the output folder: $changed"
[ "$(ls -A "$scratch/victim")" = "keep.txt" ] && [ "$(cat "$scratch/victim/keep.txt")" = "keep" ] ||
    fail "the link target was changed: $(ls -A "$scratch/victim")"
[ -z "$(ls -A "$scratch/tmp")" ] || fail "temporary files left behind: $(ls -A "$scratch/tmp")"

[ $failed -eq 0 ] && echo "nothing was written outside the output folder"
exit $failed
