#!/usr/bin/python3
"""Seeds of the xlsx fuzz target: small workbooks written with the standard library (so the
repository holds no binary seeds): shared and inline strings, numbers, a formula, and a
part with a DTD. Usage: xlsx_seeds.py OUT_DIR"""
import sys
import zipfile
from pathlib import Path

NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def workbook(path, sheet_xml, prefix=""):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        z.writestr("xl/workbook.xml", f'<?xml version="1.0"?><workbook {NS} {R}><sheets>'
                   '<sheet name="Uzdevumi" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.'
                   f'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{REL}/worksheet" '
                   f'Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="{REL}/sharedStrings" '
                   'Target="sharedStrings.xml"/></Relationships>')
        z.writestr("xl/sharedStrings.xml", f'<?xml version="1.0"?><sst {NS}><si><t>PU1-1</t></si>'
                   '<si><r><t>Uzde</t></r><r><t>vums</t></r><rPh><t>x</t></rPh></si></sst>')
        z.writestr("xl/worksheets/sheet1.xml", prefix + f'<worksheet {NS}><sheetData>{sheet_xml}</sheetData></worksheet>')


def main():
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    cells = ('<row r="3"><c r="A3" t="s"><v>0</v></c><c r="B3" t="s"><v>1</v></c><c r="C3"><v>3</v></c>'
             '<c r="D3" t="inlineStr"><is><t>=HYPERLINK("x")</t></is></c><c r="E3"><f>1+1</f><v>2</v></c></row>')
    workbook(out / "1.xlsx", cells)
    workbook(out / "2.xlsx", '<row><c><v>1</v></c><c t="b"><v>1</v></c></row>')
    workbook(out / "3.xlsx", "", '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY b "c">]>')


if __name__ == "__main__":
    main()
