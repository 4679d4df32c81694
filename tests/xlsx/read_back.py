#!/usr/bin/python3
"""Reads the built appendix workbooks back with openpyxl (Debian python3-openpyxl) and
checks what a reader of the spreadsheets relies on: sheets, rows, A/L cells,
validations, outlines, frozen panes, links, print setup and the fixed properties.

Usage: read_back.py OUTPUT_XLSX_DIR [HOSTILE_XLSX_DIR]
HOSTILE_XLSX_DIR: workbooks built from tests/xlsx/hostile, whose texts look like formulas (the
review edition, which has every text field: the public one leaves out reading notes).
"""
import datetime
import sys
import unittest
from pathlib import Path

import openpyxl

XLSX_DIR = Path(sys.argv.pop(1) if len(sys.argv) > 1 else "output/xlsx")
HOSTILE_DIR = Path(sys.argv.pop(1)) if len(sys.argv) > 1 else None
POLICY = XLSX_DIR / "PVPP2024–2027_1.pielikums.xlsx"
WORKPLAN = XLSX_DIR / "PVPP2024–2027_2.pielikums.xlsx"
SELF_ASSESSMENT = XLSX_DIR / "pasnovertejums.xlsx"
PORTFOLIO = XLSX_DIR / "pakalpojumu-portfolio-veidne.xlsx"

POLICY_SHEETS = ["Saturs", "Jēdzieni", "Principi", "Mērogi un līmeņi", "Lomas", "Posmi", "Uzdevumi",
                 "Nosacījumi", "Spējas un resursi", "Kompetences", "Digitālās tehnoloģijas",
                 "Kartīšu saturs", "Saraksti"]
WORKPLAN_SHEETS = ["Saturs", "Darba plāns", "Ganta diagramma", "Iestāžu grupas", "Izņēmumi"]
MEASURES = ["P1.1", "P1.2", "P1.3", "P2.1", "P2.2", "P2.3", "P2.4", "P3.1", "P3.2", "P4.1", "P4.2",
            "P4.3", "P4.4", "P4.5", "P4.6", "P5.1", "P5.2", "P5.3", "P6.1", "P6.2", "P6.3", "P6.4",
            "P7.1", "P7.2"]

_books = {}


def book(path):
    if path not in _books:
        _books[path] = openpyxl.load_workbook(path)
    return _books[path]


def data_rows(ws, first=3):
    """Rows below the header (title row 1, header row 2), as lists of values."""
    return [[c.value for c in row] for row in ws.iter_rows(min_row=first)]


def header(ws, row=2):
    return [c.value for c in ws[row]]


