#!/usr/bin/python3
"""Checks output/data/ of `pvpp build` against the corpus it was built from.

Usage: check_open_data.py OUTPUT_DATA_DIR SOURCE_ROOT

- pvpp.json validates against pvpp.schema.json (draft 2020-12, python3-jsonschema);
- every reference (x-refers-to) names a record of the table it refers to;
- the number of records of each kind, and the codes, equal what this script reads
  from content/ and data/ itself with tomllib, not through pvpp;
- every CSV starts with the UTF-8 byte order mark, reads back with Python's csv
  module to exactly the JSON's values (Latvian letters intact; a value that begins with
  = + - @, a tab or a carriage return has a single quote before it, as OWASP advises),
  and is byte for byte RFC 4180 with minimal quoting and CRLF line ends, those values
  always in quotes.
Run by CTest with /usr/bin/python3 (Debian's, which has jsonschema and tomllib).
"""
import csv
import glob
import io
import json
import os
import re
import sys
import tomllib

import jsonschema

failures = []


def fail(message):
    failures.append(message)
    print("FAIL: " + message, file=sys.stderr)


def toml(root, path):
    with open(os.path.join(root, path), "rb") as f:
        return tomllib.load(f)


def corpus_records(root):
    """Records per table, read straight from the TOML and Markdown files."""
    content = lambda name: toml(root, "content/" + name)
    capabilities = content("capabilities.toml")
    conditions = content("conditions.toml")
    workplan = toml(root, "data/workplan.toml")
    institutions = toml(root, "data/institutions.toml")
    tasks = [toml(root, p) for p in sorted(glob.glob(os.path.join(root, "content/tasks/*.toml")))]
    cards = [toml(root, p) for p in sorted(glob.glob(os.path.join(root, "content/cards/*.toml")))]
    return {
        "terms": content("terms.toml").get("term", []),
        "principles": content("principles.toml").get("principle", []),
        "scales": content("scales.toml").get("scale", []),
        "levels": content("levels.toml").get("level", []),
        "task_groups": content("levels.toml").get("task_group", []),
        "stages": content("stages.toml").get("stage", []),
        "roles": content("roles.toml").get("role", []),
        "tasks": tasks,
        "cards": cards,
        "condition_groups": conditions.get("group", []),
        "conditions": conditions.get("condition", []),
        "capabilities": capabilities.get("capability", []) + capabilities.get("resource", []),
        "competences": content("competences.toml").get("competence", []),
        "technologies": content("technologies.toml").get("technology", []),
        "milestones": workplan.get("milestone", []),
        "action_lines": workplan.get("line", []),
        "measures": workplan.get("measure", []),
        "institution_groups": institutions.get("group", []),
        "exclusions": institutions.get("exclusion", []),
        # The public edition's open data leaves out the maintainer's page (the editor's guide).
        "pages": [p for p in glob.glob(os.path.join(root, "content/pages/*.md"))
                  if os.path.basename(p) != "redaktora-celvedis.md"],
    }


def sub_record_counts(records):
    """Lists of sub-records, counted from the TOML: the child CSVs must have as many rows."""
    # The public edition's open data holds only confirmed cells: an inferred one ("L?") is left out.
    matrix = sum(len([k for k, v in t.get("matrix", {}).items() if k not in ("confidence", "note") and not v.endswith("?")])
                 for t in records["tasks"])
    return {
        "tasks_matrix": matrix,
        "roles_carriers": sum(len(r.get("carrier", [])) for r in records["roles"]),
        "cards_duties_roles": sum(len(c.get("duties", {}).get("role", [])) for c in records["cards"]),
        "measures_activities": sum(len(m.get("activity", [])) for m in records["measures"]),
    }


def check_schema(data, schema):
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
    for error in sorted(validator.iter_errors(data), key=lambda e: list(e.path)):
        fail(f"pvpp.json{error.json_path[1:]}: {error.message}")


def check_counts(data, records):
    for table, rows in records.items():
        if len(data.get(table, [])) != len(rows):
            fail(f"pvpp.json has {len(data.get(table, []))} {table}, the corpus {len(rows)}")
    for table in ("tasks", "conditions", "capabilities", "action_lines", "measures"):
        want = sorted(r["code"] for r in records[table])
        got = sorted(r["code"] for r in data[table])
        if want != got:
            fail(f"{table}: codes differ from the corpus: {sorted(set(want) ^ set(got))}")
    check_plan_parts(data, records)


def check_plan_parts(data, records):
    """The milestones and the task levels' roles carry the corpus's values, not just its count."""
    want = [(m["name"], str(m["date"]) if "date" in m else None, m.get("done")) for m in records["milestones"]]
    got = [(m["name"], m["date"], m["done_percent"]) for m in data["milestones"]]
    if want != got:
        fail(f"milestones differ from data/workplan.toml: {want} != {got}")
    want = [(g["group"], g["roles"]) for g in records["task_groups"]]
    got = [(g["group"], g["roles"]) for g in data["task_groups"]]
    if want != got:
        fail(f"task_groups differ from content/levels.toml: {want} != {got}")
    for row in data["milestones"] + data["task_groups"]:
        if row["provenance"]["status"] is None:
            fail(f"{row}: no provenance status")


def references(schema_node, path=()):
    """(path of field names, referenced table) for every x-refers-to below a record schema."""
    for name, prop in schema_node.get("properties", {}).items():
        target = prop.get("x-refers-to") or prop.get("items", {}).get("x-refers-to")
        if target:
            yield path + (name,), target
        if prop.get("type") == "object":
            yield from references(prop, path + (name,))
        if prop.get("type") == "array" and prop["items"].get("type") == "object":
            yield from references(prop["items"], path + (name, "[]"))


