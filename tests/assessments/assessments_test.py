#!/usr/bin/python3
"""`pvpp novertejumi` end to end on SYNTHETIC workbooks (make_filled.py).

  assessments_test.py PVPP SOURCE_ROOT TEMPLATE WORK

Filled workbooks are read back and the plans and picture checked with openpyxl; every kind
of bad workbook gives its exact diagnostic (expected/<kind>.txt; PVPP_UPDATE_EXPECTED=1
rewrites them) with exit 1 and nothing written; a workbook re-saved by LibreOffice reads
back the same as the one openpyxl wrote.
"""
import os
import shutil
import subprocess
import sys
import tempfile
import unittest
import xml.etree.ElementTree as ET
from pathlib import Path

import openpyxl

HERE = Path(__file__).resolve().parent
PVPP, ROOT, TEMPLATE, WORK = (Path(p).resolve() for p in sys.argv[1:5])
PARTS = ["Uzdevumi", "Nosacījumi", "Spējas un resursi"]


def make(out, *args):
    subprocess.run(["/usr/bin/python3", str(HERE / "make_filled.py"), str(TEMPLATE), str(out), *args], check=True)


def pvpp(folder, out, cwd=None):
    return subprocess.run([str(PVPP), "novertejumi", str(folder), "--root", str(ROOT), "--out", str(out)],
                          capture_output=True, text=True, cwd=cwd)


def filled_values(path):
    """Every answer of a filled workbook: {(sheet, code): (rating, note)} and the details."""
    wb = openpyxl.load_workbook(path)
    info = wb["Iestāde"]
    values = {}
    for sheet in PARTS:
        ws = wb[sheet]
        for row in ws.iter_rows(min_row=3, values_only=True):
            if row[0]:
                values[(sheet, row[0])] = (row[2], row[3])
    return info["B3"].value, info["B4"].value, values


def rows(ws, first=3):
    return [r for r in ws.iter_rows(min_row=first, values_only=True) if any(v is not None for v in r)]


