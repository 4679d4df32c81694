#!/usr/bin/python3
"""Parses every page of a built site (and its printable cards) and checks that no corpus
text became markup: the only scripts are the site's own files, there are no event-handler
or style attributes and no javascript:, vbscript: or data: addresses, and every page
carries the Content-Security-Policy <meta> first in its <head>. With --corpus, every
plain-text value of that corpus that holds a payload must be readable as text on some page,
and the search index must be valid JSON that no payload can break out of.

usage: check_html.py SITE CARDS [--corpus ROOT]
"""
import base64
import hashlib
import json
import pathlib
import re
import sys
import tomllib
from html.parser import HTMLParser

SITE_POLICY = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
               "object-src 'none'; base-uri 'none'; form-action 'self'")
CARDS_POLICY = "default-src 'none'; style-src '{hash}'; base-uri 'none'; form-action 'none'"
# Relative, or from the root (the 404 page, shown at any address).
OWN_SCRIPTS = re.compile(r"^(/|(\.\./)*)static/(search-index|search|site|matrix)\.js$")
OWN_STYLESHEET = re.compile(r"^(/|(\.\./)*)static/style\.css$")
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "data", "poster", "cite", "background"}
ALLOWED_SCHEMES = {"", "http", "https", "mailto"}
FORBIDDEN_ELEMENTS = {"iframe", "object", "embed", "frame", "frameset", "applet", "base", "template"}
# The payloads the hostile corpus holds; each must show as text somewhere.
PAYLOADS = ["<script>window.__pwned=1</script>", '"><img src=x onerror=window.__pwned=1>', "'-alert(1)-'",
            "</script><script>alert(1)</script>", "javascript:alert(1)", "{{SITE_TITLE}}", "\u2028"]
# Corpus values that are addresses, not text shown as such.
ADDRESS_KEYS = {"base_url", "site_url", "further_info_url", "support_email"}
# Values the site does not show (yet): a task's other wordings, the exclusions of 4.1.5.
NOT_SHOWN = ("Variants ", "Izņēmums ")


def url_scheme(url):
    """The scheme as a browser reads it (WHATWG: leading controls skipped, tabs and newlines ignored)."""
    url = re.sub(r"[\t\n\r]", "", url.lstrip("".join(chr(c) for c in range(0x21))))
    m = re.match(r"([A-Za-z][A-Za-z0-9+.-]*):", url)
    return m.group(1).lower() if m else ""


