// The content of the pages the live site has, free of any theme: what each section
// holds, with links as site targets. The site renders it into its chapter pages, the
// CMS fragments into plain HTML with links to the live site.
#pragma once
#include <string>
#include <vector>

#include "model/corpus.h"
#include "render/common/code_links.h"
#include "validate/corpus_index.h"

namespace pvpp {

/// A run of text, a link when its target is not empty.
struct TextRun {
    std::string text;
    SiteTarget target;
};
using Inline = std::vector<TextRun>;

enum class DiagramKind { role_grid, task_map, condition_wheel };

struct ContentBlock {
    enum class Kind {
        heading,    ///< a record's title inside a section (h3), with its live anchor
        paragraph,  ///< one line of text
        markdown,   ///< a Markdown field of the corpus
        list,       ///< a bulleted list
        diagram,    ///< a picture made from the data
        gap,        ///< what the corpus does not have yet
        more,       ///< a link to the record's own page (only this site has those)
    };
    Kind kind = Kind::paragraph;
    std::string id;            ///< heading: its live anchor, "" for none
    Inline text;               ///< heading, paragraph, gap, more
    const Text* markdown = nullptr;
    std::vector<Inline> items;  ///< list
    DiagramKind diagram = DiagramKind::role_grid;
    bool inferred = false;  ///< heading: the record's code is inferred, not stated by the seeds
    bool unconfirmed = false;  ///< a value its source does not confirm: only the review edition shows it
};

struct ContentSection {
    std::string id;       ///< the live anchor, "" for none
    std::string heading;  ///< "" for the untitled start of a page
    std::vector<ContentBlock> blocks;
};

/// A page of the live site: where it lives and what it says.
struct PageContent {
    std::string slug;  ///< lv/<slug>
    std::string title;
    std::vector<ContentSection> sections;
};

/// A chapter page of data/site.toml: its titled sections, then the records it shows.
PageContent chapter_content(const Corpus& corpus, const CorpusIndex& index, const LivePage& page);

/// A capability or resource with its own live page: its description, then each sub-item
/// (S2-4) under its live anchor.
PageContent capability_content(const Corpus& corpus, const Capability& capability);

/// Every page the live site has, in the site's order: the chapter pages of
/// data/site.toml, the capabilities and resources with a live slug, the prose pages
/// marked live.
std::vector<PageContent> live_pages(const Corpus& corpus, const CorpusIndex& index);

/// Latvian label of the level group of a task: 1, 2 or 3.
const char* task_group_name(int group);

}  // namespace pvpp
