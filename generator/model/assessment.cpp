// Plan rows and the national picture from read assessments.
#include "model/assessment.h"

#include <set>

#include "util/lower_case.h"

namespace pvpp {

std::vector<PlanItem> plan_items(const std::vector<AssessmentPart>& parts, const Assessment& a, int expected) {
    std::vector<PlanItem> out;
    for (std::size_t p = 0; p < parts.size() && p < a.parts.size(); ++p) {
        for (std::size_t i = 0; i < parts[p].items.size() && i < a.parts[p].size(); ++i) {
            const Rating& r = a.parts[p][i];
            if (r.level && *r.level < expected) {
                out.push_back({p, parts[p].items[i].code, parts[p].items[i].name, *r.level, r.note});
            }
        }
    }
    return out;
}

std::string institution_key(std::string_view name) {
    std::string out;
    for (char c : name) {
        bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
        if (space && (out.empty() || out.back() == ' ')) { continue; }
        out += space ? ' ' : c;
    }
    if (!out.empty() && out.back() == ' ') { out.pop_back(); }
    return lower_latvian(out);
}

namespace {

void count(LevelCounts& counts, const std::optional<int>& level) {
    ++counts[level ? static_cast<std::size_t>(*level) : counts.size() - 1];
}

}  // namespace

NationalPicture national_picture(const std::vector<AssessmentPart>& parts, const std::vector<Assessment>& all,
                                 const std::vector<std::string>& expected) {
    NationalPicture pic;
    for (std::size_t p = 0; p < parts.size(); ++p) {
        for (const auto& item : parts[p].items) { pic.items.push_back({p, item.code, item.name, {}, {}}); }
    }
    std::set<std::string> sent;
    for (const auto& a : all) {
        ++pic.institutions[a.group];
        sent.insert(institution_key(a.institution));
        std::size_t n = 0;
        for (std::size_t p = 0; p < parts.size() && p < a.parts.size(); ++p) {
            for (std::size_t i = 0; i < parts[p].items.size(); ++i, ++n) {
                std::optional<int> level = i < a.parts[p].size() ? a.parts[p][i].level : std::nullopt;
                count(pic.items[n].overall, level);
                count(pic.items[n].by_group[a.group], level);
            }
        }
    }
    for (const auto& name : expected) {
        if (!sent.contains(institution_key(name))) { pic.missing.push_back(name); }
    }
    return pic;
}

}  // namespace pvpp
