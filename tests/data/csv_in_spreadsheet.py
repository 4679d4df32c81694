#!/usr/bin/python3
"""The open data's CSV files opened in a spreadsheet: LibreOffice headless (a fresh profile)
converts every CSV of each folder to xlsx, once with its default import (what a double click
does) and once as UTF-8, and openpyxl reads the workbooks back: no cell may be a formula.

Usage: csv_in_spreadsheet.py DATA_DIR [DATA_DIR …] [--expect TEXT …]
Each --expect TEXT must show as the text of some cell ('TEXT, the neutralised form): proof
that the hostile corpus really put formula-looking text in the CSVs.
Run by CTest with /usr/bin/python3 (Debian's, which has openpyxl)."""
import glob
import os
import shutil
import subprocess
import sys
import tempfile

import openpyxl

# Comma, double quote, UTF-8 (76), from line 1: the import a reader picks in the dialog.
IMPORTS = {"default": None, "utf-8": "CSV:44,34,76,1"}


def convert(csvs, work, infilter):
    out = os.path.join(work, "xlsx")
    command = ["soffice", "--headless", f"-env:UserInstallation=file://{work}/profile"]
    if infilter:
        command.append(f"--infilter={infilter}")
    command += ["--convert-to", "xlsx", "--outdir", out] + csvs
    done = subprocess.run(command, capture_output=True, text=True, timeout=600)
    if done.returncode != 0:
        raise SystemExit(f"soffice failed:\n{done.stdout}{done.stderr}")
    return out


def cells_of(book_path):
    book = openpyxl.load_workbook(book_path)
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            yield from row


def check(csvs, infilter, expect):
    """Problems found when LibreOffice imports csvs with infilter; texts of expect seen."""
    problems, seen = [], set()
    with tempfile.TemporaryDirectory(prefix="pvpp-csv-lo-") as work:
        out = convert(csvs, work, infilter)
        for path in csvs:
            book = os.path.join(out, os.path.basename(path)[:-4] + ".xlsx")
            if not os.path.exists(book):
                problems.append(f"LibreOffice wrote no {os.path.basename(book)}")
                continue
            for cell in cells_of(book):
                if cell.data_type == "f":
                    problems.append(f"{os.path.basename(path)} {cell.coordinate} is a formula: {cell.value}")
                seen.update(t for t in expect if isinstance(cell.value, str) and t in cell.value)
    return problems, seen


def main(args):
    expect = [args[i + 1] for i, a in enumerate(args) if a == "--expect"]
    dirs = [a for i, a in enumerate(args) if a != "--expect" and (i == 0 or args[i - 1] != "--expect")]
    if shutil.which("soffice") is None:
        print("needs LibreOffice: apt-get install libreoffice-calc-nogui", file=sys.stderr)
        return 1
    failed, seen, count = False, set(), 0
    for folder in dirs:  # one folder at a time: the folders hold files of the same names
        csvs = sorted(glob.glob(os.path.join(folder, "*.csv")))
        if not csvs:
            print(f"FAIL: no CSV files in {folder}")
            failed = True
        count += len(csvs)
        for name, infilter in IMPORTS.items():
            problems, found = check(csvs, infilter, expect) if csvs else ([], set())
            seen |= found
            for p in problems[:20]:
                print(f"FAIL ({name} import): {p}")
            failed = failed or bool(problems)
    for t in expect:
        if t not in seen:
            print(f"FAIL: no cell holds {t!r}")
            failed = True
    if not failed:
        print(f"{count} CSV files opened in LibreOffice: no formulas")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
