// One function per corpus file kind; each reads a parsed root table into the corpus.
#pragma once
#include "load/table_reader.h"
#include "model/corpus.h"

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

/// Reports raw HTML and refused link or image addresses in a Markdown field (util/html_policy.h).
void check_markdown(const Text& text, Diagnostics& diags);

/// Reports Markdown nested deeper than pvpp publishes (docs/content-format.md, "Limits").
void check_markdown_depth(const Text& text, Diagnostics& diags);

/// Reads a required number that counts from 1 ("1. loma", group 1 …).
int read_number(TableReader& t, std::string_view key);

/// Reads a Markdown field and checks it.
Text read_markdown(TableReader& t, std::string_view key, bool required = false);

}  // namespace pvpp
