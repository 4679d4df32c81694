#!/bin/sh
# Every message id the code marks (_(), N_(), P_()) has a Latvian translation in po/lv.po:
# none missing, empty or fuzzy. Lists those that are, with the files that use them, and
# says how to fix it. Also checks the catalog's header and that msgfmt accepts it.
# Usage: check_catalog.sh SOURCE_DIR SCRATCH_DIR
set -eu
source=$(cd "$1" && pwd) scratch=$2
rm -rf "$scratch" && mkdir -p "$scratch"
cd "$source"
find generator -name '*.cpp' | LC_ALL=C sort >"$scratch/files"
xgettext --keyword=_ --keyword=N_ --keyword=P_:1,2 --from-code=UTF-8 --language=C++ \
    --add-location=file --force-po --files-from="$scratch/files" -o "$scratch/pvpp.pot"
msgmerge --quiet --force-po --no-fuzzy-matching -o "$scratch/merged.po" po/lv.po "$scratch/pvpp.pot"
failed=0
msgattrib --force-po --untranslated --no-obsolete -o "$scratch/untranslated.po" "$scratch/merged.po"
msgattrib --force-po --only-fuzzy --no-obsolete -o "$scratch/fuzzy.po" "$scratch/merged.po"
for kind in untranslated fuzzy; do
    if [ -s "$scratch/$kind.po" ] && grep -q '^msgid "[^"]' "$scratch/$kind.po"; then
        count=$(grep -c '^msgid "[^"]' "$scratch/$kind.po")
        echo "FAIL: $count message id(s) $kind in po/lv.po (new ids: run 'make pot', translate them in po/lv.po, drop '#, fuzzy'):" >&2
        grep -v '^#\.\|^"' "$scratch/$kind.po" | sed -n '/^#:/,/^$/p' >&2
        failed=1
    fi
done
msgcat --force-po --no-wrap po/lv.po >"$scratch/lv.po"
grep -qxF '"Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n != 0 ? 1 : 2);\n"' "$scratch/lv.po" ||
    { echo "FAIL: po/lv.po lacks Latvian's Plural-Forms header (3 forms)" >&2; failed=1; }
grep -qxF '"Language: lv\n"' "$scratch/lv.po" || { echo "FAIL: po/lv.po does not say Language: lv" >&2; failed=1; }
msgfmt --check -o /dev/null po/lv.po || failed=1
exit $failed