class PolicyWorkbook(unittest.TestCase):
    def setUp(self):
        self.wb = book(POLICY)

    def test_sheet_names(self):
        self.assertEqual(self.wb.sheetnames, POLICY_SHEETS)

    def test_thirty_two_tasks(self):
        codes = [r[0] for r in data_rows(self.wb["Uzdevumi"]) if r[0] and str(r[0]).startswith("PU")]
        self.assertEqual(len(codes), 32)
        self.assertEqual(codes[0], "PU1-1")
        self.assertEqual(codes[-1], "PU3-4")

    def test_pu2_10_responsibility(self):
        ws = self.wb["Uzdevumi"]
        head = header(ws)
        row = next(r for r in data_rows(ws) if r[0] == "PU2-10")
        for n in range(1, 11):
            col = next(i for i, h in enumerate(head) if h and h.startswith(f"{n}. loma"))
            expected = "A" if n in (4, 5, 6, 8, 9) else None
            self.assertEqual(row[col], expected, f"PU2-10, {n}. loma")

    def test_letters_are_only_a_or_l(self):
        ws = self.wb["Uzdevumi"]
        for r in data_rows(ws)[:32]:
            for v in r[4:14]:
                self.assertIn(v, (None, "A", "L"))

    def test_letter_drop_down_from_lookup_range(self):
        dvs = self.wb["Uzdevumi"].data_validations.dataValidation
        self.assertEqual(len(dvs), 1)
        dv = dvs[0]
        self.assertEqual(dv.type, "list")
        self.assertEqual(dv.formula1, "Saraksti!$A$3:$A$4")
        self.assertEqual(str(dv.sqref), "E3:N34")
        lists = self.wb["Saraksti"]
        self.assertEqual([lists["A3"].value, lists["A4"].value], ["A", "L"])

    def test_inferred_cells_are_left_empty_and_counted(self):
        # The public edition (render/common/edition.h): no inferred letter, no reading note or
        # confidence column; a line under the legend says how many cells are being confirmed.
        ws = self.wb["Uzdevumi"]
        comments = [c for row in ws.iter_rows(min_row=3, max_row=34) for c in row if c.comment]
        self.assertEqual(comments, [], "an inferred cell is shown")
        self.assertNotIn("Matricas nolasījuma ticamība", header(ws))
        legend = [r[1] for r in data_rows(ws)[32:] if r[1]]
        self.assertIn("Apzīmējumi", legend)
        self.assertTrue(any(str(v).startswith("Šūnas, kuru atbildība vēl tiek apstiprināta: ") for v in legend))

    def test_twenty_four_conditions_in_three_outline_levels(self):
        ws = self.wb["Nosacījumi"]
        levels = {}
        for i in range(3, ws.max_row + 1):
            levels.setdefault(ws.row_dimensions[i].outline_level, []).append(ws.cell(i, 1).value)
        self.assertEqual(len(levels[1]), 10)
        self.assertEqual(len(levels[2]), 24)
        self.assertIn("N4-1", levels[2])
        self.assertTrue(levels.get(3), "no condition sub-items at level 3")
        self.assertFalse(ws.sheet_properties.outlinePr.summaryBelow)

    def test_card_rows_one_per_item(self):
        ws = self.wb["Kartīšu saturs"]
        rows = data_rows(ws)
        pu2_10 = [r for r in rows if r[0] == "PU2-10"]
        self.assertGreater(len(pu2_10), 8)
        self.assertEqual(sorted({r[1] for r in pu2_10}), list(range(1, 9)))
        for r in rows:
            self.assertFalse(str(r[-1] or "").startswith("- "), "a Markdown list marker was left in")
        self.assertNotIn("Sadaļas statuss", header(ws))  # review edition only

    def test_every_sheet_links_to_contents_and_back(self):
        contents = self.wb["Saturs"]
        targets = [c.hyperlink.location for row in contents.iter_rows(min_row=3) for c in row if c.hyperlink]
        self.assertEqual(targets, [f"'{n}'!A1" for n in POLICY_SHEETS[1:]])
        for name in POLICY_SHEETS[1:]:
            link = self.wb[name]["A1"].hyperlink
            self.assertIsNotNone(link, name)
            self.assertEqual(link.location, "'Saturs'!A1")

    def test_frozen_panes_and_filters(self):
        self.assertEqual(self.wb["Uzdevumi"].freeze_panes, "C3")
        self.assertEqual(self.wb["Nosacījumi"].freeze_panes, "B3")
        for name in POLICY_SHEETS[1:]:
            self.assertTrue(self.wb[name].auto_filter.ref, f"{name} has no autofilter")
        self.assertEqual(self.wb["Uzdevumi"].auto_filter.ref, "A2:N34")  # public: no confidence, no note

    def test_print_setup(self):
        for name in POLICY_SHEETS:
            ws = self.wb[name]
            self.assertEqual(ws.page_setup.orientation, "landscape", name)
            self.assertEqual(str(ws.page_setup.paperSize), "9", name)
            self.assertTrue(ws.sheet_properties.pageSetUpPr.fitToPage, name)
            self.assertIn(ws.page_setup.fitToWidth, (None, 1), name)  # 1 is the default, left out
            self.assertEqual(ws.page_setup.fitToHeight, 0, name)
            self.assertEqual(ws.print_title_rows.replace("$", ""), "2:2", name)
            self.assertIn("&A", ws.oddFooter.left.text or "", name)
            self.assertIn("&P", ws.oddFooter.right.text or "", name)

    def test_widths_and_wrapped_heights(self):
        ws = self.wb["Jēdzieni"]
        # The definitions column is the widest, narrowed so that the sheet prints at 9 pt.
        # The table's columns: those with a header (the public edition leaves out empty ones
        # and gives their width back to the others).
        widths = {c.column_letter: ws.column_dimensions[c.column_letter].width for c in ws[2] if c.value}
        self.assertEqual(max(widths, key=widths.get), "B")
        self.assertLessEqual(sum(widths.values()), 124 + len(widths) * 0.72)  # libxlsxwriter pads each column
        self.assertGreaterEqual(sum(widths.values()), 118, "the table leaves much of the page's width unused")
        tall = [i for i in range(3, ws.max_row + 1) if (ws.row_dimensions[i].height or 15) > 15]
        self.assertTrue(tall, "no row is taller than one line")

    def test_long_texts_go_on_below_instead_of_past_excel_s_largest_row(self):
        # S2-4's description is longer than 409 points of text: its rows, each with its code,
        # hold it whole, to its last item.
        ws = self.wb["Spējas un resursi"]
        for sheet in self.wb:
            heights = [sheet.row_dimensions[i].height or 0 for i in range(1, sheet.max_row + 1)]
            self.assertLessEqual(max(heights), 409, sheet.title)
        rows = [i for i in range(3, ws.max_row + 1) if ws.cell(i, 1).value == "S2-4"]
        self.assertGreater(len(rows), 1)
        text = "\n".join(ws.cell(i, 4).value or "" for i in rows)
        self.assertIn("Izpausmes:", text)
        self.assertIn("veselā saprāta", text.split("Izpausmes:")[1])

    def test_fixed_properties(self):
        p = self.wb.properties
        self.assertEqual(p.title, "Pakalpojumu pārvaldības politika")
        self.assertEqual(p.creator, "VARAM")
        self.assertEqual(p.subject, "PVPP2024–2027 1. pielikums")
        self.assertIn("pakalpojumu pārvaldība", p.keywords)
        # data/site.toml's created date is unknown: a fixed technical date, not the plan's.
        self.assertEqual(p.created, datetime.datetime(1980, 1, 1))

    def test_no_corpus_text_is_a_formula(self):
        for ws in self.wb.worksheets:
            for row in ws.iter_rows():
                for c in row:
                    self.assertNotEqual(c.data_type, "f", f"{ws.title}!{c.coordinate}")


