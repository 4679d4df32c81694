#include "render/common/urls.h"

#include <algorithm>

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
std::string task(const std::string& code) { return "lv/uzdevumi/" + code_slug(code) + "/"; }
std::string role(const std::string& id) { return "lv/lomas/" + id + "/"; }
std::string condition(const std::string& code) { return "lv/nosacijumi/" + code_slug(code) + "/"; }
std::string condition_group(const std::string& code) { return "lv/nosacijumi/" + code_slug(code) + "/"; }
std::string term(const std::string& id) { return "lv/jedzieni/" + id + "/"; }
std::string principle(int number) { return "lv/principi/" + std::to_string(number) + "/"; }
std::string scale(const std::string& id) { return "lv/merogi/" + id + "/"; }
std::string level(const std::string& id) { return "lv/limeni/" + id + "/"; }
std::string stage(const std::string& id) { return "lv/posmi/" + id + "/"; }
std::string competence(const std::string& id) { return "lv/kompetences/" + id + "/"; }
std::string technology(const std::string& id) { return "lv/tehnologijas/" + id + "/"; }
std::string line(const std::string& code) { return "lv/darba-plans/" + code_slug(code) + "/"; }
std::string measure(const std::string& code) { return "lv/darba-plans/" + code_slug(code) + "/"; }
std::string institution_group(int number) { return "lv/iestades/" + std::to_string(number) + "/"; }
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

std::string for_code(CodeKind kind, const std::string& code) {
    switch (kind) {
        case CodeKind::task: return task(code);
        case CodeKind::condition: return condition(code);
        case CodeKind::condition_group: return condition_group(code);
        case CodeKind::action_line: return line(code);
        case CodeKind::measure: return measure(code);
        case CodeKind::capability:
        case CodeKind::resource: return "";
    }
    return "";
}

std::string relative(const std::string& from, const std::string& to) {
    std::string up;
    for (char c : from) {
        if (c == '/') { up += "../"; }
    }
    return up + to + "index.html";  // explicit index.html: file:// does not resolve folders
}

}  // namespace pvpp::url
