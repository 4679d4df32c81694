#include "render/cards/handout_parts.h"

#include "render/common/live_urls.h"
#include "util/text.h"

namespace pvpp {
namespace {

std::string coverage_note(const CardLinks& links, int section) {
    const RenderContext& ctx = links.ctx();
    std::string written = std::to_string(cards_with_section(ctx, static_cast<std::size_t>(section)));
    return "<p class=\"note\">Aprēķināts no uzdevumu kartīšu " + std::to_string(section + 1) +
           ". sadaļas, kas aprakstīta " + written + " no " + std::to_string(ctx.corpus.tasks.size()) +
           " kartītēm (pilnībā vai daļēji).</p>";
}

}  // namespace

std::string handout_gap(Edition e, const std::string& text) {
    return shows_gaps(e) ? "<p class=\"gap\">" + html_escape(text) + "</p>" : "";
}

std::string live_link_html(Edition e, const std::string& url) {
    if (url.empty()) { return handout_gap(e, review_text::k_live_place_unknown); }
    return "<a href=\"" + html_escape(url) + "\">" + html_escape(url) + "</a>";
}

void fill_handout_cover(const CardLinks& links, const std::string& kind, const std::string& fallback,
                        const std::string& measure, ctemplate::TemplateDictionary& dict) {
    const RenderContext& ctx = links.ctx();
    const LivePage* page = live_page_showing(ctx.corpus, kind);
    dict.SetValue("HEADING", page && !page->title.empty() ? page->title : fallback);
    auto* m = ctx.index.find<Measure>(EntityKind::measure, measure);
    if (!m) { return; }
    auto* training = dict.AddSectionDictionary("TRAINING");
    training->SetValue("CODE", m->code);
    training->SetValue("NAME", m->name);
}

std::string task_list_html(const CardLinks& links, const std::vector<TaskNeed>& tasks, int section,
                           const std::string& none) {
    std::vector<std::string> items;
    for (const auto& t : tasks) {
        std::string why = t.why.empty() ? "" : " <small>(" + html_escape(t.why) + ")</small>";
        items.push_back("<span class=\"code\"><a href=\"" + html_escape(t.task->code) + ".html\">" +
                        html_escape(t.task->code) + "</a></span> " + html_escape(t.task->name) + why);
    }
    std::string list = items.empty() ? handout_gap(links.ctx().config.edition, none) : CardLinks::list(items);
    // How many cards have the section written is the editor's concern: the review edition's.
    bool note = section >= 0 && shows_gaps(links.ctx().config.edition);
    return list + (note ? coverage_note(links, section) : "");
}

}  // namespace pvpp
