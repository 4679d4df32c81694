#!/usr/bin/python3
"""SYNTHETIC self-assessment workbooks for tests and the benchmark (not real institutions).

Fills pvpp's own blank template (output/xlsx/pasnovertejums.xlsx) with openpyxl as an
institution would: name, Table 1 group, date, assessor, a seeded random rating 0–4 (some
left blank) and a note per row. Every institution is named "Sintētiska iestāde NNN" and
the workbook's description says SINTĒTISKI DATI. Also writes iestades.txt, the list of
institutions expected to answer (with a few that send nothing).

  make_filled.py TEMPLATE OUT_DIR [--count N] [--seed S] [--missing M]
  make_filled.py TEMPLATE OUT_DIR --mistake KIND    # one good workbook and one bad one

The kinds of --mistake are the keys of MISTAKES below.
"""
import argparse
import datetime
import io
import random
import shutil
import sys
import zipfile
from pathlib import Path

import openpyxl

SYNTHETIC = "SINTĒTISKI DATI: izveidoti testiem (tests/assessments/make_filled.py)"
NOTES = ["", "", "", "Process aprakstīts, bet netiek uzraudzīts.", "Trūkst atbildīgā darbinieka.",
         "Ieviests vienā struktūrvienībā.", "Plānots 2026. gadā.", "Nav pietiekama finansējuma.",
         "Jāsaskaņo ar nozares ministriju.", "Ievieš kopā ar VARAM."]
# Notes an attacker or a careless copy might leave: shown as text, never run as formulas.
HOSTILE_NOTES = ['=HYPERLINK("http://example.invalid","klikšķini")', "=cmd|' /C calc'!A0", "+1+1", "@SUM(A1)"]
PARTS = ["Uzdevumi", "Nosacījumi", "Spējas un resursi"]


def group_labels(wb):
    ws = wb["Grupas"]
    return [ws.cell(r, 1).value for r in range(3, ws.max_row + 1) if ws.cell(r, 1).value]


def name_of(n):
    return f"Sintētiska iestāde {n:03d}"


def fill(template, path, n, rng, groups, name=None):
    """Fills a template (a path, or a loaded workbook to refill: every answer cell is set)."""
    wb = openpyxl.load_workbook(template) if isinstance(template, (str, Path)) else template
    wb.properties.description = SYNTHETIC
    info = wb["Iestāde"]
    info["B3"] = name or name_of(n)
    info["B3"].data_type = "s"  # a name that starts with "=" is text, as Excel keeps it when typed after '
    info["B4"] = groups[n % len(groups)]
    info["B5"] = datetime.date(2026, 1 + rng.randrange(6), 1 + rng.randrange(28))
    info["B6"] = f"Sintētisks novērtētājs {n:03d}, kvalitātes vadītājs"
    for sheet in PARTS:
        ws = wb[sheet]
        for row in range(3, ws.max_row + 1):
            if not ws.cell(row, 1).value:
                continue
            rated = rng.random() > 0.05
            ws.cell(row, 3).value = rng.choice([0, 1, 1, 2, 2, 2, 3, 3, 3, 4]) if rated else None
            ws.cell(row, 4).value = rng.choice(NOTES) or None
    # One note typed as a formula, one as text that merely starts with "=".
    if n % 7 == 0:
        wb["Uzdevumi"]["D4"] = HOSTILE_NOTES[0]            # openpyxl stores it as a formula
        cell = wb["Nosacījumi"]["D3"]
        cell.value = HOSTILE_NOTES[1]
        cell.data_type = "s"                              # … and this one as a string
    wb.save(path)
    return wb


def edit(path, sheet, ref, value, as_text=False):
    wb = openpyxl.load_workbook(path)
    wb[sheet][ref] = value
    if as_text:
        wb[sheet][ref].data_type = "s"
    wb.save(path)


