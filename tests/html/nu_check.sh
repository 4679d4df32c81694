#!/bin/sh
# Every page of a built site through the W3C Nu HTML checker (npm's vnu-jar on Debian's
# Java), in one run of the JVM: any error fails, and each is printed with its page and line.
# Usage: nu_check.sh JAVA VNU_JAR SITE
set -u
java=$1
jar=$2
site=$3
[ -f "$jar" ] || { echo "FAIL: $jar is missing: run make browser-deps (npm's vnu-jar)" >&2; exit 1; }
[ -f "$site/index.html" ] || { echo "FAIL: no site in $site" >&2; exit 1; }
# The site's pages and the printable cards it carries for download (datnes/cards/).
files=$(find "$site" -name '*.html' | sort)
pages=$(echo "$files" | wc -l)
# shellcheck disable=SC2086 # the paths have no spaces (pvpp's own folder and file names)
report=$("$java" -jar "$jar" --errors-only --exit-zero-always $files 2>&1)
if [ -n "$report" ]; then
    echo "$report" | sed 's|"file:[^"]*/site/\(\./\)\{0,1\}|"site/|'
    echo "FAIL: the Nu HTML checker found $(echo "$report" | grep -c ': error: ') error(s) in $pages pages" >&2
    exit 1
fi
echo "$pages pages: no errors"
