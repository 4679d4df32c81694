// The portfolio template. Its columns follow the deck's slide (seed 000); the service
// types' and lists' meanings come from the corpus's glossary.
#include "render/common/edition.h"
#include "render/xlsx/portfolio_workbook.h"

#include "render/xlsx/contents_sheet.h"
#include "render/xlsx/markdown_items.h"
#include "render/xlsx/sheet_builder.h"

namespace pvpp {
namespace {

constexpr const char* k_list_sheet = "Saraksti";
constexpr int k_first_type_col = 4;
constexpr int k_priority_col = 8;
constexpr int k_blank_rows = 200;  // empty rows the drop-downs cover below the examples
constexpr const char* k_example = "piemērs — izdzēsiet";

const std::vector<std::string> k_priorities = {"augsta", "vidēja", "zema"};
const std::vector<std::string> k_statuses = {"plānošanā", "izstrādē", "ieviešanā",
                                             "sniegšanā", "likvidēšanā", "likvidēts"};

std::vector<ColumnSpec> portfolio_columns() {
    return {{"Iestādes pakalpojuma identifikators", 14}, {"Vienotā reģistra pakalpojuma identifikators", 14},
            {"Pakalpojuma nosaukums", 36}, {"Vajadzība, ko pakalpojums apmierina", 30},
            {"Individuālā labuma pakalpojums", 14}, {"Vispārējā labuma pakalpojums", 14},
            {"Individuālās lietošanas pakalpojums", 14}, {"Koplietošanas pakalpojums", 14},
            {"Prioritāte", 11}, {"Statuss", 13}, {"Pakalpojuma vadītājs", 22}, {"Piezīme", 18}};
}

// The deck's six example rows, one per status, each marked as an example.
std::vector<Cell> example_row(int n) {
    std::string number = (n < 10 ? "00" : "0") + std::to_string(n);
    std::vector<Cell> cells = {text_cell("IESTĀDE-" + number, Style::note), text_cell("00" + number, Style::note),
                               text_cell("Pakalpojums " + std::to_string(n) + " (piemērs)", Style::note),
                               text_cell("Vajadzība (piemērs)", Style::note)};
    for (int t = 0; t < 4; ++t) { cells.push_back(text_cell(t == (n - 1) % 4 ? "X" : "", Style::input)); }
    cells.push_back(text_cell(k_priorities[(n - 1) % 3], Style::input));
    cells.push_back(text_cell(k_statuses[n - 1], Style::input));
    cells.push_back(text_cell(n == 1 ? "Vārds Uzvārds" : "", Style::note));
    cells.push_back(text_cell(k_example, Style::note));
    return cells;
}

std::string list_range(char col, std::size_t count) {
    return std::string("=Saraksti!$") + col + "$3:$" + col + "$" + std::to_string(2 + count);
}

// The institution and portfolio manager above the table, and the two rows of grouped headers.
void add_head_rows(SheetSpec& s) {
    // Each label spans the two identifier columns; the answer goes beside it.
    Row answer{{date_cell(std::nullopt), date_cell(std::nullopt), text_cell("", Style::input)}, 0, 0};
    s.rows.insert(s.rows.begin() + 1, {answer, answer, Row{}, Row{}});
    s.merges.push_back({Range{1, 0, 1, 1}, text_cell("Iestāde:", Style::code)});
    s.merges.push_back({Range{2, 0, 2, 1}, text_cell("Pakalpojumu kopuma vadītājs:", Style::code)});
    s.merges.push_back({Range{3, k_first_type_col, 3, k_first_type_col + 3}, text_cell("Pakalpojuma veids", Style::header)});
    s.merges.push_back({Range{4, k_first_type_col, 4, k_first_type_col + 1}, text_cell("Publiskais pakalpojums", Style::header)});
    s.merges.push_back({Range{4, k_first_type_col + 2, 4, k_first_type_col + 3},
                        text_cell("Starpiestāžu pakalpojums", Style::header)});
    s.header_row = 5;
    s.header_rows = 3;
    s.freeze_row = 6;
    s.autofilter = Range{5, 0, 5 + 6 + k_blank_rows, 11};
}

void add_validations(SheetSpec& s) {
    int first = 6, last = 5 + 6 + k_blank_rows;
    s.validations.push_back({Range{first, k_first_type_col, last, k_first_type_col + 3}, list_range('C', 1),
                             "Pakalpojuma veids", "Atzīmējiet ar X"});
    s.validations.push_back({Range{first, k_priority_col, last, k_priority_col}, list_range('A', k_priorities.size()),
                             "Prioritāte", "augsta, vidēja vai zema"});
    s.validations.push_back({Range{first, k_priority_col + 1, last, k_priority_col + 1},
                             list_range('B', k_statuses.size()), "Statuss",
                             "plānošanā, izstrādē, ieviešanā, sniegšanā, likvidēšanā vai likvidēts"});
}

SheetSpec list_sheet() {
    SheetBuilder b(k_list_sheet, "Izkrītošo izvēlņu vērtības", {{"Prioritāte", 14}, {"Statuss", 16}, {"Veids", 8}}, 0);
    for (std::size_t i = 0; i < k_statuses.size(); ++i) {
        b.add({text_cell(i < k_priorities.size() ? k_priorities[i] : ""), text_cell(k_statuses[i]),
               text_cell(i == 0 ? "X" : "")});
    }
    return b.finish();
}

SheetSpec instructions_sheet(const Corpus& corpus) {
    SheetBuilder b("Norādījumi", "Kā aizpildīt pilno pakalpojumu sarakstu", {{"Jēdziens", 30}, {"Skaidrojums", 100}}, 0);
    b.add({text_cell("Aizpildīšana", Style::code),
           text_cell("Katrs pakalpojums savā rindā. Pakalpojuma veidu atzīmējiet ar X; prioritāti un statusu izvēlieties "
                     "no izkrītošās izvēlnes. Slīprakstā rakstītās rindas ir piemēri — izdzēsiet tās.")});
    for (const char* id : {"pilnais-pakalpojumu-saraksts", "pakalpojumu-saraksts", "publiskais-pakalpojums",
                           "individuala-labuma-pakalpojums", "vispareja-labuma-pakalpojums",
                           "starpiestazu-pakalpojums", "individualas-lietosanas-pakalpojums",
                           "koplietosanas-pakalpojums"}) {
        for (const auto& t : corpus.terms) {
            if (t.id == id) { b.add({text_cell(t.name, Style::code), text_cell(markdown_plain(t.definition.markdown))}); }
        }
    }
    return b.finish();
}

SheetSpec list_template() {
    SheetBuilder b("Pakalpojumi", "Pilnais pakalpojumu saraksts (portfolio)", portfolio_columns(), 3);
    for (int n = 1; n <= 6; ++n) { b.add(example_row(n)); }
    SheetSpec s = b.finish();
    add_head_rows(s);
    add_validations(s);
    return s;
}

}  // namespace

WorkbookSpec portfolio_workbook(const Corpus& corpus) {
    std::vector<ContentsEntry> entries;
    entries.push_back({list_template(), "Iestādes pilnais pakalpojumu saraksts: aizpildāmā tabula ar piemēriem"});
    entries.push_back({instructions_sheet(corpus), "Kā aizpildīt, un pakalpojumu veidu skaidrojumi no vārdnīcas"});
    entries.push_back({list_sheet(), "Prioritātes, statusa un veida izkrītošo izvēlņu vērtības"});
    return {.file = k_portfolio_file,
            .title = "Pilnais pakalpojumu saraksts (portfolio): veidne",
            .subject = "P1.1 iestādes pakalpojumu portfolio veidne",
            .keywords = "pakalpojumu portfolio; pilnais pakalpojumu saraksts; P1.1; PU2-1",
            .created = document_date(corpus),
            .sheets = with_contents("Pilnais pakalpojumu saraksts (portfolio): iestādes veidne", std::move(entries))};
}

}  // namespace pvpp
