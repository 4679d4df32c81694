#!/bin/sh
# The editor's loop (issue 17, "Done when"): the ten usual edits and the ten usual mistakes,
# each on a fresh copy of the shipped corpus, checked with `pvpp check` as an editor runs it.
# An edit checks clean (exit 0); a mistake gives exactly one finding (exit 1, or a warning and
# exit 0 for a slip) at the file and line the editor wrote; nothing an editor reads is English.
# Usage: editor_loop.sh PVPP SOURCE_DIR SCRATCH_DIR [--show]   (--show prints every output)
set -eu
pvpp=$(realpath "$1") source=$(cd "$2" && pwd) scratch=$3 show=${4:-}
rm -rf "$scratch" && mkdir -p "$scratch"
# As an editor's terminal with no locale chosen: pvpp speaks Latvian (LANGUAGE=en would not).
unset LANGUAGE LC_ALL LC_MESSAGES
export LANG=C.UTF-8
failures=0

fresh() { # a new copy of the shipped corpus in $root
    root=$scratch/$1
    mkdir -p "$root" && cp -R "$source/content" "$source/data" "$root/"
}
fail() { echo "FAIL $name: $*" >&2; sed 's/^/    | /' "$root/out" >&2; failures=$((failures + 1)); }
run_check() { # runs check on $root, output (both streams) in $root/out, status in $status
    set +e
    "$pvpp" check --root "$root" >"$root/out" 2>&1
    status=$?
    set -e
    [ -z "$show" ] || { echo "== $name (exit $status)"; grep -v '^  [a-zāčēģīķļņšūž ]\{20,\}[0-9]' "$root/out" || true; }
}
# English an editor must not meet, in the lines pvpp writes (not the quoted source lines).
no_english() {
    # (the scratch folder's name is left out: it names the case in English)
    if grep -v '^  ' "$root/out" | sed "s|$root/||; s|\"unknown\"||g" |
        grep -E -q 'error:|warning:|note:|unknown|missing|did you mean|[0-9]+ errors?,'; then
        fail "English in the output"
    fi
}
expect_clean() { # name
    run_check; no_english
    [ "$status" -eq 0 ] || fail "exit $status, not 0"
    ! grep -q 'brīdinājums:\|kļūda:' "$root/out" || fail "a finding after a correct edit"
}
# expect_finding KIND EXIT FILE PATTERN: one KIND (kļūda/brīdinājums) at the line of FILE
# that matches PATTERN, exit EXIT, and no other finding of any kind.
expect_finding() {
    run_check; no_english
    [ "$status" -eq "$2" ] || fail "exit $status, not $2"
    line=$(grep -n -F -- "$4" "$root/$3" | head -1 | cut -d: -f1)
    [ "$(grep -c ': \(kļūda\|brīdinājums\): ' "$root/out")" -eq 1 ] || fail "not exactly one finding"
    grep -q "^$root/$3:$line:[0-9]*: $1: " "$root/out" || fail "no $1 at $3:$line"
    ! grep -q ": $1: $3" "$root/out" || fail "the message names the file again"
}
crlf_bom() { { printf '\357\273\277'; sed 's/$/\r/' "$1"; } >"$1.new" && mv "$1.new" "$1"; }

task=content/tasks/PU2-10.toml card=content/cards/PU2-1.toml page=content/pages/pvpp-3-nodala.md
plan=data/workplan.toml terms=content/terms.toml

# ---- the ten usual edits ----
name=add-term; fresh $name
printf '\n[[term]]\nid = "pakalpojumu-katalogs"\nname = "Pakalpojumu katalogs"\nforms = ["pakalpojumu katalogs", "pakalpojumu kataloga"]\nsource = "003 4.1."\ndefinition = """\nDefinīcija.\n"""\n' >>"$root/$terms"
expect_clean

name=matrix-letter; fresh $name
sed -i 's/^pakalpojuma-sniedzejs = "A"$/pakalpojuma-sniedzejs = "L"/' "$root/$task"
grep -q '^pakalpojuma-sniedzejs = "L"$' "$root/$task"; expect_clean

name=card-section; fresh $name
sed -i '0,/^status = "nav aprakstīts"$/s//result = """\n- pirmais rezultāts\n- otrais rezultāts\n"""/' "$root/$card"
grep -q '^- otrais rezultāts$' "$root/$card"; expect_clean

name=add-measure; fresh $name
at=$(($(grep -n '^code = "P2.2"$' "$root/$plan" | cut -d: -f1) - 1))
sed -i "${at}i [[measure]]\\ncode = \"P2.9\"\\nname = \"jauns pasākums\"\\nstart = 2024-07-08\\nend = 2024-08-30\\n" "$root/$plan"
grep -q '^code = "P2.9"$' "$root/$plan"; expect_clean