class GoodFolder(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.work = WORK / "good"
        shutil.rmtree(cls.work, ignore_errors=True)
        make(cls.work / "in", "--count", "14", "--missing", "2")
        cls.result = pvpp(cls.work / "in", cls.work / "out")
        cls.out = cls.work / "out" / "novertejumi"

    def test_exit_progress_and_summary(self):
        self.assertEqual(self.result.returncode, 0, self.result.stderr)
        lines = self.result.stdout.splitlines()
        self.assertEqual(lines[0], f"pvpp: nolasa 14 pašnovērtējumus no {self.work / 'in'}")
        self.assertIn("pvpp: nolasīti 10 no 14", lines)
        self.assertRegex(lines[-1], r"^pvpp: nolasīti 14 pašnovērtējumi \(1\. grupa – 2, 2\. grupa – 3, 3\. grupa – 3,"
                         r" 4\. grupa – 2, 5\. grupa – 2, 6\. grupa – 2\); pilnveides plānu projekti: 14; nav "
                         r"iesniegušas: 2; kopaina: .*/novertejumi/index.html \(\d+ ms, no tiem lasīšana \d+ ms\)$")

    def test_only_its_own_folder(self):
        self.assertEqual(sorted(p.name for p in (self.work / "out").iterdir()), ["novertejumi"])
        self.assertEqual(sorted(p.name for p in self.out.iterdir()), ["index.html", "karte-pa-grupam.svg", "karte.svg", "kopaina.xlsx",
                                                                "plani"])
        self.assertEqual(len(list((self.out / "plani").glob("*.xlsx"))), 14)
        self.assertEqual(len(list((self.out / "plani").glob("*.html"))), 14)

    def test_every_rating_and_note_reaches_the_analyst_workbook(self):
        wb = openpyxl.load_workbook(self.out / "kopaina.xlsx")
        got = {}
        for name, group, code, _, rating, note in rows(wb["Vērtējumi"]):
            got[(name, code)] = (rating, note)
        for path in sorted((self.work / "in").glob("*.xlsx")):
            name, _, values = filled_values(path)
            for (sheet, code), (rating, note) in values.items():
                self.assertEqual(got[(name, code)], (rating, note or None), (path.name, code))

    def test_formula_text_in_notes_stays_text(self):
        wb = openpyxl.load_workbook(self.out / "kopaina.xlsx")
        ws = wb["Vērtējumi"]
        notes = [c for c in ws["F"] if isinstance(c.value, str) and c.value.startswith("=")]
        self.assertTrue(any("HYPERLINK" in c.value for c in notes))
        self.assertTrue(any(c.value.startswith("=cmd|") for c in notes))
        for c in notes:
            self.assertEqual(c.data_type, "s", c.coordinate)
        for path in (self.out / "plani").glob("*.xlsx"):
            for ws in openpyxl.load_workbook(path).worksheets:
                self.assertFalse([c for r in ws.iter_rows() for c in r if c.data_type == "f"], path.name)

    def test_counts_per_level_add_up(self):
        wb = openpyxl.load_workbook(self.out / "kopaina.xlsx")
        overall = rows(wb["Kopā"])
        self.assertEqual(len(overall), 32 + 24 + len(rows(openpyxl.load_workbook(TEMPLATE)["Spējas un resursi"])))
        for r in overall:
            self.assertEqual(sum(r[3:9]), 14, r[1])
        by_code = {}
        for r in rows(wb["Pa grupām"]):
            by_code.setdefault(r[1], []).append(sum(r[3:9]))
        self.assertEqual(sum(by_code["PU2-10"]), 14)
        self.assertEqual([r[0] for r in rows(wb["Neiesniegušās"])], ["Sintētiska iestāde 015", "Sintētiska iestāde 016"])

    def test_plan_lists_exactly_the_rows_below_three(self):
        path = self.work / "in" / "iestade-007.xlsx"
        name, group, values = filled_values(path)
        expected = [code for (sheet, code), (rating, _) in values.items() if rating is not None and rating < 3]
        plan = openpyxl.load_workbook(self.out / "plani" / "sintetiska-iestade-007.xlsx")
        ws = plan["Plāns"]
        self.assertEqual([c.value for c in ws[2]][:10], ["Kods", "Nosaukums", "Vērtējums", "Iestādes piezīmes",
                         "Atbildīgās lomas (matrica)", "Vadlīnijas", "Pasākums", "Atbildīgā persona", "Ceturksnis",
                         "Finansējums un tā avots"])
        codes = [r[0] for r in rows(ws) if r[0] and r[1]]
        self.assertEqual(codes, expected)
        headings = [r[0] for r in rows(ws) if r[0] and not r[1]]
        self.assertEqual([h for h in headings if h in PARTS], [p for p in PARTS
                         if any(s == p and v[0] is not None and v[0] < 3 for (s, _), v in values.items())])
        # Within a part, the policy's groups: conditions by group, capabilities apart from resources.
        subgroups = [h for h in headings if h not in PARTS]
        self.assertTrue(all(h.split(" ")[0] in [f"N{n}" for n in range(1, 11)] or h in ("Spējas (S)", "Resursi (R)")
                            for h in subgroups), subgroups)
        low_conditions = sorted({c.split("-")[0] for (s, c), v in values.items()
                                 if s == "Nosacījumi" and v[0] is not None and v[0] < 3}, key=lambda g: int(g[1:]))
        self.assertEqual([h.split(" ")[0] for h in subgroups if h.startswith("N")], low_conditions)
        about = {r[0]: r[1] for r in rows(plan["Par plānu"])}
        self.assertEqual((about["Iestāde"], about["Iestāžu grupa (1. tabula)"]), (name, group))
        self.assertIn("veidnes pieņēmums", about["Sagaidāmais līmenis"])
        pu = [r for r in rows(ws) if r[0] and r[0].startswith("PU")]
        if pu:
            self.assertIn("(A", pu[0][4])             # the matrix's roles
            self.assertIn("https://", pu[0][5])        # the live guidance page

    def test_pages_escape_and_link(self):
        page = (self.out / "index.html").read_text(encoding="utf-8")
        self.assertIn("Sintētiska iestāde 015", page)
        self.assertIn("=cmd|&#39; /C calc&#39;!A0 &lt;script&gt;", page)  # the awkward name, escaped
        self.assertNotIn("<script", page)
        self.assertTrue((self.out / "plani" / "iestade-nul.xlsx").exists())
        self.assertIn('<table id="tabula">', page)
        self.assertIn('href="plani/sintetiska-iestade-007.html"', page)
        plan = (self.out / "plani" / "sintetiska-iestade-007.html").read_text(encoding="utf-8")
        self.assertIn("Individuālā pilnveides plāna projekts", plan)
        all_plans = "".join(p.read_text(encoding="utf-8") for p in (self.out / "plani").glob("*.html"))
        self.assertIn("=HYPERLINK(&quot;http://example.invalid&quot;", all_plans + page)
        self.assertNotIn('<a href="http://example.invalid"', all_plans)

    def test_heat_map_has_a_text_alternative(self):
        svg = ET.parse(self.out / "karte.svg").getroot()
        ns = "{http://www.w3.org/2000/svg}"
        self.assertEqual(svg.get("role"), "img")
        self.assertIn("siltumkarte", svg.find(ns + "title").text)
        self.assertIn("tabulā", svg.find(ns + "desc").text)
        self.assertGreaterEqual(len(svg.findall(f".//{ns}rect")), 6 * 56)
        groups = ET.parse(self.out / "karte-pa-grupam.svg").getroot()
        self.assertIn("pa iestāžu grupām", groups.find(ns + "title").text)
        self.assertIn("tabulās", groups.find(ns + "desc").text)
        self.assertEqual(len(groups.findall(f".//{ns}rect")), 6 * len(svg.findall(f".//{ns}rect")) // 6)

    def test_a_bad_folder_leaves_the_previous_results(self):
        before = {p: p.read_bytes() for p in self.out.rglob("*") if p.is_file()}
        bad = WORK / "good-then-bad"
        make(bad, "--mistake", "rating_out_of_range")
        run = pvpp(bad, self.work / "out")
        self.assertEqual(run.returncode, 1)
        self.assertEqual({p: p.read_bytes() for p in self.out.rglob("*") if p.is_file()}, before)

    def test_same_bytes_again(self):
        again = pvpp(self.work / "in", self.work / "out2")
        self.assertEqual(again.returncode, 0)
        for p in sorted(self.out.rglob("*")):
            if p.is_file():
                self.assertEqual(p.read_bytes(), (self.work / "out2" / "novertejumi" / p.relative_to(self.out)).read_bytes(), p)


class BadWorkbooks(unittest.TestCase):
    def check(self, kind):
        folder = WORK / "bad" / kind
        make(folder, "--mistake", kind)
        out = WORK / "bad" / (kind + "-out")
        shutil.rmtree(out, ignore_errors=True)
        run = pvpp(".", out, cwd=folder)
        expected_file = HERE / "expected" / (kind + ".txt")
        if os.environ.get("PVPP_UPDATE_EXPECTED"):
            expected_file.parent.mkdir(exist_ok=True)
            expected_file.write_text(run.stderr, encoding="utf-8")
        self.assertEqual(run.stderr, expected_file.read_text(encoding="utf-8"))
        self.assertEqual(run.returncode, 1)
        self.assertFalse(out.exists(), "something was written")


    def test_workbooks_inside_the_results_folder_are_refused(self):
        out = WORK / "inside"
        shutil.rmtree(out, ignore_errors=True)
        make(out / "novertejumi" / "saņemtie", "--count", "1", "--missing", "0")
        run = pvpp("novertejumi/saņemtie", ".", cwd=out)
        self.assertEqual(run.stderr, "novertejumi/saņemtie: kļūda: darbgrāmatas atrodas mapē ./novertejumi, ko pvpp "
                         "aizstāj ar saviem rezultātiem; pārvietojiet tās citur\n1 kļūda, 0 brīdinājumu\n"
                         "pvpp: novertejumi apturēts; nekas nav ierakstīts\n")
        self.assertEqual(run.returncode, 1)
        self.assertTrue((out / "novertejumi" / "saņemtie" / "iestade-001.xlsx").exists())


def _case(kind):
    return lambda self: self.check(kind)


sys.dont_write_bytecode = True  # nothing written into the source tree
sys.path.insert(0, str(HERE))
import make_filled  # noqa: E402

for _kind in make_filled.MISTAKES:
    setattr(BadWorkbooks, "test_" + _kind, _case(_kind))


@unittest.skipUnless(shutil.which("soffice"), "needs LibreOffice (libreoffice-calc-nogui)")
class LibreOfficeRoundTrip(unittest.TestCase):
    def test_resaved_by_libreoffice_reads_the_same(self):
        work = WORK / "lo"
        shutil.rmtree(work, ignore_errors=True)
        make(work / "openpyxl", "--count", "7", "--missing", "0")
        (work / "libreoffice").mkdir()
        with tempfile.TemporaryDirectory() as profile:
            subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{profile}", "--convert-to",
                            "xlsx:Calc MS Excel 2007 XML", "--outdir", str(work / "libreoffice"),
                            *map(str, sorted((work / "openpyxl").glob("*.xlsx")))],
                           check=True, capture_output=True)
        results = []
        for name in ("openpyxl", "libreoffice"):
            run = pvpp(work / name, work / (name + "-out"))
            self.assertEqual(run.returncode, 0, run.stderr)
            wb = openpyxl.load_workbook(work / (name + "-out") / "novertejumi" / "kopaina.xlsx")
            results.append((rows(wb["Vērtējumi"]), rows(wb["Iestādes"])))
        self.assertEqual(len(results[0][0]), 7 * len(results[0][0]) // 7)
        self.assertEqual(results[0][0], results[1][0])
        self.open_outputs_in_libreoffice(work / "libreoffice-out" / "novertejumi")
        # The file name differs only if LibreOffice renamed it; everything else is intact.
        strip = [tuple(v for i, v in enumerate(r) if i != 4) for r in results[1][1]]
        self.assertEqual([tuple(v for i, v in enumerate(r) if i != 4) for r in results[0][1]], strip)

    def open_outputs_in_libreoffice(self, out):
        """The analyst's workbook and a plan, opened by LibreOffice and saved as CSV per sheet."""
        csv = out.parent / "csv"
        flt = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"
        with tempfile.TemporaryDirectory() as profile:
            subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{profile}", "--convert-to", flt,
                            "--outdir", str(csv), str(out / "kopaina.xlsx"),
                            str(out / "plani" / "sintetiska-iestade-007.xlsx")], check=True, capture_output=True)
        kopa = (csv / "kopaina-Kopā.csv").read_text(encoding="utf-8")
        self.assertIn("PU2-10", kopa)
        self.assertIn("Sintētiska iestāde 004", (csv / "kopaina-Vērtējumi.csv").read_text(encoding="utf-8"))
        plan = (csv / "sintetiska-iestade-007-Plāns.csv").read_text(encoding="utf-8")
        self.assertIn("Finansējums un tā avots", plan)
        self.assertIn("Uzdevumi", plan)


if __name__ == "__main__":
    unittest.main(argv=sys.argv[:1] + sys.argv[5:])
