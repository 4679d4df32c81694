"""Checks output/publish/ against the built site, with a real HTML parser.

Usage: check_fragments.py PUBLISH_DIR SITE_DIR SITE_TOML  (BASE_URL is SITE_TOML's base_url)

Every fragment lv/<slug>.html must:
  - hold only the tags a CMS editor keeps (h2-h4, p, ul, ol, li, table parts, a,
    strong, em, sup, img), properly nested, with no attribute but id on headings,
    href on a, and src/alt/width/height on img (alt not empty, src a file beside it);
  - link only to absolute addresses; every link under BASE_URL/lv/ must name a page
    of the built site (SITE_DIR/lv/<slug>/index.html) and an id that page has;
  - give its headings the ids the site's page of the same slug has;
  - show pictures that are PNG files drawn at twice the img's width and height (or SVG).
index.html must list every fragment and load no inline script or style (CSP).
Exit status 1 with one line per problem.
"""
import os
import struct
import sys
import tomllib
from html.parser import HTMLParser

ALLOWED = {
    "h2": {"id"}, "h3": {"id"}, "h4": {"id"}, "p": set(), "ul": set(), "ol": set(), "li": set(),
    "table": set(), "thead": set(), "tbody": set(), "tr": set(), "th": set(), "td": set(),
    "a": {"href"}, "strong": set(), "em": set(), "sup": set(), "img": {"src", "alt", "width", "height"},
}
VOID = {"img"}


class FragmentParser(HTMLParser):
    """Collects the problems of one fragment, its links, its ids and its pictures."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems, self.links, self.ids, self.images, self.stack = [], [], [], [], []

    def problem(self, text):
        line, col = self.getpos()
        self.problems.append(f"{line}:{col + 1}: {text}")

    def handle_starttag(self, tag, attrs):
        if tag not in ALLOWED:
            self.problem(f"tag <{tag}> is not allowed")
        names = [name for name, _ in attrs]
        for name, value in attrs:
            if name not in ALLOWED.get(tag, set()):
                self.problem(f"attribute {name} on <{tag}> is not allowed")
            elif value is None or value == "":
                self.problem(f"attribute {name} on <{tag}> is empty")
        if len(set(names)) != len(names):
            self.problem(f"<{tag}> repeats an attribute")
        values = dict(attrs)
        if tag == "a":
            line, col = self.getpos()
            self.links.append((f"{line}:{col + 1}", values.get("href") or ""))
        if tag == "img":
            if not values.get("alt"):
                self.problem("<img> has no alt text")
            self.images.append(values)
        if "id" in values and tag in ALLOWED and "id" in ALLOWED[tag]:
            self.ids.append(values["id"])
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.stack.pop()

    def handle_endtag(self, tag):
        if tag in VOID:
            self.problem(f"</{tag}> closes a void element")
        elif not self.stack or self.stack[-1] != tag:
            self.problem(f"</{tag}> does not close the open <{self.stack[-1] if self.stack else '(none)'}>")
        else:
            self.stack.pop()

    def handle_comment(self, data):
        self.problem("comments are not allowed")

    def handle_decl(self, decl):
        self.problem(f"declaration <!{decl}> is not allowed")

    def handle_pi(self, data):
        self.problem("processing instructions are not allowed")

    def finish(self):
        self.close()
        if self.stack:
            self.problem(f"<{self.stack[-1]}> is never closed")


class IdCollector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids = set()

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name == "id" and value:
                self.ids.add(value)


class IndexParser(HTMLParser):
    """Inline scripts, style elements and attributes, and event handlers break a strict CSP."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems, self.hrefs, self.in_script = [], set(), False

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        if tag == "script" and "src" not in values:
            self.in_script = True
            self.problems.append("index.html has an inline script")
        if tag == "style":
            self.problems.append("index.html has a <style> element")
        for name, _ in attrs:
            if name == "style" or name.startswith("on"):
                self.problems.append(f"index.html has an inline {name} attribute on <{tag}>")
        if tag == "a" and values.get("href"):
            self.hrefs.add(values["href"])


def parse_fragment(text):
    parser = FragmentParser()
    parser.feed(text)
    parser.finish()
    return parser


