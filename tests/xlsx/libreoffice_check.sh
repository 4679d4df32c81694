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
echo "LibreOffice read every workbook"
