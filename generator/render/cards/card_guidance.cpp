#include "render/cards/card_guidance.h"

#include <algorithm>

#include "render/common/urls.h"
#include "util/text.h"

namespace pvpp {
namespace {

struct FlagMeaning {
    const char* flag;
    const char* symbol;
};

// The flags docs/content-format.md allows; the seeds keep this legend but lost the marks.
const FlagMeaning k_competence_flags[] = {{"obligāti iegūstama", "●"}, {"deleģējama", "◐"}};
const FlagMeaning k_technology_flags[] = {{"valstī obligāti centralizēti nodrošināma", "■"},
                                          {"centralizēti nodrošināma", "□"}};

bool flag_used(const CardLinks& links, const std::vector<Ref>& refs, EntityKind kind, const char* flag) {
    return std::any_of(refs.begin(), refs.end(), [&](const Ref& r) {
        auto* item = links.ctx().index.find<CatalogueItem>(kind, r.id);
        return item && item->flag == flag;
    });
}

// The review edition explains every mark the seed's legend has, and "?" for the marks the seeds
// lost; the public one only the marks its list shows (none: no legend).
template <std::size_t N>
std::string legend(const FlagMeaning (&flags)[N], const CardLinks& links, const std::vector<Ref>& refs,
                   EntityKind kind) {
    bool review = shows_gaps(links.ctx().config.edition);
    std::vector<std::string> entries;
    for (const auto& f : flags) {
        if (!review && !flag_used(links, refs, kind, f.flag)) { continue; }
        entries.push_back("<span class=\"flag\">" + std::string(f.symbol) + "</span> " + f.flag);
    }
    if (review) {
        entries.push_back("<span class=\"flag flag-unknown\">?</span> " + std::string(review_text::k_flag_unknown));
    }
    return entries.empty() ? "" : "<p class=\"legend\">" + join(entries, " · ") + "</p>";
}

std::string catalogue(const CardLinks& links, const std::vector<Ref>& refs, EntityKind kind) {
    std::string html;
    for (const auto& r : refs) {
        auto* item = links.ctx().index.find<CatalogueItem>(kind, r.id);
        if (!item) { continue; }
        const std::string& flag = item->flag;
        std::string unknown = shows_gaps(links.ctx().config.edition)
                                  ? "<span class=\"flag flag-unknown\" title=\"" +
                                        std::string(review_text::k_flag_unknown) + "\">?</span> "
                                  : "";
        std::string mark = flag.empty() ? unknown
                                        : "<span class=\"flag\" title=\"" + html_escape(flag) + "\">" +
                                              flag_symbol(flag) + "</span> ";
        html += "<li>" + mark + links.link(item->name, url::of(kind, r.id)) + "</li>";
    }
    return html.empty() ? "" : "<ul class=\"catalogue\">" + html + "</ul>";
}

}  // namespace

std::string card_part_html(const CardLinks& links, const char* heading, const Text& text) {
    return text.empty() ? "" : "<h3>" + std::string(heading) + "</h3>" + links.md(text);
}

std::string flag_symbol(const std::string& flag) {
    for (const auto* group : {&k_competence_flags, &k_technology_flags}) {
        for (const auto& f : *group) {
            if (flag == f.flag) { return f.symbol; }
        }
    }
    return "?";
}

std::string competence_list_html(const CardLinks& links, const std::vector<Ref>& ids) {
    std::string list = catalogue(links, ids, EntityKind::competence);
    return list.empty() ? "" : list + legend(k_competence_flags, links, ids, EntityKind::competence);
}

std::string technology_list_html(const CardLinks& links, const std::vector<Ref>& ids) {
    std::string list = catalogue(links, ids, EntityKind::technology);
    return list.empty() ? "" : list + legend(k_technology_flags, links, ids, EntityKind::technology);
}

std::string capabilities_html(const CardLinks& links, const TaskCard& card) {
    std::string list = competence_list_html(links, card.capabilities.competences);
    return card_part_html(links, "Procesi", card.capabilities.processes) +
           (list.empty() ? "" : "<h3>Kompetences</h3>" + list) + links.md(card.capabilities.notes);
}

std::string resources_html(const CardLinks& links, const TaskCard& card) {
    std::string list = technology_list_html(links, card.resources.technologies);
    return card_part_html(links, "Informācija", card.resources.information) +
           (list.empty() ? "" : "<h3>Digitālās tehnoloģijas</h3>" + list) + links.md(card.resources.notes);
}

std::string guidance_html(const CardLinks& links, const TaskCard& card) {
    std::string list = CardLinks::list(card.guidance.reading, true);
    return card_part_html(links, "Veicamās darbības", card.guidance.actions) +
           card_part_html(links, "Vispārēja informācija", card.guidance.general) +
           card_part_html(links, "Kam ir jāpievērš īpaša uzmanība", card.guidance.attention) +
           (list.empty() ? "" : "<h3>Papildu informācija</h3>" + list);
}

}  // namespace pvpp
