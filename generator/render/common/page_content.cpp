#include "render/common/page_content.h"

#include <algorithm>

#include "model/anchors.h"
#include "render/common/edition.h"
#include "render/common/live_places.h"
#include "render/common/urls.h"
#include "util/slug.h"

namespace pvpp {
namespace {

using Kind = ContentBlock::Kind;
using Blocks = std::vector<ContentBlock>;

TextRun plain(std::string text) { return {std::move(text), {}}; }
TextRun link(std::string text, std::string folder) { return {std::move(text), {std::move(folder), ""}}; }

// A code linked to its record, or plain text when it names nothing.
TextRun code_run(const CorpusIndex& index, const std::string& code) {
    return {code, code_target(index, code)};
}

ContentBlock block(Kind kind, Inline text = {}, std::string id = "") {
    ContentBlock b;
    b.kind = kind;
    b.text = std::move(text);
    b.id = std::move(id);
    return b;
}

ContentBlock markdown(const Text& text) {
    ContentBlock b = block(Kind::markdown);
    b.markdown = &text;
    return b;
}

ContentBlock list(std::vector<Inline> items) {
    ContentBlock b = block(Kind::list);
    b.items = std::move(items);
    return b;
}

ContentBlock diagram(DiagramKind kind) {
    ContentBlock b = block(Kind::diagram);
    b.diagram = kind;
    return b;
}

ContentBlock gap(const char* text) { return block(Kind::gap, {plain(text)}); }
ContentBlock more(std::string folder) { return block(Kind::more, {link("Plašāk", std::move(folder))}); }

void append(Blocks& to, Blocks more_blocks) {
    for (auto& b : more_blocks) { to.push_back(std::move(b)); }
}

// Builds one page's sections; a section without blocks is left out.
struct ContentBuilder {
    void section(const std::string& heading, Blocks blocks, const std::string& id) {
        if (blocks.empty()) { return; }
        // A record named like its section ("Pakalpojumu pārvaldība" in the section of that
        // name) would repeat the section's id: the section's id is the anchor of both, the
        // live address #pakalpojumu-parvaldiba then opens the section that starts with it.
        for (auto& b : blocks) {
            if (b.kind == Kind::heading && b.id == id) { b.id.clear(); }
        }
        content.sections.push_back({id, heading, std::move(blocks)});
    }