class WorkplanWorkbook(unittest.TestCase):
    def setUp(self):
        self.wb = book(WORKPLAN)

    def test_sheet_names(self):
        self.assertEqual(self.wb.sheetnames, WORKPLAN_SHEETS)

    def test_every_measure_at_level_two(self):
        ws = self.wb["Darba plāns"]
        by_level = {}
        for i in range(3, ws.max_row + 1):
            by_level.setdefault(ws.row_dimensions[i].outline_level, []).append(ws.cell(i, 1).value)
        self.assertEqual(by_level[1], [f"RV{n}" for n in range(1, 8)])
        self.assertEqual(by_level[2], MEASURES)
        self.assertTrue(by_level.get(3), "no sub-activity at level 3")

    def test_dates_and_percent(self):
        ws = self.wb["Darba plāns"]
        # The public edition leaves out the columns empty in every row (results, indicators today).
        head = header(ws)
        start, done = head.index("Sākums") + 1, head.index("Izpilde") + 1
        self.assertEqual(head[start - 1:done], ["Sākums", "Beigas", "Plānotais periods (mēneši)", "Ilgums (dienas)",
                                                "Izpilde"])
        dates = [ws.cell(i, start).value for i in range(3, ws.max_row + 1) if ws.cell(i, start).value is not None]
        self.assertTrue(dates and all(isinstance(d, datetime.datetime) for d in dates))
        self.assertTrue(all(ws.cell(i, start).number_format == "dd.mm.yyyy" for i in range(3, ws.max_row + 1)))
        p1_1 = next(i for i in range(3, ws.max_row + 1) if ws.cell(i, 1).value == "P1.1")
        self.assertAlmostEqual(ws.cell(p1_1, done).value, 0.99)
        self.assertEqual(ws.cell(p1_1, done).number_format, "0%")

    def test_milestones_and_planned_periods(self):
        ws = self.wb["Darba plāns"]
        head = header(ws)
        name, start, period = 2, head.index("Sākums") + 1, head.index("Plānotais periods (mēneši)") + 1
        # The chart's milestones come first, with no outline level; only "Gada beigas" has a readable date.
        milestones = {ws.cell(i, name).value: ws.cell(i, start).value for i in range(3, ws.max_row + 1)
                      if ws.row_dimensions[i].outline_level == 0}
        self.assertEqual(milestones, {"Gada beigas": datetime.datetime(2024, 12, 31), "PVPP beigas": None,
                                      "PVPP 2024-2027 apstiprināšana": None})
        # P1.1's chart label "(05.-07.24)" gives months only.
        p1_1 = next(i for i in range(3, ws.max_row + 1) if ws.cell(i, 1).value == "P1.1")
        self.assertEqual(ws.cell(p1_1, period).value, "05.2024–07.2024")

    def test_gantt_months_and_rules(self):
        ws = self.wb["Ganta diagramma"]
        months = [c.value for c in ws[3]][5:]
        self.assertEqual(len(months), 48)
        self.assertEqual(months[:2], ["01", "02"])
        self.assertEqual([ws.cell(2, 6 + 12 * y).value for y in range(4)], ["2024", "2025", "2026", "2027"])
        rules = list(ws.conditional_formatting)
        self.assertEqual(len(rules), 48)
        self.assertTrue(all(len(r.rules) == 2 for r in rules))
        self.assertEqual(ws.freeze_panes, "C4")
        # P1.1 is known only as "(05.-07.24)": May to July 2024 are marked dashed, the months around not.
        p1_1 = next(i for i in range(4, ws.max_row + 1) if ws.cell(i, 1).value == "P1.1")
        styles = [ws.cell(p1_1, 6 + m).border.left.style for m in range(3, 8)]
        self.assertEqual(styles, ["thin", "dashed", "dashed", "dashed", "thin"])
        self.assertEqual(ws.print_title_rows.replace("$", ""), "2:3")

    def test_institution_groups_and_exclusions(self):
        ws = self.wb["Iestāžu grupas"]
        groups = data_rows(ws)
        self.assertEqual(len(groups), 6)
        # Table 1 lost its check marks: whom the work plan applies to is unknown (data/institutions.toml),
        # so the public appendix states it nowhere; the sources' column is the review edition's.
        self.assertEqual(header(ws), ["Nr.", "Grupa", "Iestādes", "Politika attiecas", "Piezīmes"])
        self.assertTrue(all(row[3] == "jā" for row in groups))
        exclusions = data_rows(self.wb["Izņēmumi"])
        self.assertTrue(exclusions and exclusions[0][0] == "4.1.5.1")

    def test_fixed_properties(self):
        p = self.wb.properties
        self.assertEqual((p.title, p.creator), ("Darba plāns", "VARAM"))
        # data/site.toml's created date is unknown: a fixed technical date, not the plan's.
        self.assertEqual(p.created, datetime.datetime(1980, 1, 1))