def values_at(record, path):
    if not path:
        yield record
        return
    head, rest = path[0], path[1:]
    if head == "[]":
        for item in record:
            yield from values_at(item, rest)
    elif record.get(head) is not None:
        yield from values_at(record[head], rest)


def check_references(data, schema):
    defs = schema["$defs"]
    table_of = {p["items"]["$ref"].split("/")[-1]: t for t, p in schema["properties"].items() if "items" in p}
    keys = {table_of[d]: {r[defs[d]["x-key"]] for r in data[table_of[d]]} for d in defs}
    for record_name, record_schema in defs.items():
        table = table_of[record_name]
        for path, target in references(record_schema):
            for record in data[table]:
                for value in values_at(record, path):
                    for v in value if isinstance(value, list) else [value]:
                        if v not in keys[target]:
                            fail(f"{table} {record[record_schema['x-key']]}: {'.'.join(path)} names '{v}', not in {target}")


def columns(record_schema, prefix=""):
    """CSV columns of a record: objects flattened to a.b, lists of sub-records left out."""
    out = []
    for name, prop in record_schema["properties"].items():
        if prop.get("type") == "object":
            out += columns(prop, prefix + name + ".")
        elif not (prop.get("type") == "array" and prop["items"].get("type") == "object"):
            out.append(prefix + name)
    return out


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def as_cell(value):
    text = plain_cell(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def plain_cell(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "; ".join(plain_cell(v) for v in value)
    return str(value)


def lookup(record, column):
    for part in column.split("."):
        record = record[part]
    return record


def written(rows):
    """The rows with RFC 4180 minimal quoting (as csv.writer quotes) and CRLF line ends; a
    neutralised formula ('=…) always in quotes."""
    def field(f):
        forced = f.startswith("'") and f[1:].startswith(FORMULA_START)
        return '"' + f.replace('"', '""') + '"' if forced or re.search(r'[,"\r\n]', f) else f
    return "".join(",".join(field(f) for f in row) + "\r\n" for row in rows)


def read_csv(path):
    with open(path, "rb") as f:
        raw = f.read()
    if not raw.startswith(b"\xef\xbb\xbf"):
        fail(f"{os.path.basename(path)}: no UTF-8 byte order mark")
    text = raw.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if written(rows) != text:
        fail(f"{os.path.basename(path)}: not RFC 4180 with minimal quoting and CRLF line ends")
    return rows


def check_csv(out, name, header, records):
    path = os.path.join(out, name + ".csv")
    if not os.path.exists(path):
        fail(f"{name}.csv missing")
        return
    rows = read_csv(path)
    if rows[0] != header:
        fail(f"{name}.csv: header {rows[0]}, expected {header}")
        return
    if len(rows) - 1 != len(records):
        fail(f"{name}.csv has {len(rows) - 1} rows, pvpp.json {len(records)}")
    for number, (row, record) in enumerate(zip(rows[1:], records), start=2):
        want = [as_cell(record[c]) if c in record else as_cell(lookup(record, c)) for c in header]
        if row != want:
            fail(f"{name}.csv line {number}: {row} != {want}")
            return


def check_csvs(out, data, schema, sub_counts):
    defs = schema["$defs"]
    for table, prop in schema["properties"].items():
        if "items" not in prop:
            continue
        record_schema = defs[prop["items"]["$ref"].split("/")[-1]]
        check_csv(out, table, columns(record_schema), data[table])
        key = record_schema["x-key"]
        owner = key if record_schema["properties"][key].get("x-refers-to") else prop["items"]["$ref"].split("/")[-1]
        for path, item_schema in sub_lists(record_schema):
            name = table + "_" + "_".join(path)
            children = [dict({owner: r[key]}, **item) for r in data[table] for item in lookup(r, ".".join(path))]
            check_csv(out, name, [owner] + columns(item_schema), children)
            if name in sub_counts and len(children) != sub_counts[name]:
                fail(f"{name}: {len(children)} sub-records, the corpus has {sub_counts[name]}")


def sub_lists(record_schema, path=()):
    for name, prop in record_schema["properties"].items():
        if prop.get("type") == "object":
            yield from sub_lists(prop, path + (name,))
        if prop.get("type") == "array" and prop["items"].get("type") == "object":
            yield path + (name,), prop["items"]


def main(out, root):
    with open(os.path.join(out, "pvpp.json"), encoding="utf-8") as f:
        data = json.load(f)
    with open(os.path.join(out, "pvpp.schema.json"), encoding="utf-8") as f:
        schema = json.load(f)
    records = corpus_records(root)
    check_schema(data, schema)
    check_counts(data, records)
    check_references(data, schema)
    check_csvs(out, data, schema, sub_record_counts(records))
    # Latvian letters are written as they are: the only \u escapes are control characters.
    with open(os.path.join(out, "pvpp.json"), encoding="utf-8") as f:
        text = f.read()
    if re.search(r"\\u(?!00[01][0-9a-f]|202[89])", text) or "Mērāmība un kontrolējamība" not in text:
        fail("pvpp.json escapes Latvian letters")
    if failures:
        print(f"{len(failures)} check(s) failed", file=sys.stderr)
        return 1
    print(f"open data: {sum(len(v) for v in records.values())} records in {len(records)} tables, all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
