// Appendix 1's vocabulary sheets: terms, principles, scales and levels, roles, stages.
#include "model/record_kinds.h"
#include "render/xlsx/markdown_items.h"
#include "render/xlsx/policy_sheets.h"
#include "render/xlsx/sheet_builder.h"
#include "util/text.h"

namespace pvpp {
namespace {

std::string names_of(const Corpus& corpus, EntityKind kind, const std::vector<Ref>& refs) {
    std::vector<std::string> names;
    for (const auto& r : refs) { names.push_back(record_name(corpus, {kind, r.id}).value_or(r.id)); }
    return join(names, "\n");
}

std::string carriers_text(const Role& role) {
    std::vector<std::string> parts;
    for (const auto& c : role.carriers) { parts.push_back(c.title + ": " + c.text); }
    return join(parts, "\n");
}

}  // namespace

SheetSpec terms_sheet(const Corpus& corpus) {
    SheetBuilder b("Jēdzieni", "Pakalpojumu pārvaldības jēdzieni",
                   {{"Jēdziens", 24}, {"Definīcija", 80}, {"Skatīt arī", 30}, {"Avots", 28}}, 1);
    for (const auto& t : corpus.terms) {
        b.add({text_cell(t.name, Style::code), text_cell(markdown_plain(t.definition.markdown)),
               text_cell(names_of(corpus, EntityKind::term, t.see_also)), text_cell(t.source)});
    }
    return b.finish();
}

SheetSpec principles_sheet(const Corpus& corpus) {
    SheetBuilder b("Principi", "Pakalpojumu pārvaldības vispārējie principi",
                   {{"Nr.", 6}, {"Princips", 32}, {"Apraksts", 100}}, 1);
    for (const auto& p : corpus.principles) {
        b.add({number_cell(p.number), text_cell(p.name, Style::code), text_cell(markdown_plain(p.description.markdown))});
    }
    return b.finish();
}

SheetSpec axes_sheet(const Corpus& corpus) {
    SheetBuilder b("Mērogi un līmeņi", "Pakalpojumu pārvaldības mērogi un līmeņi",
                   {{"Veids", 10}, {"Nr.", 6}, {"Nosaukums", 34}, {"Tvērums", 24}, {"Apraksts", 80}}, 2);
    auto add = [&](const char* kind, const Axis& a) {
        b.add({text_cell(kind), number_cell(a.number), text_cell(a.name, Style::code), text_cell(a.scope),
               text_cell(markdown_plain(a.description.markdown))});
    };
    for (const auto& a : corpus.scales) { add("Mērogs", a); }
    for (const auto& a : corpus.levels) { add("Līmenis", a); }
    return b.finish();
}

SheetSpec roles_sheet(const Corpus& corpus) {
    SheetBuilder b("Lomas", "Pakalpojumu pārvaldības lomas un to pienākumi",
                   {{"Nr.", 6}, {"Loma", 28}, {"Atbilstošā iestāde", 28}, {"Apraksts", 36}, {"Mērogs", 18},
                    {"Līmenis", 16}, {"Fokuss", 24}, {"Nosacījumi", 30}, {"Atbildīgie par pienākumu veikšanu", 50}},
                   2);
    for (const auto& r : corpus.roles) {
        b.add({number_cell(r.number), text_cell(r.name, Style::code), text_cell(markdown_plain(r.institution.markdown)),
               text_cell(markdown_plain(r.description.markdown)),
               text_cell(names_of(corpus, EntityKind::scale, r.scales)),
               text_cell(names_of(corpus, EntityKind::level, r.levels)), text_cell(markdown_plain(r.focus.markdown)),
               text_cell(join(r.rules, "\n")), text_cell(carriers_text(r))});
    }
    return b.finish();
}

SheetSpec stages_sheet(const Corpus& corpus) {
    SheetBuilder b("Posmi", "Pakalpojumu pārvaldības posmi",
                   {{"Līmenis", 22}, {"Nr.", 6}, {"Posms", 50}}, 2);
    for (const auto& s : corpus.stages) {
        std::string group = s.group == "politikas" ? "Politikas līmenis" : "Pamatdarbības līmenis";
        b.add({text_cell(group), number_cell(s.number), text_cell(s.name, Style::code)});
    }
    return b.finish();
}

}  // namespace pvpp
