// One function per corpus file kind; each reads a parsed root table into the corpus.
#pragma once
#include "load/provenance_reader.h"
#include "load/table_reader.h"
#include "model/corpus.h"
#include "util/markdown_parser.h"

namespace pvpp {

void load_terms(TableReader& root, Corpus& corpus);
void load_principles(TableReader& root, Corpus& corpus);
void load_scales(TableReader& root, Corpus& corpus);
void load_levels(TableReader& root, Corpus& corpus);
void load_stages(TableReader& root, Corpus& corpus);
void load_roles(TableReader& root, Corpus& corpus);
void load_task(TableReader& root, const std::string& file_code, Corpus& corpus);
void load_card(TableReader& root, const std::string& file_code, Corpus& corpus);
void load_conditions(TableReader& root, Corpus& corpus);
void load_capabilities(TableReader& root, Corpus& corpus);
void load_competences(TableReader& root, Corpus& corpus);
void load_technologies(TableReader& root, Corpus& corpus);
void load_workplan(TableReader& root, Corpus& corpus);
void load_institutions(TableReader& root, Corpus& corpus);
void load_site(TableReader& root, Corpus& corpus);
/// The records of a kind with no struct of its own, field by field as its descriptor lists them.
/// A work-plan row's start, end, duration_days, done and period, checked.
Schedule read_schedule(TableReader& t);

void load_generic(TableReader& root, EntityKind kind, Corpus& corpus);

/// Reports raw HTML and refused link or image addresses in a Markdown field (util/html_policy.h),
/// and Markdown nested too deep.
void check_markdown(const Text& text, Diagnostics& diags);

/// The same checks on text already parsed into doc (parse_markdown), for code that parses
/// it anyway: a content folder's renderer checks each page on the parse it renders.
void check_markdown_tree(const Text& text, cmark_node* doc, Diagnostics& diags);

/// Reports Markdown (the parsed doc of text) nested deeper than pvpp publishes
/// (docs/content-format.md, "Limits").
void check_markdown_depth(const Text& text, cmark_node* doc, Diagnostics& diags);

/// Reads a required number that counts from 1 ("1. loma", group 1 …).
int read_number(TableReader& t, std::string_view key);

/// Reads a Markdown field and checks it.
Text read_markdown(TableReader& t, std::string_view key, bool required = false);

}  // namespace pvpp