class SelfAssessmentWorkbook(unittest.TestCase):
    def setUp(self):
        self.wb = book(SELF_ASSESSMENT)

    def test_sheets_and_rows(self):
        self.assertEqual(self.wb.sheetnames, ["Saturs", "Iestāde", "Uzdevumi", "Nosacījumi", "Spējas un resursi",
                                              "Kopsavilkums", "Skala", "Grupas"])
        self.assertEqual(len(data_rows(self.wb["Uzdevumi"])), 32)
        self.assertEqual(len(data_rows(self.wb["Nosacījumi"])), 24)
        self.assertGreaterEqual(len(data_rows(self.wb["Spējas un resursi"])), 10)

    def test_rating_drop_down_from_the_scale(self):
        dv = self.wb["Uzdevumi"].data_validations.dataValidation[0]
        self.assertEqual((dv.type, dv.formula1, str(dv.sqref)), ("list", "Skala!$A$3:$A$7", "C3:C34"))
        self.assertEqual([self.wb["Skala"].cell(r, 1).value for r in range(3, 8)], [0, 1, 2, 3, 4])

    def test_institution_cells_and_group_drop_down(self):
        ws = self.wb["Iestāde"]
        self.assertEqual([ws.cell(r, 1).value for r in range(3, 7)],
                         ["Iestādes nosaukums", "Iestāžu grupa (1. tabula)", "Novērtējuma datums",
                          "Novērtētājs (vārds, uzvārds, amats)"])
        dv = ws.data_validations.dataValidation[0]
        self.assertEqual((dv.type, dv.formula1, str(dv.sqref)), ("list", "Grupas!$A$3:$A$8", "B4"))
        groups = [self.wb["Grupas"].cell(r, 1).value for r in range(3, 9)]
        self.assertEqual(groups[0], "1. Valsts tiešās pārvaldes iestādes")
        self.assertEqual(len(groups), 6)

    def test_only_answer_cells_are_unlocked(self):
        for ws in self.wb.worksheets:
            self.assertTrue(ws.protection.sheet, ws.title)
            self.assertFalse(ws.protection.password, ws.title)
            unlocked = {c.coordinate for row in ws.iter_rows() for c in row if not c.protection.locked}
            if ws.title == "Iestāde":
                self.assertEqual(unlocked, {"B3", "B4", "B5", "B6"})
            elif ws.title in ("Uzdevumi", "Nosacījumi", "Spējas un resursi"):
                self.assertEqual({c[0] for c in unlocked}, {"C", "D"}, ws.title)
                self.assertEqual(len(unlocked), 2 * (ws.max_row - 2), ws.title)
            else:
                self.assertEqual(unlocked, set(), ws.title)

    def test_summary_formulas_per_part(self):
        ws = self.wb["Kopsavilkums"]
        self.assertEqual(ws["A3"].value, "Uzdevumi")
        self.assertEqual(ws["B3"].value, "=COUNT('Uzdevumi'!$C$3:$C$34)")
        self.assertEqual(ws["C3"].value, 32)
        self.assertEqual(ws["D4"].value, "=IFERROR(AVERAGE('Nosacījumi'!$C$3:$C$26),\"\")")
        self.assertEqual(ws["D4"].number_format, "0.0")
        self.assertEqual(len(ws._charts), 1)  # the averages as a column chart

    def test_formulas_only_on_the_summary(self):
        for ws in self.wb.worksheets:
            cells = [c for row in ws.iter_rows() for c in row if c.data_type == "f"]
            self.assertEqual(bool(cells), ws.title == "Kopsavilkums", ws.title)

    def test_fixed_properties(self):
        self.assertEqual(self.wb.properties.created, datetime.datetime(1980, 1, 1))
        self.assertEqual(self.wb.properties.creator, "VARAM")


