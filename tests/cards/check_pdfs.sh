#!/bin/sh
# Checks the printed cards, role sheets and the P4.4/P4.6 handouts of `pvpp build --pdf`
# (the public edition: only written sections are printed) with poppler-utils: A4 landscape pages, page counts, extractable text with its
# diacritics, embedded fonts.
# Usage: check_pdfs.sh OUTPUT_CARDS_DIR SOURCE_DIR
set -u
cards=$1
src=$2
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

# The eight titles of generator/model/task.cpp card_section_titles().
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

check_card() {
    code=$1
    pdf="$cards/$code.pdf"
    [ -f "$pdf" ] || { fail "$pdf missing"; return; }
    check_size "$pdf"
    check_fonts "$pdf"
    name=$(sed -n 's/^name = "\(.*\)"$/\1/p' "$src/content/tasks/$code.toml" | head -1)
    check_text "$pdf" "$code" "$name"
}

for code in PU2-10 PU2-15 PU1-1; do check_card "$code"; done
# PU2-10's card is written whole: a cover and its eight sections.
echo "$titles" | while IFS= read -r t; do check_text "$cards/PU2-10.pdf" "$t" || exit 1; done || failures=$((failures + 1))
check_text "$cards/PU2-10.pdf" "uz saturu"
# A card with no written section is its cover alone: no sheet says a section is missing.
[ "$(pages "$cards/PU1-1.pdf")" -eq 1 ] || fail "PU1-1.pdf: $(pages "$cards/PU1-1.pdf") pages, expected 1"
case "$(text_of "$cards/PU1-1.pdf")" in *"nav aprakstīta"*) fail "PU1-1.pdf: a placeholder is printed" ;; esac
# PU2-10 has long sections that flow onto continuation pages.
[ "$(pages "$cards/PU2-10.pdf")" -gt 9 ] || fail "PU2-10.pdf: expected continuation pages"

tasks=$(ls "$src"/content/tasks/*.toml | wc -l)
for f in "$src"/content/tasks/*.toml; do
    [ -f "$cards/$(basename "$f" .toml).pdf" ] || fail "no PDF for $(basename "$f" .toml)"
done
all="$cards/visi-uzdevumi.pdf"
check_size "$all"
[ "$(pages "$all")" -ge $((tasks + 1)) ] || fail "$all: $(pages "$all") pages for $tasks cards"

roles=$(grep -c '^\[\[role\]\]' "$src/content/roles.toml")
lomas="$cards/lomas.pdf"
check_size "$lomas"
check_fonts "$lomas"
[ "$(pages "$lomas")" -eq $((roles + 3)) ] || fail "$lomas: $(pages "$lomas") pages, expected $((roles + 3))"
check_text "$lomas" "Lomas: kopsavilkums" "Mērogu, līmeņu un lomu mijiedarbība" "Pakalpojumu pārvaldības valsts vadošā iestāde"

# Reproducible: the fixed print date, and links relative to the PDF (never file:// URLs into
# the staging folder Chromium printed in, which is renamed when the build commits).
for pdf in "$cards"/*.pdf; do
    pdfinfo -isodates "$pdf" | grep -q '^CreationDate: *2024-01-01T00:00:00Z$' || fail "$pdf: print date not fixed"
    pdfinfo -isodates "$pdf" | grep -q '^ModDate: *2024-01-01T00:00:00Z$' || fail "$pdf: modification date not fixed"
    ! pdfinfo -url "$pdf" | grep -q 'file:' || fail "$pdf: a link is a file:// URL"
done
pdfinfo -url "$all" | grep -q ' \.\./site/lv/uzdevumi/pu1-1/index\.html$' || fail "$all: no relative link to the site"

# The P4.4 and P4.6 handouts. check_sheets PDF CODE…: each code's sheet starts a page (the
# page's first text line begins with the code), in the order given.
page_text() { pdftotext -f "$2" -l "$2" "$1" - 2>/dev/null; }
check_sheets() {
    pdf=$1; shift
    n=$(pages "$pdf"); p=2
    for code in "$@"; do
        while [ "$p" -le "$n" ] && ! page_text "$pdf" "$p" | grep -m1 . | grep -q "^$code\b"; do p=$((p + 1)); done
        [ "$p" -le "$n" ] || { fail "$pdf: no page starts with the sheet of $code (in corpus order)"; return; }
        p=$((p + 1))
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
    # The public edition prints a sheet only for a condition with something to say; the cover names them all.
    sheets=$(grep -o '<section class="sheet" id="n[0-9-]*"' "$cards/nosacijumi.html" | sed 's/.*id="//; s/"$//' | tr 'n' 'N')
    want=$(($(echo "$sheets" | wc -w) + 1))
    [ "$(pages "$nos")" -eq "$want" ] || fail "$nos: $(pages "$nos") pages, expected $want (a cover and a sheet per printed condition)"
    check_text "$nos" "Pakalpojums" "Uzdevumi, no kuru veikšanas nosacījums ir atkarīgs" \
        "https://www.varam.gov.lv/lv/3-nodala-pakalpojumu-izveides-sniegsanas-un-pilnveides-nosacijumi#n4-2-"
    echo "$conditions" | while IFS="$(printf '\t')" read -r code name; do check_text "$nos" "$code $name" || exit 1; done \
        || failures=$((failures + 1))
    check_sheets "$nos" $sheets
fi

capabilities=$(codes_and_names "$src/content/capabilities.toml" '^[SR][0-9]+$')
spe="$cards/spejas-un-resursi.pdf"
if check_printed "$spe"; then
    least=$(($(echo "$capabilities" | wc -l) + 1))
    [ "$(pages "$spe")" -ge "$least" ] || fail "$spe: $(pages "$spe") pages, expected at least $least"
    check_text "$spe" "S2-4 Saimnieka attieksme" \
        "6. sadaļā nosauktas kompetences" "https://www.varam.gov.lv/lv/s2-kultura"
    check_sheets "$spe" $(echo "$capabilities" | cut -f1)
fi

[ "$failures" -eq 0 ] || { echo "$failures check(s) failed" >&2; exit 1; }
echo "cards PDF: all checks passed"
