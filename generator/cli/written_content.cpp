#include "cli/written_content.h"

#include <set>

#include "util/message.h"
#include "util/text.h"

namespace pvpp {
namespace {

// The numbers (1–8) of a card's sections that hold written text, "1 2 5".
std::string written_sections(const TaskCard& card) {
    std::string numbers;
    auto heads = card.heads();
    for (std::size_t i = 0; i < heads.size(); ++i) {
        if (heads[i]->status == SectionStatus::missing) { continue; }
        numbers += (numbers.empty() ? "" : " ") + std::to_string(i + 1);
    }
    return numbers;
}

// "1 2 5" → "1, 2, 5"
std::string listed(const std::string& numbers) {
    std::string out;
    for (char c : numbers) { out += c == ' ' ? std::string(", ") : std::string(1, c); }
    return out;
}

void warn_card(const std::vector<std::string>& f, const std::set<std::string>& cards,
               const std::set<std::string>& unread, Diagnostics& diags) {
    if (f.size() != 4 || f[3].empty() || cards.count(f[1]) || unread.count(f[2])) { return; }
    std::size_t count = (f[3].size() + 1) / 2;
    std::string message =
        count == 1 ? fill(_("the card of {1} is gone since the last build, and with it its written section {2} "
                            "leaves every output (restore {3} if that was not meant)"),
                          {f[1], f[3], f[2]})
                   : fill(_("the card of {1} is gone since the last build, and with it its {2} written sections "
                            "({3}) leave every output (restore {4} if that was not meant)"),
                          {f[1], std::to_string(count), listed(f[3]), f[2]});
    diags.warning({f[2]}, message);
}

void warn_page(const std::vector<std::string>& f, const std::set<std::string>& pages, Diagnostics& diags) {
    if (f.size() != 3 || pages.count(f[1])) { return; }
    diags.warning({f[1]}, fill(_("the page \"{1}\" is gone since the last build and leaves every output (restore "
                                 "{2} if that was not meant)"),
                               {f[2], f[1]}));
}

}  // namespace

std::string written_record(const Corpus& corpus) {
    std::string out;
    for (const auto& c : corpus.cards) {
        std::string sections = written_sections(c);
        if (!sections.empty()) { out += "card\t" + c.task.id + "\t" + c.loc.file + "\t" + sections + "\n"; }
    }
    for (const auto& p : corpus.pages) { out += "page\t" + p.loc.file + "\t" + p.title + "\n"; }
    return out;
}

bool warn_dropped_content(const std::optional<std::string>& before, const Corpus& corpus, Diagnostics& diags) {
    if (!before) { return false; }
    int warnings = diags.warning_count();
    // A file that could not be read has its own error and is not gone.
    std::set<std::string> unread(corpus.unread_files.begin(), corpus.unread_files.end());
    std::set<std::string> cards, pages = unread;
    for (const auto& c : corpus.cards) { cards.insert(c.task.id); }
    for (const auto& p : corpus.pages) { pages.insert(p.loc.file); }
    for (std::string_view line : split_lines(*before)) {
        auto pieces = split(line, '\t');
        std::vector<std::string> f(pieces.begin(), pieces.end());
        if (f[0] == "card") { warn_card(f, cards, unread, diags); }
        if (f[0] == "page") { warn_page(f, pages, diags); }
    }
    return diags.warning_count() > warnings;
}

}  // namespace pvpp
