// The work plan (appendix 2), the institution groups, the prose pages and site settings.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "model/provenance.h"
#include "model/text.h"

namespace pvpp {

struct ActionLine : Sourced {
    std::string code;  ///< RV1…RV7
    std::string name;
    Schedule schedule;
};

struct Activity {
    SourceLoc loc;
    std::string name;
    Schedule schedule;
};

struct Measure : Sourced {
    std::string code;  ///< P1.1…P7.2
    std::string name;
    Schedule schedule;
    Text result;
    Text indicator;
    std::vector<std::string> responsible;
    std::vector<std::string> co_responsible;
    std::optional<bool> after_2027;  ///< continues after 2027; unknown when the seeds do not say
    std::string phase;
    std::vector<Activity> activities;

    /// The action line the code names: P4.2 → "RV4".
    std::string line_code() const;
};

/// A milestone of the Gantt chart in seed 000 ("Gada beigas", 31.12.24): a row of no
/// duration; its schedule has start = end = its date, either unknown when not readable.
struct Milestone : Sourced {
    std::string name;
    Schedule schedule;
};

struct InstitutionGroup : Sourced {
    int number = 0;
    std::string name;
    std::vector<std::string> members;
    bool policy = true;     ///< "Pakalpojumu pārvaldības politika" applies (Table 1)
    std::optional<bool> work_plan = true;  ///< the "Darba plāns" measures (1. kārta) apply; none when not known
    std::vector<Ref> outside_work_plan;  ///< members the work plan does not apply to
    Text notes;
};

struct Exclusion : Sourced {
    std::string number;
    std::string name;
};

/// A prose page: Markdown with +++ TOML front matter.
struct Page : Sourced {
    std::string title;
    std::string slug;
    SourceLoc slug_loc;
    int weight = 0;
    std::string chapter;
    bool live = false;  ///< the live site has this page too (it gets a CMS fragment)
    Text body;
};

/// A titled part of a live chapter page; its anchor is made from the heading.
struct LiveSection {
    SourceLoc loc;
    std::string heading;
    std::string shows;       ///< "" or a record kind listed in the section ("institutions")
    std::vector<Ref> terms;  ///< glossary terms shown in the section
};

/// A chapter page of the live site, by its slug.
struct LivePage : Sourced {
    std::string id;
    std::string slug;
    SourceLoc slug_loc;
    std::string title;
    std::string menu;   ///< short label in the main navigation ("Lomas")
    std::string shows;  ///< the records the page lists: roles, tasks, conditions, …
    SourceLoc shows_loc;
    std::vector<LiveSection> sections;
};

/// The record kinds a live page or section can show.
std::vector<std::string> live_page_kinds();

/// The slugs of the pages the site makes itself (lv/meklesana/, lv/darba-plans/ …): a
/// page with one of them would overwrite a generated page. (Folders of record pages such
/// as lv/uzdevumi/ have no page of their own, so a page may take them.)
const std::vector<std::string>& generated_page_slugs();

/// The editor's guide (content/pages/redaktora-celvedis.md): how to use pvpp, not policy
/// text, so it names no source; only the review edition has it.
inline constexpr const char* k_editors_guide = "redaktora-celvedis";

struct SiteConfig : Sourced {
    std::string title = "Pakalpojumu vides pilnveide";
    std::string base_url;  ///< the live site (links in CMS fragments)
    std::string site_url;  ///< where this generated site is published (sitemap); default base_url
    std::string further_info_url;
    std::string support_email;
    Text intro;  ///< the home page's introduction: the plan's own words (Markdown)
    Date created{2024, 1, 1};
    std::vector<LivePage> pages;
};

}  // namespace pvpp
