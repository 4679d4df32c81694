#include "render/common/text_links.h"

#include <algorithm>

#include "model/record_kinds.h"
#include "render/common/term_linker.h"
#include "render/common/urls.h"

namespace pvpp {

std::vector<LinkSpan> text_link_spans(const std::string& text, bool in_heading, const CorpusIndex& index,
                                      const TermLinker* terms, std::set<std::string>& linked_terms,
                                      const TargetHref& href) {
    std::vector<LinkSpan> spans;
    for (const auto& m : find_kind_codes(text)) {
        SiteTarget target = code_target(index, m.kind, text.substr(m.offset, m.length));
        spans.push_back({m.offset, m.length, target.empty() ? "" : href(target), ""});
    }
    if (!terms || in_heading) { return spans; }
    for (const auto& use : terms->find(text)) {
        bool overlaps = std::any_of(spans.begin(), spans.end(), [&](const LinkSpan& s) {
            return s.offset < use.offset + use.length && use.offset < s.offset + s.length;
        });
        if (overlaps || !linked_terms.insert(use.term_id).second) { continue; }
        const Term* term = index.find<Term>(EntityKind::term, use.term_id);
        spans.push_back(
            {use.offset, use.length, href({url::of(EntityKind::term, use.term_id), ""}), "Jēdziens: " + term->name});
    }
    std::sort(spans.begin(), spans.end(), [](const LinkSpan& a, const LinkSpan& b) { return a.offset < b.offset; });
    return spans;
}

}  // namespace pvpp