class Page(HTMLParser):
    """One document's findings, its visible text and its inline stylesheets."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.findings, self.text, self.styles, self.head = [], [], [], []
        self.in_head, self.in_style, self.in_script = False, False, False

    def finding(self, what):
        self.findings.append(f"line {self.getpos()[0]}: {what}")

    def handle_starttag(self, tag, attrs):
        self.check_element(tag, dict(attrs))
        for name, value in attrs:
            self.check_attribute(tag, name, value or "")
        if tag == "head":
            self.in_head = True
        elif self.in_head:
            self.head.append((tag, dict(attrs)))
        self.in_style = tag == "style"
        self.in_script = tag == "script"

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        self.in_style = self.in_script = False

    def handle_endtag(self, tag):
        self.in_head = self.in_head and tag != "head"
        self.in_style = self.in_script = False

    def handle_data(self, data):
        if self.in_style:
            self.styles.append(data)
        elif self.in_script:
            if data.strip():
                self.finding(f"inline script: {data.strip()[:60]!r}")
        else:
            self.text.append(data)

    def check_element(self, tag, attrs):
        if tag in FORBIDDEN_ELEMENTS:
            self.finding(f"<{tag}> element")
        if tag == "script" and not OWN_SCRIPTS.match(attrs.get("src") or ""):
            self.finding(f"<script> that is not one of the site's own: src={attrs.get('src')!r}")
        if tag == "link" and not OWN_STYLESHEET.match(attrs.get("href") or ""):
            self.finding(f"<link> that is not the site's stylesheet: {attrs}")
        if tag == "meta" and (attrs.get("http-equiv") or "").lower() == "refresh":
            self.finding("<meta http-equiv=refresh>")

    def check_attribute(self, tag, name, value):
        if name.startswith("on"):
            self.finding(f"event handler {name}= on <{tag}>")
        if name in ("style", "srcdoc"):
            self.finding(f"{name}= attribute on <{tag}>")
        if name in URL_ATTRIBUTES and url_scheme(value) not in ALLOWED_SCHEMES:
            self.finding(f"{url_scheme(value)}: address in {name}= on <{tag}>: {value[:60]!r}")


def policy_findings(page, cards):
    """The CSP <meta> must come right after <meta charset>, before anything it governs."""
    metas = [a for t, a in page.head if t == "meta" and (a.get("http-equiv") or "").lower() == "content-security-policy"]
    if len(metas) != 1:
        return [f"{len(metas)} Content-Security-Policy <meta> elements in <head>, not 1"]
    if len(page.head) < 2 or page.head[0] != ("meta", {"charset": "utf-8"}) or page.head[1][1] is not metas[0]:
        return ["the Content-Security-Policy <meta> is not right after <meta charset> in <head>"]
    want = SITE_POLICY
    if cards:
        style = "".join(page.styles)
        want = CARDS_POLICY.format(hash="sha256-" + base64.b64encode(hashlib.sha256(style.encode()).digest()).decode())
    got = metas[0].get("content")
    return [] if got == want else [f"Content-Security-Policy is {got!r}, should be {want!r}"]


def check_documents(folder, cards):
    """Findings of every HTML file under folder, and the text of each (whitespace collapsed)."""
    findings, texts = [], {}
    for path in sorted(pathlib.Path(folder).rglob("*.html")):
        page = Page()
        page.feed(path.read_text(encoding="utf-8"))
        page.close()
        rel = path.relative_to(folder)
        # The site carries a copy of the cards for download (datnes/cards/): card rules there.
        card = cards or rel.parts[:2] == ("datnes", "cards")
        if card and page.styles == []:
            page.finding("no inline stylesheet")
        findings += [f"{rel}: {f}" for f in page.findings + policy_findings(page, card)]
        texts[str(rel)] = re.sub(r"[ \t\n\r\f]+", " ", " ".join(page.text))
    return findings, texts


def corpus_strings(root):
    """Every one-line string value of the corpus's TOML (and front matter) that holds a payload."""
    found = []

    def walk(value, key=""):
        if isinstance(value, dict):
            for k, v in value.items():
                walk(v, k)
        elif isinstance(value, list):
            for v in value:
                walk(v, key)
        elif isinstance(value, str) and "\n" not in value and "__pwned" in value and key not in ADDRESS_KEYS:
            found.append((key, value))

    for path in sorted(pathlib.Path(root).rglob("*")):
        if path.suffix == ".toml":
            walk(tomllib.loads(path.read_text(encoding="utf-8")))
        elif path.suffix == ".md":
            walk(tomllib.loads(path.read_text(encoding="utf-8").split("+++")[1]))
    return found


def text_findings(texts, root):
    everything = "\n".join(texts.values())
    findings = [f"payload {p!r} is not readable as text on any page" for p in PAYLOADS if p not in everything]
    for key, value in corpus_strings(root):
        if value.startswith(NOT_SHOWN):
            continue
        shown = re.sub(r"[ \t\n\r\f]+", " ", value)
        if shown not in everything:
            findings.append(f"the {key} {value[:40]!r}… is not readable as text on any page")
    return findings


def search_index_findings(site, check_payloads):
    js = (pathlib.Path(site) / "static" / "search-index.js").read_text(encoding="utf-8")
    prefix, suffix = "window.PVPP_SEARCH_INDEX = ", ";\n"
    if not (js.startswith(prefix) and js.endswith(suffix)):
        return ["search-index.js is not one assignment of a JSON value"]
    findings = [f"search-index.js holds a raw {bad!r}" for bad in ("\u2028", "\u2029", "</", "<!--") if bad in js]
    try:
        entries = json.loads(js[len(prefix):-len(suffix)])["pages"]
    except (ValueError, KeyError) as err:
        return findings + [f"search-index.js is not valid JSON: {err}"]
    titles = "\n".join(e["t"] for e in entries)
    if check_payloads and not all(p in titles for p in PAYLOADS[:2]):
        findings.append("search-index.js lost the payloads from the titles")
    return findings


def main(argv):
    if len(argv) not in (3, 5) or (len(argv) == 5 and argv[3] != "--corpus"):
        print(__doc__, file=sys.stderr)
        return 2
    site, cards = argv[1], argv[2]
    site_findings, site_texts = check_documents(site, cards=False)
    card_findings, card_texts = check_documents(cards, cards=True)
    findings = site_findings + [f"cards/{f}" for f in card_findings]
    findings += search_index_findings(site, len(argv) == 5)
    if len(argv) == 5:
        findings += text_findings({**site_texts, **card_texts}, argv[4])
    for f in findings:
        print(f, file=sys.stderr)
    pages = len(site_texts) + len(card_texts)
    print(f"{pages} documents, {len(findings)} finding(s)", file=sys.stderr if findings else sys.stdout)
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
