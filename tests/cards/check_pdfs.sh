#!/bin/sh
# Checks the printed cards, role sheets and the P4.4/P4.6 handouts of `pvpp build --pdf`
# (the public edition: only written sections are printed) with poppler-utils: A4 landscape
# pages, page counts, no page wasted (every page but the last holds text down to a third
# of the page at least), extractable text with its
# diacritics, embedded fonts.
# Usage: check_pdfs.sh OUTPUT_CARDS_DIR SOURCE_DIR
set -u
cards=$1
src=$2
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

# The eight titles of the titles in generator/model/card_sections.cpp.
titles='Uzdevuma veikšanas rezultāts, ieguvumi un apdraudējumi
Uzdevuma veikšanas līmeņi, mērogi un atbildīgās lomas
Uzdevuma veikšanā iesaistīto lomu pienākumi un mijiedarbība
Pakalpojumu pārvaldības uzdevumu savstarpējās atkarības un mijiedarbība
No uzdevuma veikšanas atkarīgie pakalpojumu izveides, sniegšanas un pilnveides nosacījumi
Uzdevuma pilnvērtīgai veikšanai nepieciešamās spējas (kompetences un procesi)
Uzdevuma pilnvērtīgai veikšanai nepieciešamie resursi (informācija un digitālās tehnoloģijas)
Norādes uzdevuma veikšanai'

pages() { pdfinfo "$1" | awk '/^Pages:/ { print $2 }'; }

# A4 landscape is 841.89 x 595.28 pt; Chromium rounds to its own units, so allow 1 pt.
check_size() {
    pdfinfo "$1" | awk '/^Page size:/ { w = $3; h = $5;
        if (w < 840.9 || w > 842.9 || h < 594.2 || h > 596.3) { exit 1 } found = 1 }
        END { exit found ? 0 : 1 }' || fail "$1: page size is not A4 landscape ($(pdfinfo "$1" | grep 'Page size'))"
}

check_fonts() {
    n=$(pdffonts "$1" | tail -n +3 | wc -l)
    [ "$n" -gt 0 ] || fail "$1: no fonts"
    pdffonts "$1" | tail -n +3 | awk '$(NF-4) != "yes" { bad = 1 } END { exit bad }' || fail "$1: a font is not embedded"
}

# Text with all runs of white space made one space, so wrapped titles match.
text_of() { pdftotext "$1" - | tr -s '[:space:]' ' '; }

# Fails (and returns 1, so that a loop in a subshell can pass the failure on) for each text not found.
check_text() {
    file=$1; shift
    text=$(text_of "$file")
    found=0
    for want in "$@"; do
        case "$text" in *"$want"*) ;; *) fail "$file: text '$want' not found"; found=1 ;; esac
    done
    return $found
}

# Every page but the cover and the last is filled to at least a third of the space between the
# top margin and the page footer (Chromium repeats the footer on every page: its words are left
# out). The cover is a sheet of its own by design: the card's name and its contents.
check_fill() {
    pdftotext -bbox "$1" - | awk -v file="$1" '
        /<page / { if (n++) { last_fill = fill; report(n - 1) } fill = 0; match($0, /height="[0-9.]+"/);
                   h = substr($0, RSTART + 8, RLENGTH - 9) + 0 }
        /<word / { match($0, /yMax="[0-9.]+"/); y = substr($0, RSTART + 6, RLENGTH - 7) + 0
                   if (y < h - 62 && (y - 28) / (h - 90) > fill) { fill = (y - 28) / (h - 90) } }
        function report(p) { if (p > 1 && fill < 1 / 3) { printf "%s: page %d is %d%% full\n", file, p, fill * 100; bad = 1 } }
        END { exit bad }' >&2 || fail "$1: a page before the last is less than a third full"
}

check_card() {
    code=$1
    pdf="$cards/$code.pdf"
    [ -f "$pdf" ] || { fail "$pdf missing"; return; }
    check_size "$pdf"
    check_fonts "$pdf"
    name=$(sed -n 's/^name = "\(.*\)"$/\1/p' "$src/content/tasks/$code.toml" | head -1)
    check_text "$pdf" "$code" "$name"
    check_fill "$pdf"
}

for code in PU2-10 PU2-15 PU1-1; do check_card "$code"; done
# PU2-10's card is written whole: a cover and its eight sections.
echo "$titles" | while IFS= read -r t; do check_text "$cards/PU2-10.pdf" "$t" || exit 1; done || failures=$((failures + 1))
check_text "$cards/PU2-10.pdf" "uz saturu"
# A card with no written section is its cover and the grid of its confirmed letters (section 2):
# no sheet says a section is missing, and no stage list says it is in no stage.
[ "$(pages "$cards/PU1-1.pdf")" -eq 2 ] || fail "PU1-1.pdf: $(pages "$cards/PU1-1.pdf") pages, expected 2"
check_text "$cards/PU1-1.pdf" "2. Uzdevuma veikšanas līmeņi, mērogi un atbildīgās lomas" "atbildīgā loma"
case "$(text_of "$cards/PU1-1.pdf")" in *"nav aprakstīta"* | *"Iesaiste pakalpojumu"*) fail "PU1-1.pdf: a placeholder is printed" ;; esac
# PU2-10's sections follow each other on a page while they fit, and go on over a page.
[ "$(pages "$cards/PU2-10.pdf")" -le 11 ] || fail "PU2-10.pdf: $(pages "$cards/PU2-10.pdf") pages, expected at most 11"

