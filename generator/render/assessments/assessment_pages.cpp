// Both pages are built as text with every value escaped: institution names and notes are
// whatever the workbooks held.
#include "render/assessments/assessment_pages.h"

#include "util/text.h"

namespace pvpp {
namespace {

constexpr const char* k_style =
    "body{font:15px/1.45 sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1a1a1a}"
    "table{border-collapse:collapse;margin:.5rem 0 1.5rem}th,td{border:1px solid #bfbfbf;padding:.25rem .5rem;"
    "vertical-align:top;text-align:left}th{background:#d9e1f2}td.n{text-align:right}"
    ".note{font-style:italic}.internal{background:#fff2cc;padding:.5rem}figure{margin:0;overflow-x:auto}"
    "dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}dt{font-weight:bold}dd{margin:0}"
    "th[scope=row]{white-space:nowrap}.wide{overflow-x:auto}figure svg{max-width:100%;height:auto}";

std::string e(std::string_view s) { return html_escape(s); }

std::string head(const std::string& title) {
    return "<!DOCTYPE html>\n<html lang=\"lv\">\n<head>\n<meta charset=\"utf-8\">\n"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
           "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
           "img-src 'self'\">\n<title>" +
           e(title) + "</title>\n<style>" + k_style + "</style>\n</head>\n<body>\n<main>\n";
}

constexpr const char* k_foot = "</main>\n</body>\n</html>\n";

std::string internal_note() {
    return "<p class=\"internal\">Iekšējs ministrijas dokuments: iestāžu pašnovērtējumu rezultāti nav publicējami "
           "vietnē.</p>\n";
}

std::string plan_row(const PlanItem& item, const ItemRefs& r) {
    std::string guidance =
        r.guidance_url.empty() ? "" : "<a href=\"" + e(r.guidance_url) + "\">" + e(r.guidance_title) + "</a>";
    return "<tr><th scope=\"row\">" + e(item.code) + "</th><td>" + e(item.name) + "</td><td class=\"n\">" +
           std::to_string(item.level) + "</td><td>" + e(item.note) + "</td><td>" + e(r.roles) + "</td><td>" + guidance +
           "</td></tr>\n";
}

std::string plan_tables(const PlanView& v) {
    std::string out;
    std::size_t part = v.parts.size();
    for (std::size_t i = 0; i < v.items.size(); ++i) {
        if (v.items[i].part != part) {
            out += part == v.parts.size() ? "" : "</tbody>\n</table>\n</div>\n";
            part = v.items[i].part;
            out += "<h2>" + e(v.parts[part]) +
                   "</h2>\n<div class=\"wide\">\n<table>\n<thead><tr><th scope=\"col\">Kods</th>"
                   "<th scope=\"col\">Nosaukums</th><th scope=\"col\">Vērtējums</th><th scope=\"col\">Iestādes "
                   "piezīmes</th><th scope=\"col\">Atbildīgās lomas (matrica)</th><th scope=\"col\">Vadlīnijas</th>"
                   "</tr></thead>\n<tbody>\n";
        }
        if (!v.subgroups[i].empty() && (i == 0 || v.subgroups[i] != v.subgroups[i - 1])) {
            out += "<tr><th colspan=\"6\" scope=\"rowgroup\">" + e(v.subgroups[i]) + "</th></tr>\n";
        }
        out += plan_row(v.items[i], v.refs[i]);
    }
    if (part != v.parts.size()) { out += "</tbody>\n</table>\n</div>\n"; }
    if (v.items.empty()) { out += "<p>Neviena rinda nav novērtēta zem sagaidāmā līmeņa.</p>\n"; }
    return out;
}

}  // namespace

std::string plan_page(const PlanView& v) {
    const Assessment& a = *v.assessment;
    std::string out = head("Pilnveides plāna projekts: " + a.institution);
    out += "<h1>Individuālā pilnveides plāna projekts (P2.4)</h1>\n" + internal_note();
    out += "<dl>\n<dt>Iestāde</dt><dd>" + e(a.institution) + "</dd>\n<dt>Iestāžu grupa</dt><dd>" + e(v.group) +
           "</dd>\n<dt>Novērtējuma datums</dt><dd>" + e(a.date) + "</dd>\n<dt>Novērtētājs</dt><dd>" + e(a.assessor) +
           "</dd>\n<dt>Pašnovērtējums</dt><dd>" + e(a.file) + "</dd>\n</dl>\n";
    out += "<p>Rindas plānā (vērtējums zem sagaidāmā līmeņa " + std::to_string(k_expected_level) +
           "): " + std::to_string(v.items.size()) + ". Nenovērtētas rindas: " + std::to_string(v.unrated) + ".</p>\n";
    out += "<p class=\"note\">" + e(k_expected_level_note) + "</p>\n";
    out +=
        "<p>Pasākumu, atbildīgo personu, ceturksni un finansējumu ar tā avotu iestāde ieraksta darbgrāmatā <a href=\"" +
        e(v.slug) + ".xlsx\">" + e(v.slug) + ".xlsx</a>.</p>\n";
    return out + plan_tables(v) + k_foot;
}

namespace {

std::string count_cells(const LevelCounts& c) {
    std::string out;
    for (int n : c) { out += "<td class=\"n\">" + std::to_string(n) + "</td>"; }
    return out + "<td class=\"n\">" + average_text(c) + "</td>";
}

// The table of counts: overall (group 0) or of one group.
std::string count_table(const PicturePage& p, int group, const std::string& id) {
    std::string out = "<div class=\"wide\">\n<table" + (id.empty() ? "" : " id=\"" + id + "\"") +
                      ">\n<thead><tr><th scope=\"col\">Kods</th><th scope=\"col\">Nosaukums</th>";
    for (int l = 0; l <= k_max_rating; ++l) { out += "<th scope=\"col\">" + std::to_string(l) + "</th>"; }
    out += "<th scope=\"col\">Nav vērtēts</th><th scope=\"col\">Vidējais</th></tr></thead>\n<tbody>\n";
    std::size_t part = p.parts.size();
    for (const auto& item : p.picture.items) {
        if (item.part != part) {
            part = item.part;
            out += "<tr><th colspan=\"9\" scope=\"rowgroup\">" + e(p.parts[part].sheet) + "</th></tr>\n";
        }
        const LevelCounts& c = group ? item.by_group.at(group) : item.overall;
        out +=
            "<tr><th scope=\"row\">" + e(item.code) + "</th><td>" + e(item.name) + "</td>" + count_cells(c) + "</tr>\n";
    }
    return out + "</tbody>\n</table>\n</div>\n";
}

std::string groups_section(const PicturePage& p) {
    std::string out = "<h2>Pa iestāžu grupām</h2>\n<figure>\n" + p.group_svg +
                      "<figcaption>Katras grupas vidējais vērtējums. Teksta alternatīva: tabulas zemāk (katrai grupai "
                      "savs saraksts).</figcaption>\n</figure>\n";
    for (const auto& [number, label] : p.groups) {
        auto n = p.picture.institutions.find(number);
        if (n == p.picture.institutions.end()) { continue; }
        out += "<details>\n<summary>" + e(label) + " (" + std::to_string(n->second) + ")</summary>\n" +
               count_table(p, number, "") + "</details>\n";
    }
    return out;
}

std::string plans_section(const PicturePage& p) {
    std::string out =
        "<h2>Iestāžu pilnveides plānu projekti</h2>\n<div class=\"wide\">\n<table>\n<thead><tr><th "
        "scope=\"col\">Iestāde"
        "</th><th scope=\"col\">Grupa</th><th scope=\"col\">Rindas plānā</th><th scope=\"col\">Plāns"
        "</th></tr></thead>\n<tbody>\n";
    for (const auto& v : p.plans) {
        out += "<tr><td>" + e(v.assessment->institution) + "</td><td>" + e(v.group) + "</td><td class=\"n\">" +
               std::to_string(v.items.size()) + "</td><td><a href=\"plani/" + e(v.slug) +
               ".html\">lapa</a>, <a "
               "href=\"plani/" +
               e(v.slug) + ".xlsx\">darbgrāmata</a></td></tr>\n";
    }
    return out + "</tbody>\n</table>\n</div>\n";
}

std::string missing_section(const PicturePage& p) {
    std::string out = "<h2>Iestādes, kas nav iesniegušas pašnovērtējumu</h2>\n";
    if (!p.has_expected_list) {
        return out +
               "<p class=\"note\">Gaidāmo iestāžu saraksts nav dots (iestades.txt mapē ar "
               "pašnovērtējumiem), tāpēc nav zināms, kuras iestādes vēl nav iesniegušas.</p>\n";
    }
    if (p.picture.missing.empty()) { return out + "<p>Visas saraksta iestādes ir iesniegušas.</p>\n"; }
    out += "<ul>\n";
    for (const auto& name : p.picture.missing) { out += "<li>" + e(name) + "</li>\n"; }
    return out + "</ul>\n";
}

}  // namespace

std::string picture_page(const PicturePage& p) {
    std::string out = head("Pašnovērtējumu kopaina valstī");
    out += "<h1>Pašnovērtējumu kopaina valstī (P2.3)</h1>\n" + internal_note();
    bool one = p.plans.size() % 10 == 1 && p.plans.size() % 100 != 11;  // Latvian: 1, 21 … take the singular
    out += (one ? "<p>Nolasīts " : "<p>Nolasīti ") + std::to_string(p.plans.size()) +
           (one ? " pašnovērtējums" : " pašnovērtējumi");
    for (const auto& [number, n] : p.picture.institutions) {
        out += (number == p.picture.institutions.begin()->first ? ": " : ", ") + std::to_string(number) + ". grupa – " +
               std::to_string(n);
    }
    out += ". Analītiķa darbgrāmata: <a href=\"kopaina.xlsx\">kopaina.xlsx</a>.</p>\n";
    out += "<p class=\"note\">" + e(k_expected_level_note) + "</p>\n";
    out += "<h2>Siltumkarte</h2>\n<figure>\n" + p.svg +
           "<figcaption>Iestāžu skaits katrā vērtējuma līmenī. Teksta alternatīva: <a href=\"#tabula\">tabula "
           "“Vērtējumu skaits pa līmeņiem”</a>.</figcaption>\n</figure>\n";
    out += "<h2>Vērtējumu skaits pa līmeņiem</h2>\n" + count_table(p, 0, "tabula");
    return out + groups_section(p) + plans_section(p) + missing_section(p) + k_foot;
}

}  // namespace pvpp
