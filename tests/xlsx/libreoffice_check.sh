#!/bin/sh
# Opens each workbook in LibreOffice (headless, private profile) and exports
# every sheet to CSV: proof that a real spreadsheet program reads the files.
# Usage: libreoffice_check.sh OUTPUT_XLSX_DIR
set -eu
dir=$1
work=$(mktemp -d /tmp/pvpp-lo-XXXXXX)
trap 'rm -rf "$work"' EXIT
# Field separator, quote, UTF-8, …, the last -1: one CSV file per sheet.
filter='csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1'
for book in "$dir/PVPP2024–2027_1.pielikums.xlsx" "$dir/PVPP2024–2027_2.pielikums.xlsx" "$dir/pasnovertejums.xlsx" \
    "$dir/pakalpojumu-portfolio-veidne.xlsx"; do
  test -f "$book" || { echo "missing: $book" >&2; exit 1; }
  soffice --headless -env:UserInstallation="file://$work/profile" --convert-to "$filter" \
    --outdir "$work/csv" "$book" >"$work/log" 2>&1 || { cat "$work/log" >&2; exit 1; }
done
expect() {  # expect FILE TEXT
  test -f "$work/csv/$1" || { echo "LibreOffice wrote no $1:" >&2; ls "$work/csv" >&2; exit 1; }
  grep -q -- "$2" "$work/csv/$1" || { echo "$1 does not contain '$2'" >&2; exit 1; }
}
expect 'PVPP2024–2027_1.pielikums-Uzdevumi.csv' 'PU2-10'
expect 'PVPP2024–2027_1.pielikums-Nosacījumi.csv' 'N10-1'
expect 'PVPP2024–2027_1.pielikums-Saturs.csv' 'Kartīšu saturs'
expect 'PVPP2024–2027_2.pielikums-Darba plāns.csv' 'P7.2'
expect 'PVPP2024–2027_2.pielikums-Ganta diagramma.csv' 'RV1'
expect 'pasnovertejums-Nosacījumi.csv' 'N4-1'
expect 'pasnovertejums-Kopsavilkums.csv' 'Spējas un resursi'
expect 'pakalpojumu-portfolio-veidne-Pakalpojumi.csv' 'likvidēšanā'

# Print: LibreOffice's PDF of the two appendices. Every table sheet fits the page's width
# with its text at 9 pt or more: a word's box is 1.3 times the type size in this print
# (11-point text at 100 % gives 14.3 pt), so each page's median word must be 11.65 pt tall.
# The page footer names the sheet. The Gantt sheet is too wide for one page at that size:
# it prints two years of months a page, the code and name repeated, at 95 %.
for book in "$dir/PVPP2024–2027_1.pielikums.xlsx" "$dir/PVPP2024–2027_2.pielikums.xlsx"; do
  soffice --headless -env:UserInstallation="file://$work/profile" --convert-to pdf \
    --outdir "$work/pdf" "$book" >"$work/log" 2>&1 || { cat "$work/log" >&2; exit 1; }
done
/usr/bin/python3 - "$work"/pdf/*.pdf <<'PY'
import re, subprocess, sys
small = []
for pdf in sys.argv[1:]:
    text = subprocess.run(["pdftotext", "-bbox", pdf, "-"], capture_output=True, text=True, check=True).stdout
    for number, page in enumerate(text.split("<page ")[1:], 1):
        height = float(re.search(r'height="([\d.]+)"', page).group(1))
        words = [(float(x), float(y0), float(y1), w) for x, y0, y1, w in
                 re.findall(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<', page)]
        sheet = " ".join(w for x, y0, y1, w in words if y0 > height - 45 and x < 300)
        sizes = sorted(y1 - y0 for x, y0, y1, w in words if y0 <= height - 45)
        if sizes and sizes[len(sizes) // 2] < 11.65:
            small.append(f"{pdf} page {number} ({sheet}): words {sizes[len(sizes) // 2]:.1f} pt tall")
        # A Gantt page holds two whole years (its year row names them), none split over pages.
        years = {w for x, y0, y1, w in words if w in ("2024", "2025", "2026", "2027")}
        if sheet == "Ganta diagramma" and years not in ({"2024", "2025"}, {"2026", "2027"}):
            small.append(f"{pdf} page {number} (Gantt): its year row is {sorted(years)}, not two whole years")
if small:
    sys.exit("printed below 9 pt or split:\n" + "\n".join(small))
PY
echo "LibreOffice read every workbook; the appendices print at 9 pt or more"
