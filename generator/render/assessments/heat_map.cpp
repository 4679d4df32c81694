// Layout: a header row of column labels, a heading row per part, then the items; the
// shade runs from white to dark blue so the eye finds where most institutions stand
// (or which groups rate themselves highest), and the number is printed in every cell
// for exact reading.
#include "render/assessments/heat_map.h"

#include <algorithm>
#include <cstdio>

#include "render/common/assessment_refs.h"
#include "render/common/diagrams/svg_writer.h"
#include "util/text.h"

namespace pvpp {
namespace {

constexpr int k_label_width = 80;
constexpr int k_cell_width = 56;
constexpr int k_row_height = 18;
constexpr int k_top = 40;

// White to #1F4E79 by share 0…1.
std::string shade(double share) {
    auto mix = [share](int from, int to) { return static_cast<int>(from + (to - from) * share + 0.5); };
    char out[8];
    std::snprintf(out, sizeof out, "#%02X%02X%02X", mix(255, 0x1F), mix(255, 0x4E), mix(255, 0x79));
    return out;
}

std::string cell(int column, int y, double share, const std::string& label) {
    int x = k_label_width + column * k_cell_width;
    return svg::rect(x, y, k_cell_width - 2, k_row_height - 2, " fill=\"" + shade(share) + "\"") +
           svg::text(x + k_cell_width / 2 - 1, y + 13, label, share > 0.5 ? " class=\"n light\"" : " class=\"n\"");
}

std::string column_head(int column, const std::string& label) {
    return svg::text(k_label_width + column * k_cell_width + k_cell_width / 2 - 1, k_top - 8, label, " class=\"head\"");
}

/// The rows of both maps: a part heading where the part changes, then each item's row.
template <class Cells>
std::string item_rows(const NationalPicture& picture, const std::vector<AssessmentPart>& parts, int& y,
                      const Cells& cells) {
    std::string body;
    std::size_t part = parts.size();
    for (const auto& item : picture.items) {
        if (item.part != part) {
            part = item.part;
            body += svg::text(4, y + 13, parts[part].sheet, " class=\"part\"");
            y += k_row_height;
        }
        body += "<g><title>" + html_escape(item.code + " " + item.name) + "</title>\n" +
                svg::text(4, y + 13, item.code, " class=\"code\"") + cells(item, y) + "</g>\n";
        y += k_row_height;
    }
    return body;
}

std::string map_svg(int columns, int height, const std::string& id, const std::string& title, const std::string& desc,
                    const std::string& body) {
    std::string w = std::to_string(k_label_width + std::max(1, columns) * k_cell_width), h = std::to_string(height);
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + w + " " + h + "\" width=\"" + w +
           "\" height=\"" + h + "\" role=\"img\" aria-labelledby=\"" + id + "-virsraksts " + id +
           "-apraksts\">\n"
           "<title id=\"" +
           id + "-virsraksts\">" + html_escape(title) + "</title>\n<desc id=\"" + id + "-apraksts\">" +
           html_escape(desc) +
           "</desc>\n"
           "<style>text{font:12px sans-serif;fill:#1a1a1a}.n,.head{text-anchor:middle}.head{font-weight:bold}"
           ".start{text-anchor:start}.part{font-weight:bold}.code{font-weight:bold}.light{fill:#fff}</style>\n" +
           svg::text(4, k_top - 8, "Kods", " class=\"head start\"") + body + "</svg>\n";
}

}  // namespace

std::string heat_map_svg(const NationalPicture& picture, const std::vector<AssessmentPart>& parts,
                         std::size_t institutions) {
    int columns = k_max_rating + 2;
    std::string body;
    for (int l = 0; l < columns; ++l) { body += column_head(l, l > k_max_rating ? "nav" : std::to_string(l)); }
    int y = k_top;
    body += item_rows(picture, parts, y, [&](const ItemPicture& item, int row_y) {
        std::string cells;
        for (int l = 0; l < columns; ++l) {
            double share = institutions ? static_cast<double>(item.overall[l]) / institutions : 0;
            cells += cell(l, row_y, share, std::to_string(item.overall[l]));
        }
        return cells;
    });
    return map_svg(
        columns, y + 8, "karte", "Pašnovērtējumu siltumkarte: iestāžu skaits katrā līmenī",
        "Rindas – uzdevumi, nosacījumi, spējas un resursi; kolonnas – vērtējums 0–4 un “nav” (nav novērtēts). "
        "Jo tumšāka šūna, jo vairāk iestāžu (no " +
            std::to_string(institutions) +
            ") izvēlējās šo līmeni; skaitlis šūnā ir iestāžu skaits. Tie paši skaitļi ir tabulā “Vērtējumu "
            "skaits pa līmeņiem”.",
        body);
}

std::string group_heat_map_svg(const NationalPicture& picture, const std::vector<AssessmentPart>& parts,
                               const std::map<int, std::string>& groups) {
    std::vector<int> shown;
    for (const auto& [number, label] : groups) {
        if (picture.institutions.contains(number)) { shown.push_back(number); }
    }
    std::string body;
    for (std::size_t g = 0; g < shown.size(); ++g) {
        body += "<g><title>" + html_escape(groups.at(shown[g])) + "</title>" +
                column_head(static_cast<int>(g), std::to_string(shown[g]) + ". gr.") + "</g>\n";
    }
    int y = k_top;
    body += item_rows(picture, parts, y, [&](const ItemPicture& item, int row_y) {
        std::string cells;
        for (std::size_t g = 0; g < shown.size(); ++g) {
            const LevelCounts& counts = item.by_group.at(shown[g]);
            double share = average_rating(counts).value_or(0) / k_max_rating;
            cells += cell(static_cast<int>(g), row_y, share, average_text(counts));
        }
        return cells;
    });
    return map_svg(
        static_cast<int>(shown.size()), y + 8, "grupas", "Vidējais vērtējums pa iestāžu grupām",
        "Rindas – uzdevumi, nosacījumi, spējas un resursi; kolonnas – iestāžu grupas (1. tabula). Jo tumšāka "
        "šūna, jo augstāks grupas vidējais vērtējums (0–4); skaitlis šūnā ir vidējais. Tie paši skaitļi ir "
        "tabulās “Pa iestāžu grupām”.",
        body);
}

}  // namespace pvpp