class PortfolioTemplate(unittest.TestCase):
    def setUp(self):
        self.wb = book(PORTFOLIO)

    def test_sheets_and_columns(self):
        self.assertEqual(self.wb.sheetnames, ["Saturs", "Pakalpojumi", "Norādījumi", "Saraksti"])
        ws = self.wb["Pakalpojumi"]
        head = [c.value for c in ws[6]]
        self.assertEqual(head[2], "Pakalpojuma nosaukums")
        self.assertEqual(head[8:11], ["Prioritāte", "Statuss", "Pakalpojuma vadītājs"])
        self.assertIn("E4:H4", [str(r) for r in ws.merged_cells.ranges])
        self.assertEqual(ws["E4"].value, "Pakalpojuma veids")
        self.assertEqual(ws.freeze_panes, "D7")
        self.assertEqual(ws.print_title_rows.replace("$", ""), "4:6")

    def test_examples_are_marked(self):
        ws = self.wb["Pakalpojumi"]
        rows = [[c.value for c in r] for r in ws.iter_rows(min_row=7)]
        self.assertEqual(len(rows), 6)
        self.assertTrue(all(r[11] == "piemērs — izdzēsiet" for r in rows))
        self.assertEqual([r[9] for r in rows],
                         ["plānošanā", "izstrādē", "ieviešanā", "sniegšanā", "likvidēšanā", "likvidēts"])

    def test_priority_status_and_type_drop_downs(self):
        dvs = {dv.formula1: str(dv.sqref) for dv in self.wb["Pakalpojumi"].data_validations.dataValidation}
        self.assertEqual(dvs, {"Saraksti!$A$3:$A$5": "I7:I212", "Saraksti!$B$3:$B$8": "J7:J212",
                               "Saraksti!$C$3:$C$3": "E7:H212"})
        lists = self.wb["Saraksti"]
        self.assertEqual([lists.cell(r, 1).value for r in range(3, 6)], ["augsta", "vidēja", "zema"])

    def test_instructions_quote_the_glossary(self):
        names = [r[0] for r in data_rows(self.wb["Norādījumi"])]
        self.assertIn("Koplietošanas pakalpojums", names)


HYPERLINK = '=HYPERLINK("http://127.0.0.1/x","CLICK")'


@unittest.skipIf(HOSTILE_DIR is None, "no hostile workbooks given")
class FormulaLookingText(unittest.TestCase):
    def test_texts_starting_with_formula_characters_stay_strings(self):
        wb = openpyxl.load_workbook(HOSTILE_DIR / POLICY.name)
        found = {}
        for ws in wb.worksheets:
            for row in ws.iter_rows():
                for c in row:
                    self.assertNotEqual(c.data_type, "f", f"{ws.title}!{c.coordinate}")
                    if c.value in (HYPERLINK, "+A1", "-2+3", "@SUM(A1)"):
                        self.assertEqual(c.data_type, "s")
                        found[c.value] = ws.title
        self.assertEqual(set(found), {HYPERLINK, "+A1", "-2+3", "@SUM(A1)"})


if __name__ == "__main__":
    unittest.main(verbosity=1)
