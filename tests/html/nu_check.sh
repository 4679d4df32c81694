#!/bin/sh
# Every HTML page of a built site through the W3C Nu HTML checker (npm's vnu-jar on Debian's
# Java), in one run of the JVM: any error fails, and each is printed with its page and line.
# Usage: nu_check.sh JAVA VNU_JAR SITE
set -u
java=$1
jar=$2
site=$3
[ -f "$jar" ] || { echo "FAIL: $jar is missing: run make browser-deps (npm's vnu-jar)" >&2; exit 1; }
[ -f "$site/index.html" ] || { echo "FAIL: no site in $site" >&2; exit 1; }
pages=$(find "$site" -name '*.html' | wc -l)
# --skip-non-html: the folder also holds CSS, scripts, pictures and downloads.
report=$("$java" -jar "$jar" --errors-only --skip-non-html --exit-zero-always "$site" 2>&1)
if [ -n "$report" ]; then
    echo "$report" | sed 's|"file:[^"]*/site/\(\./\)\{0,1\}|"site/|'
    echo "FAIL: the Nu HTML checker found $(echo "$report" | grep -c ': error: ') error(s) in $pages pages" >&2
    exit 1
fi
echo "$pages pages: no errors"