name=move-deadline; fresh $name
sed -i '0,/^end = 2024-09-26$/s//end = "31.10.2024"/' "$root/$plan"
grep -q '^end = "31.10.2024"$' "$root/$plan"; expect_clean

name=rename-task; fresh $name
sed -i 's/^name = "Ar pakalpojumu pārvaldību saistītās .*"$/name = "Starpiestāžu un pārrobežu sadarbības koordinēšana"/' "$root/$task"
grep -q '^name = "Starpiestāžu' "$root/$task"; expect_clean

name=link-forms; fresh $name
cat >>"$root/$page" <<'EOF'

Skatīt [PU2-1](/lv/uzdevumi/pu2-1/), [PU2-1 bez slīpsvītras](/lv/uzdevumi/pu2-1), [2. nodaļu](../pvpp-2-esosas-situacijas-raksturojums/) un [tiešsaistē](https://www.varam.gov.lv/lv/3-nodala-pakalpojumu-izveides-sniegsanas-un-pilnveides-nosacijumi#n1-4-vienveidiga-izveide-un-piedavasana-parvaldamiba).
EOF
expect_clean

name=image-footnote; fresh $name
mkdir -p "$root/content/images"   # a 1x1 PNG
echo 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==' |
    base64 -d >"$root/content/images/shema.png"
printf '\n![Shēma](/images/shema.png)\n\nTeksts ar piezīmi.[^1]\n\n[^1]: Piezīmes teksts.\n' >>"$root/$page"
expect_clean

name=windows-notepad; fresh $name
crlf_bom "$root/$task"; crlf_bom "$root/$page"; crlf_bom "$root/$plan"
expect_clean

# ---- the ten usual mistakes ----
name=broken-toml; fresh $name
sed -i 's/^practice = "Partneru pārvaldība"$/practice = "Partneru pārvaldība/' "$root/$task"
expect_finding kļūda 1 "$task" 'practice = '

name=unknown-code; fresh $name
sed -i 's/^related = \["PU3-2"\]$/related = ["PU3-22"]/' "$root/$task"
expect_finding kļūda 1 "$task" 'related = '

name=duplicate-id; fresh $name
# (reported at the head of the record just written)
printf '\n[[term]] # otrais\nid = "pasvaldiba"\nname = "Pašvaldība otrreiz"\nsource = "003"\n' >>"$root/$terms"
expect_finding kļūda 1 "$terms" '[[term]] # otrais'

name=matrix-wrong-letter; fresh $name
sed -i 's/^pakalpojuma-sniedzejs = "A"$/pakalpojuma-sniedzejs = "B"/' "$root/$task"
expect_finding kļūda 1 "$task" 'pakalpojuma-sniedzejs = "B"'

name=impossible-date; fresh $name
sed -i 's/^start = 2024-07-08$/start = 2024-02-30/' "$root/$plan"
expect_finding kļūda 1 "$plan" 'start = 2024-02-30'

name=missing-card-section; fresh $name
sed -i '/^\[scope\]$/,/^$/d' "$root/$card"
! grep -q '^\[scope\]' "$root/$card"
expect_finding kļūda 1 "$card" 'task = '

name=unsafe-html; fresh $name
printf '\nTeksts <script>alert(1)</script> beigas.\n' >>"$root/$page"
expect_finding kļūda 1 "$page" '<script>'

name=broken-link; fresh $name
printf '\nSkatīt [uzdevumu](/lv/uzdevumi/pu9-9/).\n' >>"$root/$page"
expect_finding kļūda 1 "$page" 'pu9-9'

name=misspelled-key; fresh $name
sed -i 's/^practice = /practise = /' "$root/$task"
expect_finding kļūda 1 "$task" 'practise = '

name=lower-case-code; fresh $name
printf '\nŠo dara uzdevums pu2-10.\n' >>"$root/$page"
expect_finding brīdinājums 0 "$page" 'uzdevums pu2-10'

# ---- slips on the command line: a usage error (exit 2) with a suggestion, in Latvian ----
for args in "chek" "check --rot ." "check --root $scratch/nav-tadas-mapes"; do
    name="pvpp $args" root=$scratch/usage && mkdir -p "$root"
    set +e
    # shellcheck disable=SC2086
    "$pvpp" $args >"$root/out" 2>&1
    status=$?
    set -e
    [ -z "$show" ] || { echo "== $name (exit $status)"; cat "$root/out"; }
    [ "$status" -eq 2 ] || fail "exit $status, not 2"
    no_english
done

[ "$failures" -eq 0 ] || { echo "$failures case(s) failed" >&2; exit 1; }
echo "editor's loop: ten edits clean, ten mistakes one Latvian finding each at the written line"
