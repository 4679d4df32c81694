#include "render/common/urls.h"

#include <algorithm>

#include "model/record_kinds.h"
#include "util/slug.h"

namespace pvpp::url {
namespace {

// Codes keep their structure in URLs: "P4.2" → "p4-2" (slugify would give "p42").
std::string code_slug(std::string code) {
    std::replace(code.begin(), code.end(), '.', '-');
    return slugify(code);
}

}  // namespace

std::string home() { return ""; }
std::string page(const std::string& slug) { return "lv/" + slug + "/"; }
std::string matrix() { return "lv/atbildibas-matrica/"; }
std::string matrix_role_anchor(const std::string& role_id) { return "loma-" + role_id; }
std::string completeness() { return "lv/satura-pilnigums/"; }
std::string workplan() { return "lv/darba-plans/"; }
std::string search() { return "lv/meklesana/"; }
std::string downloads() { return "lv/lejupielades/"; }

// A capability with a live page keeps the live URL; the others get one under spejas/.
std::string capability(const Capability& c) {
    if (!c.slug.empty()) { return page(c.slug); }
    return (c.resource ? "lv/resursi/" : "lv/spejas/") + code_slug(c.code) + "/";
}

// A code keeps its structure (code_slug); an id is already a slug (validate/build_index.cpp).
std::string of(EntityKind kind, const std::string& id) {
    const RecordKindInfo& info = record_kind(kind);
    if (*info.folder == '\0') { return ""; }
    return info.folder + (info.codes.empty() ? id : code_slug(id)) + "/";
}

std::string root_prefix(const std::string& from) {
    std::string out;
    for (char c : from) {
        if (c == '/') { out += "../"; }
    }
    return out;
}

std::string relative(const std::string& from, const std::string& to) {
    return root_prefix(from) + to + "index.html";  // explicit index.html: file:// does not resolve folders
}

}  // namespace pvpp::url
