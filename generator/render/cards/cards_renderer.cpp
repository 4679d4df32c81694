#include "render/cards/cards_renderer.h"

#include "render/cards/card_document.h"
#include "render/common/hand_links.h"
#include "util/message.h"

namespace pvpp {

const std::vector<std::string>& card_templates() {
    static const std::vector<std::string> k_templates = {"cards/document.tpl", "cards/footer.tpl", "cards/card.tpl",
                                                         "cards/index.tpl",    "cards/all.tpl",    "cards/roles.tpl",
                                                         "cards/conditions.tpl", "cards/capabilities.tpl"};
    return k_templates;
}

std::vector<Download> CardsRenderer::downloads(const Corpus&) const {
    return {{"Uzdevumu kartītes drukai (HTML, A4 ainava)", "cards/index.html"},
            {"Visas uzdevumu kartītes vienā dokumentā", "cards/visi-uzdevumi.html"},
            {"Lomas, mērogi un līmeņi – P1.1 apmācību lapas", "cards/lomas.html"},
            {"Pakalpojumu izveides, sniegšanas un pilnveides nosacījumi – P4.4 apmācību lapas", "cards/nosacijumi.html"},
            {"Spējas un resursi – P4.6 apmācību lapas", "cards/spejas-un-resursi.html"}};
}

std::vector<std::string> printable_card_files(const Corpus& corpus) {
    std::vector<std::string> files;
    for (const auto& t : corpus.tasks) { files.push_back(t.code + ".html"); }
    files.push_back("visi-uzdevumi.html");
    files.push_back("lomas.html");
    files.push_back("nosacijumi.html");
    files.push_back("spejas-un-resursi.html");
    return files;
}

std::vector<OutputFile> card_files(const RenderContext& ctx, const Theme& theme, const std::string& css) {
    CardDocuments docs(ctx, theme, css);
    std::vector<OutputFile> files;
    for (const auto& t : ctx.corpus.tasks) { files.push_back({t.code + ".html", docs.card_file(t)}); }
    files.push_back({"visi-uzdevumi.html", docs.all_cards_file()});
    files.push_back({"index.html", docs.index_file()});
    files.push_back({"lomas.html", docs.roles_file()});
    files.push_back({"nosacijumi.html", docs.conditions_file()});
    files.push_back({"spejas-un-resursi.html", docs.capabilities_file()});
    return files;
}

void CardsRenderer::render(const RenderContext& base, OutputFolder& out, Diagnostics& diags) const {
    HandLinks hand_links(base.corpus, base.config.moved);
    RenderContext ctx = base;
    ctx.hand_links = &hand_links;
    Theme theme;
    if (!theme.load(ctx.config.root, ctx.config.theme, card_templates(), diags)) { return; }
    std::string css = theme.read_static("cards.css");
    if (css.empty()) {
        diags.error({"themes/" + ctx.config.theme + "/static/cards.css"}, _("cards stylesheet is missing"));
    }
    for (const auto& f : card_files(ctx, theme, css)) { out.write(f.path, f.bytes, diags); }
}

}  // namespace pvpp