tasks=$(ls "$src"/content/tasks/*.toml | wc -l)
# Each card wastes no page (the all-cards file is these one after another: a card's last
# page may be short there, before the next card's cover).
for f in "$src"/content/tasks/*.toml; do
    pdf="$cards/$(basename "$f" .toml).pdf"
    if [ -f "$pdf" ]; then check_fill "$pdf"; else fail "no PDF for $(basename "$f" .toml)"; fi
done
all="$cards/visi-uzdevumi.pdf"
check_size "$all"
[ "$(pages "$all")" -ge $((tasks + 1)) ] || fail "$all: $(pages "$all") pages for $tasks cards"

roles=$(grep -c '^\[\[role\]\]' "$src/content/roles.toml")
lomas="$cards/lomas.pdf"
check_size "$lomas"
check_fonts "$lomas"
# A page for each role, in type that fills it (at least half the page).
[ "$(pages "$lomas")" -eq $((roles + 3)) ] || fail "$lomas: $(pages "$lomas") pages, expected $((roles + 3))"
check_fill "$lomas"
check_text "$lomas" "Lomas: kopsavilkums" "Mērogu, līmeņu un lomu mijiedarbība" "Pakalpojumu pārvaldības valsts vadošā iestāde"

# Reproducible: the fixed print date, and links relative to the PDF (never file:// URLs into
# the staging folder Chromium printed in, which is renamed when the build commits).
for pdf in "$cards"/*.pdf; do
    pdfinfo -isodates "$pdf" | grep -q '^CreationDate: *2024-01-01T00:00:00Z$' || fail "$pdf: print date not fixed"
    pdfinfo -isodates "$pdf" | grep -q '^ModDate: *2024-01-01T00:00:00Z$' || fail "$pdf: modification date not fixed"
    ! pdfinfo -url "$pdf" | grep -q 'file:' || fail "$pdf: a link is a file:// URL"
done
pdfinfo -url "$all" | grep -q ' \.\./site/lv/uzdevumi/pu1-1/index\.html$' || fail "$all: no relative link to the site"

# The P4.4 and P4.6 handouts. check_sheets PDF CODE…: after the cover, each code's sheet
# heading (a line that begins with the code) comes in the order given; sheets share pages.
check_sheets() {
    pdf=$1; shift
    rest=$(pdftotext -f 2 "$pdf" - 2>/dev/null)
    for code in "$@"; do
        at=$(printf '%s\n' "$rest" | grep -n -m1 "^$code\b" | cut -d: -f1)
        [ -n "$at" ] || { fail "$pdf: no sheet heading of $code (in corpus order)"; return; }
        rest=$(printf '%s\n' "$rest" | tail -n +$((at + 1)))
    done
}
# "code = …" then "name = …" of each record of a TOML file whose code matches the pattern.
codes_and_names() {
    awk -v pat="$2" '/^code = "/ { code = $0; sub(/^code = "/, "", code); sub(/"$/, "", code); next }
        /^name = "/ && code ~ pat { name = $0; sub(/^name = "/, "", name); sub(/"$/, "", name);
            gsub(/\\"/, "\"", name); print code "\t" name }
        /^\[\[/ { code = "" }' "$1"
}

# A printed file that exists, on A4 landscape, with its fonts embedded.
check_printed() {
    [ -f "$1" ] || { fail "$1 missing"; return 1; }
    check_size "$1"
    check_fonts "$1"
}

conditions=$(codes_and_names "$src/content/conditions.toml" '^N[0-9]+-[0-9]+$')
nos="$cards/nosacijumi.pdf"
if check_printed "$nos"; then
    # The public edition prints a sheet only for a condition with something to say; the cover
    # names them all. Short sheets share a page.
    sheets=$(grep -o '<section class="sheet" id="n[0-9-]*"' "$cards/nosacijumi.html" | sed 's/.*id="//; s/"$//' | tr 'n' 'N')
    most=$(($(echo "$sheets" | wc -w) + 1))
    [ "$(pages "$nos")" -le "$most" ] || fail "$nos: $(pages "$nos") pages, expected at most $most (a cover and a sheet per printed condition)"
    check_fill "$nos"
    check_text "$nos" "Pakalpojums" "Uzdevumi, no kuru veikšanas nosacījums ir atkarīgs" \
        "https://www.varam.gov.lv/lv/3-nodala-pakalpojumu-izveides-sniegsanas-un-pilnveides-nosacijumi#n4-2-"
    echo "$conditions" | while IFS="$(printf '\t')" read -r code name; do check_text "$nos" "$code $name" || exit 1; done \
        || failures=$((failures + 1))
    check_sheets "$nos" $sheets
fi

capabilities=$(codes_and_names "$src/content/capabilities.toml" '^[SR][0-9]+$')
spe="$cards/spejas-un-resursi.pdf"
if check_printed "$spe"; then
    check_fill "$spe"
    check_text "$spe" "S2-4 Saimnieka attieksme" \
        "6. sadaļā nosauktas kompetences" "https://www.varam.gov.lv/lv/s2-kultura"
    check_sheets "$spe" $(echo "$capabilities" | cut -f1)
fi

[ "$failures" -eq 0 ] || { echo "$failures check(s) failed" >&2; exit 1; }
echo "cards PDF: all checks passed"
