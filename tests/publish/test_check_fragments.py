"""The fragment checker catches what it must: run by CTest with /usr/bin/python3 -m unittest."""
import os
import struct
import tempfile
import unittest

import check_fragments as cf

BASE = "https://www.varam.gov.lv"


def problems_of(html):
    return cf.parse_fragment(html).problems


class FragmentMarkup(unittest.TestCase):
    def test_plain_content_passes(self):
        html = ('<h2 id="a">A</h2>\n<p>Teksts ar <a href="https://x.lv/">saiti</a>, <strong>b</strong>, <em>c</em>'
                '<sup>1</sup>.</p>\n<ul>\n<li>x</li>\n</ul>\n<table>\n<thead>\n<tr><th>h</th></tr>\n</thead>\n'
                '<tbody>\n<tr><td>d</td></tr>\n</tbody>\n</table>\n<p><img src="a.png" alt="Attēls" width="10" '
                'height="5"></p>\n<ol>\n<li>piezīme</li>\n</ol>\n')
        self.assertEqual(problems_of(html), [])

    def test_theme_markup_is_refused(self):
        self.assertIn("1:1: tag <div> is not allowed", problems_of('<div>x</div>'))
        self.assertIn("1:1: attribute class on <p> is not allowed", problems_of('<p class="gap">x</p>'))
        self.assertIn("1:1: attribute style on <p> is not allowed", problems_of('<p style="color:red">x</p>'))
        self.assertIn("1:1: attribute id on <p> is not allowed", problems_of('<p id="x">x</p>'))
        self.assertIn("1:1: tag <script> is not allowed", problems_of('<script>alert(1)</script>'))
        self.assertIn("1:1: tag <br> is not allowed", problems_of('<br>'))
        self.assertIn("1:1: comments are not allowed", problems_of('<!-- x -->'))

    def test_pictures_need_alt_text(self):
        self.assertIn("1:4: <img> has no alt text", problems_of('<p><img src="a.png"></p>'))
        self.assertIn("1:4: attribute alt on <img> is empty", problems_of('<p><img src="a.png" alt=""></p>'))

    def test_nesting_is_checked(self):
        self.assertIn("1:9: </p> does not close the open <em>", problems_of('<p><em>x</p></em>'))
        self.assertTrue(any("never closed" in p for p in problems_of('<ul><li>x</li>')))


class Links(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        page = os.path.join(self.dir.name, "lv", "lapa")
        os.makedirs(page)
        with open(os.path.join(page, "index.html"), "w", encoding="utf-8") as f:
            f.write('<main><section id="sadala"><h2>S</h2></section></main>')

    def tearDown(self):
        self.dir.cleanup()

    def check(self, href):
        return cf.check_link(href, BASE, self.dir.name, {})

    def test_live_page_and_anchor_that_the_site_has(self):
        self.assertIsNone(self.check(BASE + "/lv/lapa"))
        self.assertIsNone(self.check(BASE + "/lv/lapa#sadala"))
        self.assertIsNone(self.check("https://likumi.lv/ta/id/1"))

    def test_relative_missing_page_and_missing_anchor_fail(self):
        self.assertIn("is not absolute", self.check("../lapa/index.html"))
        self.assertIn("is not absolute", self.check("#sadala"))
        self.assertIn("has no page lv/cita/", self.check(BASE + "/lv/cita#x"))
        self.assertIn("has no id 'nav'", self.check(BASE + "/lv/lapa#nav"))
        self.assertIn("is not a page under", self.check(BASE + "/en/lapa"))


class Pictures(unittest.TestCase):
    def test_png_beside_an_svg_at_twice_the_size(self):
        with tempfile.TemporaryDirectory() as folder:
            with open(os.path.join(folder, "a.png"), "wb") as f:
                f.write(b"\x89PNG\r\n\x1a\n" + b"\0\0\0\x0dIHDR" + struct.pack(">II", 20, 10))
            self.assertIn("has no SVG", cf.check_picture(folder, {"src": "a.png", "width": "10", "height": "5"}))
            open(os.path.join(folder, "a.svg"), "w").close()
            self.assertIsNone(cf.check_picture(folder, {"src": "a.png", "width": "10", "height": "5"}))
            self.assertIn("not 24x10", cf.check_picture(folder, {"src": "a.png", "width": "12", "height": "5"}))
            self.assertIn("not a file", cf.check_picture(folder, {"src": "b.png", "width": "1", "height": "1"}))
            self.assertIn("not a file", cf.check_picture(folder, {"src": "../a.png", "width": "1", "height": "1"}))


class Index(unittest.TestCase):
    def test_inline_script_and_style_are_refused(self):
        parser = cf.IndexParser()
        parser.feed('<script>x()</script><p style="x" onclick="y">a</p><style>p{}</style><script src="a.js"></script>')
        self.assertEqual(parser.problems, ["index.html has an inline script",
                                           "index.html has an inline style attribute on <p>",
                                           "index.html has an inline onclick attribute on <p>",
                                           "index.html has a <style> element"])


if __name__ == "__main__":
    unittest.main()