def replace_part(path, part, transform):
    """Rewrites one part of the archive (the others copied as they are)."""
    src = zipfile.ZipFile(path)
    items = [(i, src.read(i.filename)) for i in src.infolist()]
    src.close()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info, data in items:
            out.writestr(info.filename, transform(data) if info.filename == part else data)


def sheet_part(path, name):
    wb = openpyxl.load_workbook(path)
    return f"xl/worksheets/sheet{wb.sheetnames.index(name) + 1}.xml"


def mistake_rating_out_of_range(d, t, rng, g):
    fill(t, d / "VARAM.xlsx", 2, rng, g)
    edit(d / "VARAM.xlsx", "Uzdevumi", "C14", 5)


def mistake_rating_not_a_number(d, t, rng, g):
    fill(t, d / "VARAM.xlsx", 2, rng, g)
    edit(d / "VARAM.xlsx", "Uzdevumi", "C14", "daudz")


def mistake_unknown_code(d, t, rng, g):
    fill(t, d / "VARAM.xlsx", 2, rng, g)
    edit(d / "VARAM.xlsx", "Nosacījumi", "A3", "N99-1")


def mistake_renamed_row(d, t, rng, g):
    fill(t, d / "VARAM.xlsx", 2, rng, g)
    edit(d / "VARAM.xlsx", "Uzdevumi", "B3", "Vecais uzdevuma nosaukums")


def mistake_missing_sheet(d, t, rng, g):
    wb = fill(t, d / "VARAM.xlsx", 2, rng, g)
    del wb["Spējas un resursi"]
    wb.save(d / "VARAM.xlsx")


def mistake_not_from_template(d, t, rng, g):
    wb = openpyxl.Workbook()
    wb.active.title = "Uzdevumi"
    wb.active["A3"] = "PU1-1"
    wb.save(d / "VARAM.xlsx")


def mistake_wrong_labels(d, t, rng, g):
    fill(t, d / "VARAM.xlsx", 2, rng, g)
    edit(d / "VARAM.xlsx", "Iestāde", "A3", "Nosaukums")


def mistake_two_for_one(d, t, rng, g):
    fill(t, d / "VARAM-2.xlsx", 2, rng, g, name=name_of(1))


def mistake_bad_group(d, t, rng, g):
    fill(t, d / "VARAM.xlsx", 2, rng, g)
    edit(d / "VARAM.xlsx", "Iestāde", "B4", "7. Citas")


def mistake_corrupt(d, t, rng, g):
    fill(t, d / "VARAM.xlsx", 2, rng, g)
    data = (d / "VARAM.xlsx").read_bytes()
    (d / "VARAM.xlsx").write_bytes(data[: len(data) // 2])


def mistake_not_xlsx(d, t, rng, g):
    (d / "VARAM.xlsx").write_text("Iestāde;Vērtējums\nVARAM;3\n", encoding="utf-8")


def ole_container(streams):
    """A minimal OLE compound file (the container Office saves a password-protected .xlsx
    in: EncryptionInfo and EncryptedPackage streams), its streams empty."""
    import struct
    free, end, fat = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD
    header = (b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + bytes(16) + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
              + bytes(6) + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, end, 0, end, 0)
              + struct.pack("<I", 0) + struct.pack("<I", free) * 108)
    fat_sector = struct.pack("<II", fat, end) + struct.pack("<I", free) * 126

    def entry(name, kind, left=free, right=free, child=free):
        n = (name + "\0").encode("utf-16-le")
        return (n.ljust(64, b"\0") + struct.pack("<HBB", len(n), kind, 1) + struct.pack("<III", left, right, child)
                + bytes(16) + bytes(4) + bytes(16) + struct.pack("<II", end, 0) + bytes(4))
    entries = [entry("Root Entry", 5, child=1)]
    for i, name in enumerate(streams):
        entries.append(entry(name, 2, right=i + 2 if i + 1 < len(streams) else free))
    directory = b"".join(entries).ljust(512, b"\0")
    return header + fat_sector + directory


def mistake_password(d, t, rng, g):
    (d / "VARAM.xlsx").write_bytes(ole_container(["EncryptionInfo", "EncryptedPackage"]))


def mistake_zip_bomb(d, t, rng, g):
    fill(t, d / "VARAM.xlsx", 2, rng, g)
    # 40 MB of spaces after the root element: legal XML, a few kilobytes packed.
    replace_part(d / "VARAM.xlsx", sheet_part(d / "VARAM.xlsx", "Uzdevumi"), lambda x: x + b" " * (40 << 20))


def mistake_entity_expansion(d, t, rng, g):
    fill(t, d / "VARAM.xlsx", 2, rng, g)
    laughs = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
              + b"".join(b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
                         for i in range(1, 10)) + b"]>")
    def poison(x):
        body = x[x.index(b"?>") + 2:] if x.startswith(b"<?xml") else x
        return laughs + body.replace(b"<v>", b"<v>&lol9;", 1)
    replace_part(d / "VARAM.xlsx", sheet_part(d / "VARAM.xlsx", "Uzdevumi"), poison)


