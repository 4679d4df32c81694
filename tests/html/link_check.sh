#!/bin/sh
# Every link and anchor of a built site checked from file:// by an independent checker,
# Debian's linkchecker with its AnchorCheck plugin: any error or warning fails. Every page is
# a start, so pages no other page links to are checked too; addresses outside the site are
# not fetched (no network in tests).
# Usage: link_check.sh SITE
set -u
site=$(cd "$1" && pwd) || exit 1
config=$(mktemp)
trap 'rm -f "$config"' EXIT
printf '[AnchorCheck]\n' > "$config"
# The copies of the cards the site carries for download (datnes/) are checked to exist, not
# read: pvpp's own link check at build time checks their links, and reading them here would
# take minutes.
# 404.html links from the server's root (a server shows it at any missing address), which
# file:// cannot follow: tests/serve checks it at such an address, and pvpp's own check reads it.
pages=$(find "$site" -name '*.html' -not -path "$site/datnes/*" -not -name 404.html | wc -l)
if find "$site" -name '*.html' -not -path "$site/datnes/*" -not -name 404.html | sort | sed 's|^|file://|' |
    linkchecker --config "$config" --no-status --no-follow-url "$site/datnes/" --stdin; then
    echo "$pages pages: every link and anchor resolves"
else
    echo "FAIL: linkchecker found broken links or anchors (above)" >&2
    exit 1
fi
