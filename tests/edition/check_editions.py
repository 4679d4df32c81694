"""The two editions of the shipped corpus (render/common/edition.h).

Public (`pvpp build`): no file of site/, cards/, xlsx/, publish/ or data/ holds a string
of `pvpp review-strings` (the renderers' own list: placeholder sentences, status marks,
reading notes, maintainer labels, and the corpus's matrix notes and term sources), the
watermark or noindex, and the maintainer pages are not there. Review (`pvpp build
--review`): OUT/review/ has every page with the watermark and noindex, the printed sheets
with the watermark in their repeated footer, the maintainer pages; nothing of it is in
the public folders, and a public build keeps it. A matrix cell changed from inferred to
confirmed appears in the public edition.

Usage: check_editions.py PVPP ROOT WORK          (builds both editions into WORK)
       check_editions.py PVPP ROOT WORK --walk OUT (only walks OUT's public folders, PDFs included)
"""
import html.parser
import os
import re
import shutil
import subprocess
import sys
import unittest

import openpyxl

PUBLIC_FOLDERS = ["site", "cards", "xlsx", "publish", "data"]
WATERMARK = "Darba versija — nav publicējama"
NOINDEX = '<meta name="robots" content="noindex">'
MAINTAINER_PAGES = ["site/lv/redaktora-celvedis/index.html", "site/lv/satura-pilnigums/index.html"]


def review_strings(pvpp, root):
    out = subprocess.run([pvpp, "review-strings", "--root", root], check=True, capture_output=True,
                         text=True).stdout
    texts, labels = [], []
    for line in out.splitlines():
        where, _, value = line.partition("\t")
        (texts if where == "text" else labels).append(value)
    return texts, labels


class TextOf(html.parser.HTMLParser):
    """A page's text, its title/alt/aria-label attributes, and its <dt> labels."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.labels, self._in_dt = [], [], False

    def handle_starttag(self, tag, attrs):
        self._in_dt = tag == "dt"
        for name, value in attrs:
            if name in ("title", "alt", "aria-label", "content") and value:
                self.parts.append(value)

    def handle_endtag(self, tag):
        if tag == "dt":
            self._in_dt = False

    def handle_data(self, data):
        self.parts.append(data)
        if self._in_dt:
            self.labels.append(data.strip())


def text_and_labels(path):
    """The readable text of a public file and its labels (field names, column headers)."""
    ext = os.path.splitext(path)[1]
    if ext in (".html", ".svg"):
        parser = TextOf()
        with open(path, encoding="utf-8") as f:
            parser.feed(f.read())
        return " ".join(parser.parts), parser.labels
    if ext == ".xlsx":
        return workbook_text(path)
    if ext == ".pdf":
        return subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], check=True, capture_output=True,
                              text=True).stdout, []
    if ext in (".csv", ".json", ".js", ".xml", ".txt"):
        with open(path, encoding="utf-8-sig") as f:
            return f.read(), []
    return "", []


def workbook_text(path):
    book = openpyxl.load_workbook(path)
    parts, labels = [], []
    for ws in book.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is not None:
                    parts.append(str(cell.value))
                if cell.comment is not None:
                    parts.append(cell.comment.text)
        # The header row of a table sheet: row 2 (row 1 holds the back link and the title).
        labels += [str(c.value) for c in ws[2] if c.value is not None] if ws.max_row >= 2 else []
    return "\n".join(parts), labels


def public_files(out):
    for folder in PUBLIC_FOLDERS:
        for base, _, files in os.walk(os.path.join(out, folder)):
            for name in sorted(files):
                yield os.path.join(base, name)


def public_problems(out, texts, labels):
    """Every review-only string found in the public folders of out, as 'file: string'."""
    problems = []
    checked = 0
    for path in public_files(out):
        text, found_labels = text_and_labels(path)
        if not text:
            continue
        checked += 1
        folded = text.casefold()
        rel = os.path.relpath(path, out)
        for s in texts + [WATERMARK]:
            if s.casefold() in folded:
                problems.append(f"{rel}: {s!r}")
        problems += [f"{rel}: label {s!r}" for s in labels if s in found_labels]
        if path.endswith(".html") and NOINDEX in open(path, encoding="utf-8").read():
            problems.append(f"{rel}: noindex")
    if checked < 100:
        problems.append(f"only {checked} public files were read: is {out} a build?")
    return problems


def pvpp_build(pvpp, root, out, *extra):
    subprocess.run([pvpp, "build", "--root", root, "--out", out, *extra], check=True, stdout=subprocess.DEVNULL)


def matrix_cell(site, task, role):
    with open(os.path.join(site, "lv/atbildibas-matrica/index.html"), encoding="utf-8") as f:
        page = f.read()
    row = re.search(r'<tr data-task="' + re.escape(task) + r'".*?</tr>', page, re.S)
    cell = re.search(r'<td[^>]*data-role="' + re.escape(role) + r'"[^>]*>(.*?)</td>', row.group(0), re.S)
    return cell.group(1)


def letters_in_row(out, task):
    """The A and L cells of a task's row in appendix 1, sorted."""
    book = openpyxl.load_workbook(os.path.join(out, "xlsx/PVPP2024–2027_1.pielikums.xlsx"))
    rows = [row for row in book["Uzdevumi"].iter_rows(values_only=True) if row[0] == task]
    return sorted(v for v in rows[0] if v in ("A", "L"))