def mistake_huge_sheet(d, t, rng, g):
    fill(t, d / "VARAM.xlsx", 2, rng, g)
    rows = b"".join(b'<row r="%d"><c r="E%d"><v>1</v></c><c r="F%d"><v>1</v></c></row>' % (r, r, r)
                    for r in range(100, 50200))
    replace_part(d / "VARAM.xlsx", sheet_part(d / "VARAM.xlsx", "Uzdevumi"),
                 lambda x: x.replace(b"</sheetData>", rows + b"</sheetData>"))


def mistake_formula_rating(d, t, rng, g):
    fill(t, d / "VARAM.xlsx", 2, rng, g)
    edit(d / "VARAM.xlsx", "Uzdevumi", "C14", "=2+2")


def mistake_long_name(d, t, rng, g):
    fill(t, d / "VARAM.xlsx", 2, rng, g, name="Sintētiska iestāde " + "ļ" * 190)


def mistake_long_note(d, t, rng, g):
    fill(t, d / "VARAM.xlsx", 2, rng, g)
    edit(d / "VARAM.xlsx", "Nosacījumi", "D5", "ā" * 32767)  # openpyxl stops at a cell's limit …
    long = b"&#257;" * 32767  # openpyxl writes it as an inline string of character references
    replace_part(d / "VARAM.xlsx", sheet_part(d / "VARAM.xlsx", "Nosacījumi"),
                 lambda x: x.replace(long, long + b"&#257;"))  # … a file need not


MISTAKES = {k[len("mistake_"):]: v for k, v in globals().items() if k.startswith("mistake_")}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("template")
    ap.add_argument("out")
    ap.add_argument("--count", type=int, default=12)
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--missing", type=int, default=2)
    ap.add_argument("--mistake", choices=sorted(MISTAKES))
    a = ap.parse_args()
    out = Path(a.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    rng = random.Random(a.seed)
    groups = group_labels(openpyxl.load_workbook(a.template))
    if a.mistake:
        fill(a.template, out / "AAA-labs.xlsx", 1, rng, groups)
        MISTAKES[a.mistake](out, a.template, rng, groups)
        return
    template = openpyxl.load_workbook(a.template)  # loaded once, refilled for each institution
    # Two names that make awkward file names and pages: a device name, a formula and a tag.
    awkward = {2: "NUL", 3: "=cmd|' /C calc'!A0 <script>"} if a.count >= 3 else {}
    names = []
    for n in range(1, a.count + 1):
        names.append(awkward.get(n, name_of(n)))
        fill(template, out / f"iestade-{n:03d}.xlsx", n, rng, groups, name=names[-1])
    names += [name_of(n) for n in range(a.count + 1, a.count + a.missing + 1)]
    # With a byte order mark and Windows line ends, as Notepad or Excel would save it.
    (out / "iestades.txt").write_text("\n".join(names) + "\n# " + SYNTHETIC + "\n", encoding="utf-8-sig",
                                      newline="\r\n")


if __name__ == "__main__":
    sys.exit(main())
