#include "render/cards/capability_sheets.h"

#include "model/anchors.h"
#include "render/cards/card_guidance.h"
#include "render/cards/handout_parts.h"
#include "render/common/live_urls.h"
#include "render/common/urls.h"
#include "util/text.h"

namespace pvpp {
namespace {

// An item of another capability (S2-4 of S2).
bool is_capability_item(const Capability& capability) { return capability.code.find('-') != std::string::npos; }

std::string not_described(Edition e, const Capability& c) {
    return handout_gap(e, c.resource ? review_text::k_resource_gap : review_text::k_capability_gap);
}

template <typename Item>
std::vector<Ref> all_ids(const std::vector<Item>& catalogue) {
    std::vector<Ref> ids;
    for (const auto& i : catalogue) { ids.push_back({i.id, i.loc}); }
    return ids;
}

// The catalogue that card_part names: every competence for "competences", every technology for "technologies".
std::string catalogue_html(const CardLinks& links, const Capability& c) {
    const Corpus& corpus = links.ctx().corpus;
    if (c.card_part == "competences") {
        std::string list = competence_list_html(links, all_ids(corpus.competences));
        return "<h3>Kompetences</h3>" + (list.empty() ? handout_gap(links.ctx().config.edition, "Kompetenču katalogs vēl nav aprakstīts.") : list);
    }
    if (c.card_part == "technologies") {
        std::string list = technology_list_html(links, all_ids(corpus.technologies));
        return "<h3>Digitālās tehnoloģijas</h3>" +
               (list.empty() ? handout_gap(links.ctx().config.edition, "Digitālo tehnoloģiju katalogs vēl nav aprakstīts.") : list);
    }
    return "";
}

void fill_head(Edition e, const Capability& c, ctemplate::TemplateDictionary& d) {
    d.SetValue("ID", capability_anchor(c));
    d.SetValue("CODE", c.code);
    d.SetValue("NAME", c.name);
    if (c.inferred && shows_inferred(e)) { d.ShowSection("INFERRED"); }
}

void fill_item(const CardLinks& links, const Capability& item, ctemplate::TemplateDictionary& d) {
    Edition e = links.ctx().config.edition;
    fill_head(e, item, d);
    bool shown = !item.description.empty() && shows_value(e, item.provenance, "description");
    d.SetValue("TEXT", shown ? links.md(item.description) + provenance_mark(e, item.provenance, "description")
                             : not_described(e, item));
}

// A live address made from an inferred slug or code is a guess: marked in the review edition,
// left out of the public one.
std::string live_html(Edition e, const Corpus& corpus, const Capability& c) {
    const char* field = c.slug.empty() ? "code" : "slug";
    std::string url = capability_live_url(corpus, c);
    if (!url.empty() && !shows_value(e, c.provenance, field)) { return ""; }
    return live_link_html(e, url) + (url.empty() ? "" : provenance_mark(e, c.provenance, field));
}

void fill_sheet(const CardLinks& links, const Capability& c, ctemplate::TemplateDictionary& d) {
    const RenderContext& ctx = links.ctx();
    fill_head(ctx.config.edition, c, d);
    d.SetValue("KIND", c.resource ? "Resurss" : "Spēja");
    d.SetValue("HREF", links.site_href(url::capability(c)));
    std::string description = c.description.empty() ? not_described(ctx.config.edition, c) : links.md(c.description);
    if (!description.empty()) { d.SetValueAndShowSection("DESCRIPTION", description, "HAS_DESCRIPTION"); }
    for (const Capability* item : capability_items(ctx.corpus.capabilities, c)) {
        fill_item(links, *item, *d.AddSectionDictionary("ITEM"));
    }
    d.SetValue("CATALOGUE", catalogue_html(links, c));
    std::string none = c.resource ? "Neviena uzdevuma kartīte šo resursu vēl nenosauc."
                                  : "Neviena uzdevuma kartīte šo spēju vēl nenosauc.";
    d.SetValue("NEED_HEADING", c.resource ? "Uzdevumi, kuru veikšanai resurss nepieciešams"
                                          : "Uzdevumi, kuru veikšanai spēja nepieciešama");
    std::string tasks = task_list_html(links, tasks_needing(ctx, c), card_part_section(c.card_part), none);
    if (!tasks.empty()) { d.SetValueAndShowSection("TASKS", tasks, "HAS_TASKS"); }
    if (std::string live = live_html(ctx.config.edition, ctx.corpus, c); !live.empty()) {
        d.SetValueAndShowSection("LIVE", live, "HAS_LIVE");
    }
}

void fill_contents(const Corpus& corpus, Edition e, ctemplate::TemplateDictionary& dict) {
    for (bool resource : {false, true}) {
        auto* kind = dict.AddSectionDictionary("KIND");
        kind->SetValue("TITLE", resource ? "Resursi" : "Spējas");
        for (const auto& c : corpus.capabilities) {
            if (c.resource != resource || is_capability_item(c)) { continue; }
            auto* entry = kind->AddSectionDictionary("ENTRY");
            fill_head(e, c, *entry);
            auto items = capability_items(corpus.capabilities, c);
            auto* list = items.empty() ? nullptr : entry->AddSectionDictionary("ITEMS");
            for (const Capability* item : items) { fill_head(e, *item, *list->AddSectionDictionary("ITEM")); }
        }
    }
}

}  // namespace

void fill_capability_sheets(const CardLinks& links, ctemplate::TemplateDictionary& dict) {
    fill_handout_cover(links, "capabilities", "Spējas un resursi", "P4.6", dict);
    fill_contents(links.ctx().corpus, links.ctx().config.edition, dict);
    for (const auto& c : links.ctx().corpus.capabilities) {
        if (!is_capability_item(c)) { fill_sheet(links, c, *dict.AddSectionDictionary("SHEET")); }
    }
}

}  // namespace pvpp
