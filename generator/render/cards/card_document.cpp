#include "render/cards/card_document.h"

#include "render/cards/capability_sheets.h"
#include "render/cards/condition_sheets.h"
#include "render/cards/role_sheets.h"
#include "render/cards/task_card.h"
#include "render/common/urls.h"
#include "util/content_hash.h"

namespace pvpp {
namespace {

const char* state_name(SectionState s) {
    switch (s) {
        case SectionState::written: return "written";
        case SectionState::partial: return "partial";
        case SectionState::derived: return "derived";
        case SectionState::missing: return "missing";
    }
    return "missing";
}

void fill_card(const TaskCardView& v, ctemplate::TemplateDictionary& dict) {
    dict.SetValue("CODE", v.code);
    dict.SetValue("NAME", v.name);
    dict.SetValue("PRACTICE", v.practice);
    dict.SetValue("LEVEL_HEADING", v.level_heading);
    dict.SetValue("CONTENTS_ID", v.contents_id);
    dict.SetValue("SITE_HREF", CardLinks::href(url::of(EntityKind::task, v.code)));
    for (const auto& s : v.sections) {
        // Its line in the contents, then the section itself: each template part shows what it uses.
        for (const char* part : {"TOC", "SECTION"}) {
            auto* d = dict.AddSectionDictionary(part);
            d->SetValue("ID", s.id);
            d->SetValue("TITLE", s.title);
            d->SetValue("STATE", state_name(s.state));
            d->SetValue("CONTENT", s.html);
            if (s.state == SectionState::missing) { d->ShowSection("GAP"); }
        }
    }
}

int written_count(const RenderContext& ctx, const Task& t) {
    const TaskCard* card = ctx.index.card_of(t.code);
    int n = 0;
    for (std::size_t i = 0; i < 8; ++i) {
        SectionState s = section_state(t, card, i);
        n += s == SectionState::missing ? 0 : 1;
    }
    return n;
}

}  // namespace

CardDocuments::CardDocuments(const RenderContext& ctx, const Theme& theme, std::string css)
    : m_links(ctx), m_theme(theme), m_css(std::move(css)), m_style_hash(csp_sha256(m_css)) {}

std::string CardDocuments::footer() const {
    ctemplate::TemplateDictionary dict("footer");
    dict.SetValue("INFO_URL", m_links.ctx().corpus.site.further_info_url);
    dict.SetValue("SUPPORT_EMAIL", m_links.ctx().corpus.site.support_email);
    return m_theme.expand("cards/footer.tpl", dict);
}

namespace {

const char* const k_picture_css = "\n.cards img { max-width: 100%; height: auto; }\n";

}  // namespace

std::string CardDocuments::document(const std::string& title, const std::string& body) const {
    ctemplate::TemplateDictionary dict("document");
    dict.SetValue("TITLE", title);
    dict.SetValue("SITE_TITLE", m_links.ctx().corpus.site.title);
    dict.SetValue("BODY", body);
    if (body.find("<img ") == std::string::npos) {
        dict.SetValue("CSS", m_css);
        dict.SetValue("STYLE_HASH", m_style_hash);
    } else {
        // A sheet that shows pictures of content/images/ may load them, each no wider than the
        // sheet; the others stay as they were, byte for byte.
        std::string css = m_css + k_picture_css;
        dict.SetValue("CSS", css);
        dict.SetValue("STYLE_HASH", csp_sha256(css));
        dict.ShowSection("IMAGES");
    }
    if (m_links.ctx().config.edition == Edition::review) {
        dict.ShowSection("REVIEW");  // on screen at the top, in print in the footer of every sheet
        dict.SetValue("WATERMARK", review_text::k_watermark);
    }
    dict.SetValue("INFO_URL", m_links.ctx().corpus.site.further_info_url);
    dict.SetValue("SUPPORT_EMAIL", m_links.ctx().corpus.site.support_email);
    return m_theme.expand("cards/document.tpl", dict);
}

std::string CardDocuments::card_body(const Task& task) const {
    ctemplate::TemplateDictionary dict("card");
    fill_card(task_card_view(m_links, task, m_links.ctx().config.cards_written_only), dict);
    dict.SetValue("FOOTER", footer());
    return m_theme.expand("cards/card.tpl", dict);
}

std::string CardDocuments::card_file(const Task& task) const {
    return document(task.code + " " + task.name, card_body(task));
}

// Tasks grouped under their level heading (PU1, PU2, PU3), in corpus order.
void CardDocuments::fill_groups(ctemplate::TemplateDictionary& dict) const {
    const RenderContext& ctx = m_links.ctx();
    int group = -1;
    ctemplate::TemplateDictionary* g = nullptr;
    for (const auto& t : ctx.corpus.tasks) {
        if (t.group() != group || !g) {
            group = t.group();
            g = dict.AddSectionDictionary("GROUP");
            g->SetValue("HEADING", card_level_heading(group));
        }
        auto* c = g->AddSectionDictionary("CARD");
        c->SetValue("CODE", t.code);
        c->SetValue("NAME", t.name);
        c->SetValue("HREF", t.code + ".html");
        c->SetValue("PDF", t.code + ".pdf");
        c->SetValue("CONTENTS_ID", t.code + "-saturs");
        c->SetIntValue("WRITTEN", written_count(ctx, t));
        if (ctx.config.edition == Edition::review) {  // how much of each card is written: the editor's view
            g->ShowSection("REVIEW");
            c->ShowSection("REVIEW");
        }
    }
}

std::string CardDocuments::all_cards_file() const {
    ctemplate::TemplateDictionary dict("all");
    fill_groups(dict);
    std::string cards;
    for (const auto& t : m_links.ctx().corpus.tasks) { cards += card_body(t); }
    dict.SetValue("CARDS", cards);
    dict.SetValue("FOOTER", footer());
    return document("Visas uzdevumu kartītes", m_theme.expand("cards/all.tpl", dict));
}

std::string CardDocuments::index_file() const {
    ctemplate::TemplateDictionary dict("index");
    fill_groups(dict);
    if (m_links.ctx().config.pdf) { dict.ShowSection("HAS_PDF"); }
    dict.SetValue("FOOTER", footer());
    return document("Uzdevumu kartītes", m_theme.expand("cards/index.tpl", dict));
}

std::string CardDocuments::handout(const char* name, void (*fill)(const CardLinks&, ctemplate::TemplateDictionary&),
                                   const std::string& title) const {
    ctemplate::TemplateDictionary dict(name);
    fill(m_links, dict);
    dict.SetValue("FOOTER", footer());
    return document(title, m_theme.expand(std::string("cards/") + name + ".tpl", dict));
}

std::string CardDocuments::roles_file() const { return handout("roles", fill_role_sheets, "Lomas, mērogi un līmeņi"); }

std::string CardDocuments::conditions_file() const {
    return handout("conditions", fill_condition_sheets, "Pakalpojumu izveides, sniegšanas un pilnveides nosacījumi");
}

std::string CardDocuments::capabilities_file() const {
    return handout("capabilities", fill_capability_sheets, "Spējas un resursi");
}

}  // namespace pvpp
