// Layout: a header row of level labels, a heading row per part, then the items; the
// shade runs from white (nobody) to dark blue (everybody) so the eye finds where most
// institutions stand, and the count is printed in every cell for exact reading.
#include "render/assessments/heat_map.h"

#include <cstdio>

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

std::string level_label(int l) { return l > k_max_rating ? "nav" : std::to_string(l); }

std::string text_at(int x, int y, const std::string& text, const std::string& attrs = "") {
    return "<text x=\"" + std::to_string(x) + "\" y=\"" + std::to_string(y) + "\"" + attrs + ">" + html_escape(text) +
           "</text>\n";
}

std::string item_row(const ItemPicture& item, int y, std::size_t institutions) {
    std::string out = "<g><title>" + html_escape(item.code + " " + item.name) + "</title>\n";
    out += text_at(4, y + 13, item.code, " class=\"code\"");
    for (int l = 0; l <= k_max_rating + 1; ++l) {
        int n = item.overall[l];
        double share = institutions ? static_cast<double>(n) / institutions : 0;
        int x = k_label_width + l * k_cell_width;
        out += "<rect x=\"" + std::to_string(x) + "\" y=\"" + std::to_string(y) + "\" width=\"" +
               std::to_string(k_cell_width - 2) + "\" height=\"" + std::to_string(k_row_height - 2) + "\" fill=\"" +
               shade(share) + "\"/>\n";
        out += text_at(x + k_cell_width / 2 - 1, y + 13, std::to_string(n),
                       share > 0.5 ? " class=\"n light\"" : " class=\"n\"");
    }
    return out + "</g>\n";
}

}  // namespace

std::string heat_map_svg(const NationalPicture& picture, const std::vector<AssessmentPart>& parts,
                         std::size_t institutions) {
    int columns = k_max_rating + 2;
    int width = k_label_width + columns * k_cell_width;
    int height = k_top + static_cast<int>(picture.items.size() + parts.size()) * k_row_height + 8;
    std::string body;
    for (int l = 0; l < columns; ++l) {
        body += text_at(k_label_width + l * k_cell_width + k_cell_width / 2 - 1, k_top - 8, level_label(l),
                        " class=\"head\"");
    }
    body += text_at(4, k_top - 8, "Kods", " class=\"head start\"");
    int y = k_top;
    std::size_t part = parts.size();
    for (const auto& item : picture.items) {
        if (item.part != part) {
            part = item.part;
            body += text_at(4, y + 13, parts[part].sheet, " class=\"part\"");
            y += k_row_height;
        }
        body += item_row(item, y, institutions);
        y += k_row_height;
    }
    std::string w = std::to_string(width), h = std::to_string(height);
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + w + " " + h + "\" width=\"" + w +
           "\" height=\"" + h + "\" role=\"img\" aria-labelledby=\"karte-virsraksts karte-apraksts\">\n"
           "<title id=\"karte-virsraksts\">Pašnovērtējumu siltumkarte: iestāžu skaits katrā līmenī</title>\n"
           "<desc id=\"karte-apraksts\">Rindas – uzdevumi, nosacījumi, spējas un resursi; kolonnas – vērtējums 0–4 "
           "un “nav” (nav novērtēts). Jo tumšāka šūna, jo vairāk iestāžu (no " +
           std::to_string(institutions) + ") izvēlējās šo līmeni; skaitlis šūnā ir iestāžu skaits. Tie paši skaitļi "
           "ir tabulā “Vērtējumu skaits pa līmeņiem”.</desc>\n"
           "<style>text{font:12px sans-serif;fill:#1a1a1a}.n,.head{text-anchor:middle}.head{font-weight:bold}"
           ".start{text-anchor:start}.part{font-weight:bold}.code{font-weight:bold}.light{fill:#fff}</style>\n" +
           body + "</svg>\n";
}

}  // namespace pvpp