def site_ids(site_dir, slug, cache):
    if slug not in cache:
        page = os.path.join(site_dir, "lv", slug, "index.html")
        if not os.path.isfile(page):
            cache[slug] = None
        else:
            collector = IdCollector()
            with open(page, encoding="utf-8") as f:
                collector.feed(f.read())
            cache[slug] = collector.ids
    return cache[slug]


def check_link(href, base, site_dir, cache):
    """The problem with one link, or None."""
    if not href.startswith(("https://", "http://", "mailto:")):
        return f"link {href!r} is not absolute"
    live = base.rstrip("/") + "/lv/"
    if not href.startswith(base.rstrip("/") + "/"):
        return None  # another site: kept as the corpus wrote it
    if not href.startswith(live):
        return f"link {href!r} is not a page under {live}"
    slug, _, anchor = href[len(live):].partition("#")
    ids = site_ids(site_dir, slug, cache)
    if ids is None:
        return f"link {href!r}: the site has no page lv/{slug}/"
    if anchor and anchor not in ids:
        return f"link {href!r}: lv/{slug}/ has no id {anchor!r}"
    return None


def check_fragment(path, slug, base, site_dir, cache):
    with open(path, encoding="utf-8") as f:
        parser = parse_fragment(f.read())
    problems = list(parser.problems)
    for where, href in parser.links:
        problem = check_link(href, base, site_dir, cache)
        if problem:
            problems.append(f"{where}: {problem}")
    own = site_ids(site_dir, slug, cache) or set()
    for anchor in parser.ids:
        if parser.ids.count(anchor) > 1:
            problems.append(f"id {anchor!r} is used twice")
        if anchor not in own:
            problems.append(f"heading id {anchor!r} is not an id of the site's lv/{slug}/")
    folder = os.path.dirname(path)
    for img in parser.images:
        problem = check_picture(folder, img)
        if problem:
            problems.append(problem)
    return [f"{path}:{p}" for p in problems]


def check_picture(folder, img):
    """The problem with one picture, or None."""
    src = img.get("src") or ""
    file = os.path.join(folder, src)
    if "/" in src or not os.path.isfile(file):
        return f"picture {src!r} is not a file beside the fragment"
    if not os.path.isfile(os.path.join(folder, os.path.splitext(src)[0] + ".svg")):
        return f"picture {src!r} has no SVG beside it"
    if not src.endswith(".png"):
        return None
    with open(file, "rb") as f:
        head = f.read(24)
    if head[:8] != b"\x89PNG\r\n\x1a\n" or head[12:16] != b"IHDR":
        return f"picture {src!r} is not a PNG"
    size = struct.unpack(">II", head[16:24])
    wanted = (2 * int(img.get("width", 0)), 2 * int(img.get("height", 0)))
    if size != wanted:
        return f"picture {src!r} is {size[0]}x{size[1]} pixels, not {wanted[0]}x{wanted[1]}"
    return None


def check_index(publish_dir, slugs):
    path = os.path.join(publish_dir, "index.html")
    if not os.path.isfile(path):
        return [f"{path}: missing"]
    parser = IndexParser()
    with open(path, encoding="utf-8") as f:
        parser.feed(f.read())
    problems = [f"{path}: {p}" for p in parser.problems]
    for slug in slugs:
        if f"lv/{slug}.html" not in parser.hrefs:
            problems.append(f"{path}: does not list lv/{slug}.html")
    return problems


def main(argv):
    if len(argv) != 4:
        print(__doc__, file=sys.stderr)
        return 2
    publish_dir, site_dir, site_toml = argv[1:]
    with open(site_toml, "rb") as f:
        base = tomllib.load(f)["base_url"]
    lv = os.path.join(publish_dir, "lv")
    slugs = sorted(name[:-5] for name in os.listdir(lv) if name.endswith(".html"))
    cache, problems = {}, []
    for slug in slugs:
        problems += check_fragment(os.path.join(lv, slug + ".html"), slug, base, site_dir, cache)
    problems += check_index(publish_dir, slugs)
    if not slugs:
        problems.append(f"{lv}: no fragments")
    for p in problems:
        print(p, file=sys.stderr)
    print(f"{len(slugs)} fragments checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