    const Corpus& corpus;
    const CorpusIndex& index;
    PageContent content = {};
};

Blocks term_items(const CorpusIndex& index, const std::vector<Ref>& refs) {
    Blocks blocks;
    for (const auto& r : refs) {
        auto* t = index.find<Term>(EntityKind::term, r.id);
        if (!t) { continue; }
        blocks.push_back(block(Kind::heading, {link(t->name, url::of(EntityKind::term, t->id))}, slugify(t->name)));
        blocks.push_back(t->definition.empty() ? gap("Definīcija avotos nav dota.") : markdown(t->definition));
    }
    return blocks;
}

Blocks institutions(const Corpus& corpus) {
    Blocks blocks;
    for (const auto& g : corpus.institution_groups) {
        std::vector<Inline> members;
        for (const auto& m : g.members) { members.push_back({plain(m)}); }
        blocks.push_back(
            block(Kind::heading, {link(std::to_string(g.number) + ". " + g.name,
                                       url::of(EntityKind::institution_group, std::to_string(g.number)))}));
        blocks.push_back(list(std::move(members)));
    }
    return blocks;
}

void add_sections(ContentBuilder& b, const LivePage& p) {
    for (const auto& s : p.sections) {
        Blocks blocks = term_items(b.index, s.terms);
        if (s.shows == "institutions") { append(blocks, institutions(b.corpus)); }
        if (blocks.empty()) { blocks.push_back(gap("Saturs vēl nav pārnests no avota.")); }
        b.section(s.heading, std::move(blocks), slugify(s.heading));
    }
}

void show_terms(ContentBuilder& b, const LivePage& p) {
    std::vector<Ref> rest;
    for (const auto& t : b.corpus.terms) {
        bool shown = std::any_of(p.sections.begin(), p.sections.end(), [&](const LiveSection& s) {
            return std::any_of(s.terms.begin(), s.terms.end(), [&](const Ref& r) { return r.id == t.id; });
        });
        if (!shown) { rest.push_back({t.id, t.loc}); }
    }
    b.section("Citi jēdzieni", term_items(b.index, rest), "citi-jedzieni");
}

void show_principles(ContentBuilder& b) {
    for (const auto& p : b.corpus.principles) {
        Blocks blocks;
        blocks.push_back(p.description.empty() ? gap("Apraksts avotos nav dots.") : markdown(p.description));
        blocks.push_back(more(url::of(EntityKind::principle, std::to_string(p.number))));
        b.section(std::to_string(p.number) + ". " + p.name, std::move(blocks), slugify(p.name));
    }
}

Blocks role_summary(const Role& r) {
    Blocks blocks;
    for (const auto& [label, text] : {std::pair{"Lomai atbilstošā iestāde", &r.institution},
                                      std::pair{"Lomas vispārējs raksturojums", &r.description},
                                      std::pair{"Darbības fokuss", &r.focus}}) {
        if (text->empty()) { continue; }
        blocks.push_back(block(Kind::heading, {plain(label)}));
        blocks.push_back(markdown(*text));
    }
    if (blocks.empty()) { blocks.push_back(gap("Apraksts avotos nav dots.")); }
    blocks.push_back(more(url::of(EntityKind::role, r.id)));
    return blocks;
}

void show_roles(ContentBuilder& b) {
    b.section("Mērogi, līmeņi un lomas", {diagram(DiagramKind::role_grid)}, k_role_grid_anchor);
    for (const auto& r : b.corpus.roles) {
        b.section(std::to_string(r.number) + ". loma \"" + r.name + "\"", role_summary(r), role_anchor(r));
    }
}

void show_tasks(ContentBuilder& b) {
    b.section("Uzdevumu karte", {diagram(DiagramKind::task_map)}, "uzdevumu-karte");
    for (int group = 1; group <= 3; ++group) {
        Blocks blocks;
        for (const auto& t : b.corpus.tasks) {
            if (t.group() != group) { continue; }
            blocks.push_back(block(Kind::heading, {code_run(b.index, t.code), plain(" " + t.name)}, task_anchor(t)));
            if (!t.practice.empty()) { blocks.push_back(block(Kind::paragraph, {plain("(" + t.practice + ")")})); }
        }
        b.section(task_group_name(group), std::move(blocks), "uzdevumi-" + std::to_string(group));
    }
}

void show_conditions(ContentBuilder& b) {
    b.section("Nosacījumu grupas", {diagram(DiagramKind::condition_wheel)}, "nosacijumu-grupas");
    for (const auto& g : b.corpus.condition_groups) {
        Blocks blocks;
        for (const auto& c : b.corpus.conditions) {
            if (c.group() != g.number) { continue; }
            std::vector<Inline> items;
            for (const auto& i : c.items) { items.push_back({plain(i)}); }
            blocks.push_back(
                block(Kind::heading, {code_run(b.index, c.code), plain(" " + c.name)}, condition_anchor(c, g.name)));
            blocks.push_back(list(std::move(items)));
        }
        b.section(std::to_string(g.number) + ". \"" + g.name + "\"", std::move(blocks), slugify(g.code() + " " + g.name));
    }
}

void show_capabilities(ContentBuilder& b) {
    for (bool resource : {false, true}) {
        Blocks blocks;
        for (const auto& c : b.corpus.capabilities) {
            if (c.resource != resource || c.code.find('-') != std::string::npos) { continue; }
            ContentBlock h = block(Kind::heading, {link(c.code + " " + c.name, url::capability(c))}, capability_anchor(c));
            h.inferred = c.inferred;
            blocks.push_back(std::move(h));
        }
        b.section(resource ? "Resursi" : "Spējas", std::move(blocks), resource ? "resursi" : "spejas");
    }
}

std::vector<const Page*> pages_by_weight(const Corpus& c, bool chapters) {
    std::vector<const Page*> out;
    for (const auto& p : c.pages) {
        if (p.chapter.empty() != chapters) { out.push_back(&p); }
    }
    std::stable_sort(out.begin(), out.end(), [](const Page* a, const Page* b) { return a->weight < b->weight; });
    return out;
}

ContentBlock page_list(const std::vector<const Page*>& pages) {
    std::vector<Inline> items;
    for (const Page* p : pages) { items.push_back({link(p->title, url::page(p->slug))}); }
    return list(std::move(items));
}

void show_plan(ContentBuilder& b) {
    b.section("Plāna nodaļas", {page_list(pages_by_weight(b.corpus, true))}, "nodalas");
    b.section("2. pielikums – Darba plāns",
              {list({{link("Darba plāns: rīcības virzieni, pasākumi un termiņi", url::workplan())}})}, "darba-plans");
}

void show_index(ContentBuilder& b) {
    std::vector<Inline> chapters;
    for (const auto& p : b.corpus.site.pages) {
        if (p.shows != "index") { chapters.push_back({link(p.title.empty() ? p.slug : p.title, url::page(p.slug))}); }
    }
    b.section("Pakalpojumu pārvaldības politika", {list(std::move(chapters))}, "politika");
    b.section("Materiāli", {page_list(pages_by_weight(b.corpus, false))}, "materiali");
}

void show(ContentBuilder& b, const LivePage& p) {
    if (p.shows == "terms") { show_terms(b, p); }
    if (p.shows == "principles") { show_principles(b); }
    if (p.shows == "roles") { show_roles(b); }
    if (p.shows == "tasks") { show_tasks(b); }
    if (p.shows == "conditions") { show_conditions(b); }
    if (p.shows == "capabilities") { show_capabilities(b); }
    if (p.shows == "plan") { show_plan(b); }
    if (p.shows == "index") { show_index(b); }
}

PageContent prose_content(const Page& p) {
    return {p.slug, p.title, {{"", "", {markdown(p.body)}}}};
}

}  // namespace

PageContent chapter_content(const Corpus& corpus, const CorpusIndex& index, const LivePage& page) {
    ContentBuilder b{corpus, index};
    b.content.slug = page.slug;
    b.content.title = page.title.empty() ? page.slug : page.title;
    add_sections(b, page);
    show(b, page);
    return std::move(b.content);
}

namespace {

// A capability's description; one its source does not confirm (S2-2's values read from a
// slide's layout) is marked unconfirmed and followed by how it was read, a gap note.
std::vector<ContentBlock> description_blocks(const Capability& c) {
    if (c.description.empty()) { return {gap("Apraksts avotos nav dots.")}; }
    ContentBlock body = markdown(c.description);
    if (c.provenance.is_fact("description")) { return {std::move(body)}; }
    body.unconfirmed = true;
    return {std::move(body), block(Kind::gap, {plain(provenance_text(c.provenance.of("description")))})};
}

}  // namespace

PageContent capability_content(const Corpus& corpus, const Capability& c) {
    PageContent content{c.slug, c.code + " " + c.name, {}};
    content.sections.push_back({"", "", description_blocks(c)});
    // Sub-items live on their parent's page under the live anchor (#s2-4-saimnieka-attieksme).
    for (const Capability* sub : capability_items(corpus.capabilities, c)) {
        content.sections.push_back({capability_anchor(*sub), sub->code + " " + sub->name, description_blocks(*sub)});
    }
    return content;
}

std::vector<PageContent> live_pages(const Corpus& corpus, const CorpusIndex& index) {
    std::vector<PageContent> pages;
    for (const auto& p : corpus.site.pages) { pages.push_back(chapter_content(corpus, index, p)); }
    for (const auto& c : corpus.capabilities) {
        if (is_live(c) && c.code.find('-') == std::string::npos) { pages.push_back(capability_content(corpus, c)); }
    }
    for (bool chapters : {true, false}) {
        for (const Page* p : pages_by_weight(corpus, chapters)) {
            if (is_live(*p)) { pages.push_back(prose_content(*p)); }
        }
    }
    return pages;
}

const char* task_group_name(int group) {
    switch (group) {
        case 1: return "Politikas līmenī veicamie uzdevumi";
        case 2: return "Pamatdarbības un nodrošinājuma līmenī veicamie uzdevumi";
        case 3: return "Visos pārvaldības līmeņos veicamie uzdevumi";
    }
    return "";
}

}  // namespace pvpp