class Editions(unittest.TestCase):
    pvpp = root = work = None

    @classmethod
    def setUpClass(cls):
        cls.out = os.path.join(cls.work, "out")
        shutil.rmtree(cls.out, ignore_errors=True)
        pvpp_build(cls.pvpp, cls.root, cls.out, "--review")
        pvpp_build(cls.pvpp, cls.root, cls.out)
        cls.texts, cls.labels = review_strings(cls.pvpp, cls.root)
        cls.review = os.path.join(cls.out, "review")

    def test_the_list_holds_the_placeholders_and_notes(self):
        for s in ["Sadaļa vēl nav aprakstīta.", "Apraksts avotos nav dots.", "Pienākumi kartītē vēl nav aprakstīti.",
                  "Atvasināts no datiem; sadaļas teksts vēl nav aprakstīts.", "Sadaļa atjaunota daļēji.",
                  "atbildība secināta no OCR nolasījuma", "Kods secināts", "Vārdformas", "Enkurs tiešsaistē",
                  "Uzturētājam", "Satura pilnīgums"]:
            self.assertIn(s, self.texts)
        self.assertIn("Avots", self.labels)
        self.assertTrue(any("nolasīts" in t for t in self.texts), "the corpus's matrix notes are in the list")

    def test_public_edition_holds_none_of_them(self):
        self.assertEqual(public_problems(self.out, self.texts, self.labels), [])
        for page in MAINTAINER_PAGES:
            self.assertFalse(os.path.exists(os.path.join(self.out, page)), page)
        with open(os.path.join(self.out, "site/static/search-index.js"), encoding="utf-8") as f:
            self.assertNotIn("redaktora-celvedis", f.read())

    def test_figure_captions_without_their_figure_are_review_only(self):
        caption = re.compile(r"<p><em>[0-9.]+\s*–\s*[0-9]+\.\s*attēls\.")
        def captions(site):
            found = 0
            for base, _, files in os.walk(os.path.join(site, "lv")):
                for name in (n for n in files if n.endswith(".html")):
                    with open(os.path.join(base, name), encoding="utf-8") as f:
                        found += len(caption.findall(f.read()))
            return found
        self.assertEqual(captions(os.path.join(self.out, "site")), 0)
        self.assertEqual(captions(os.path.join(self.out, "publish")), 0)
        self.assertGreater(captions(os.path.join(self.review, "site")), 10)

    def test_the_matrix_and_appendix_1_count_the_same_open_cells(self):
        with open(os.path.join(self.out, "site/lv/atbildibas-matrica/index.html"), encoding="utf-8") as f:
            page = re.search(r"Šūnas, kuru atbildība vēl tiek apstiprināta: (\d+)", f.read())
        book = openpyxl.load_workbook(os.path.join(self.out, "xlsx/PVPP2024–2027_1.pielikums.xlsx"))
        lines = [v for row in book["Uzdevumi"].iter_rows(values_only=True) for v in row
                 if isinstance(v, str) and v.startswith("Šūnas, kuru atbildība")]
        self.assertTrue(page and lines)
        self.assertIn(f": {page.group(1)};", lines[0])
        self.assertGreater(int(page.group(1)), 0)

    def test_review_edition_shows_everything_under_the_watermark(self):
        for page in MAINTAINER_PAGES:
            self.assertTrue(os.path.exists(os.path.join(self.review, page)), page)
        pages = 0
        for folder in ["site", "cards"]:
            for base, _, files in os.walk(os.path.join(self.review, folder)):
                for name in (n for n in files if n.endswith(".html")):
                    with open(os.path.join(base, name), encoding="utf-8") as f:
                        page = f.read()
                    pages += 1
                    self.assertIn(WATERMARK, page, name)
                    self.assertIn(NOINDEX, page, name)
                    if folder == "cards":  # the footer Chromium repeats on every printed sheet
                        foot = re.search(r'class="page-foot".*?class="review-foot">' + WATERMARK, page, re.S)
                        self.assertTrue(foot, f"{name}: no watermark in the repeated footer")
        self.assertGreater(pages, 250)
        with open(os.path.join(self.review, "publish/index.html"), encoding="utf-8") as f:
            self.assertIn(WATERMARK, f.read())
        with open(os.path.join(self.review, "site/lv/uzdevumi/pu2-1/index.html"), encoding="utf-8") as f:
            self.assertIn("Sadaļa vēl nav aprakstīta.", f.read())

    def test_nothing_of_the_review_edition_is_in_the_public_folders(self):
        for folder in PUBLIC_FOLDERS:
            self.assertTrue(os.path.isdir(os.path.join(self.out, folder)), folder)
            self.assertFalse(os.path.exists(os.path.join(self.out, folder, "review")), folder)
        self.assertEqual(sorted(os.listdir(self.review)), sorted(["site", "cards", "xlsx", "publish", "data",
                                                                   ".pvpp-cache"]))

    def test_a_confirmed_cell_appears_in_the_public_edition(self):
        corpus = os.path.join(self.work, "corpus")
        shutil.rmtree(corpus, ignore_errors=True)
        for folder in ["content", "data", "themes"]:
            shutil.copytree(os.path.join(self.root, folder), os.path.join(corpus, folder))
        task = os.path.join(corpus, "content/tasks/PU1-2.toml")
        with open(task, encoding="utf-8") as f:
            text = f.read()
        self.assertIn('pakalpojuma-sniedzejs = "L?"', text)
        out = os.path.join(self.work, "confirmed")
        self.assertEqual(matrix_cell(os.path.join(self.out, "site"), "PU1-2", "pakalpojuma-sniedzejs"), "")
        with open(task, "w", encoding="utf-8") as f:
            f.write(text.replace('pakalpojuma-sniedzejs = "L?"', 'pakalpojuma-sniedzejs = "L"'))
        pvpp_build(self.pvpp, corpus, out)
        self.assertIn("letter-L", matrix_cell(os.path.join(out, "site"), "PU1-2", "pakalpojuma-sniedzejs"))
        self.assertEqual(letters_in_row(out, "PU1-2"), letters_in_row(self.out, "PU1-2") + ["L"])


def main():
    pvpp, root, work = sys.argv[1:4]
    if len(sys.argv) == 6 and sys.argv[4] == "--walk":
        texts, labels = review_strings(pvpp, root)
        problems = public_problems(sys.argv[5], texts, labels)
        print("\n".join(problems) or "public edition: no review-only string")
        return 1 if problems else 0
    Editions.pvpp, Editions.root, Editions.work = pvpp, root, work
    os.makedirs(work, exist_ok=True)
    result = unittest.TextTestRunner(verbosity=2).run(unittest.defaultTestLoader.loadTestsFromTestCase(Editions))
    return 0 if result.wasSuccessful() else 1


if __name__ == "__main__":
    sys.exit(main())
