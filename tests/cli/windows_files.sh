#!/bin/sh
# Files saved by Windows tools (Notepad, Excel exports) lose nothing: every TOML and
# Markdown file of the shipped corpus, rewritten with CR LF line ends and a leading UTF-8
# byte-order mark, checks clean and builds byte for byte the output of the original (issue 17).
# A diagnostic in such a file still points at the editor's line and column.
# Usage: windows_files.sh PVPP SOURCE_DIR SCRATCH_DIR
set -eu
pvpp=$(realpath "$1") source=$(cd "$2" && pwd) scratch=$3
rm -rf "$scratch" && mkdir -p "$scratch/windows"
for part in content data; do cp -R "$source/$part" "$scratch/windows/$part"; done
find "$scratch/windows" -type f \( -name '*.toml' -o -name '*.md' \) | while read -r f; do
    { printf '\357\273\277'; sed 's/$/\r/' "$f"; } >"$f.crlf" && mv "$f.crlf" "$f"
done
# The rewrite must have happened, or the comparison below proves nothing.
grep -q "$(printf '\r')" "$scratch/windows/content/terms.toml"

"$pvpp" check --root "$scratch/windows" >/dev/null
"$pvpp" build --root "$source" --out "$scratch/unix-out" >/dev/null
"$pvpp" build --root "$scratch/windows" --out "$scratch/windows-out" >/dev/null
diff -r -x .pvpp-cache "$scratch/unix-out" "$scratch/windows-out"

# A mistake in a CR LF file with a BOM: the line and column an editor sees, no stray \r.
printf '\357\273\277[[term]]\r\nid = "x"\r\nname = 5\r\n' >"$scratch/windows/content/terms.toml"
set +e
"$pvpp" check --root "$scratch/windows" >"$scratch/check.out" 2>"$scratch/check.err"
status=$?
set -e
[ "$status" -eq 1 ] || { echo "FAIL: check exited $status, not 1" >&2; exit 1; }
grep -q 'content/terms.toml:3:' "$scratch/check.err" || { echo "FAIL: no finding at line 3:" >&2; cat "$scratch/check.err" >&2; exit 1; }
if grep -q "$(printf '\r')" "$scratch/check.err"; then echo "FAIL: a CR in the findings" >&2; exit 1; fi
echo "windows files: same output, findings at the editor's lines"
