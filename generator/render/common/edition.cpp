#include "render/common/edition.h"

#include <algorithm>

#include "model/record_kinds.h"
#include "render/common/live_places.h"
#include "render/common/urls.h"
#include "util/text.h"
#include "validate/checks.h"

namespace pvpp {

std::vector<ReviewString> review_only_strings() {
    using W = ReviewString::Where;
    namespace r = review_text;
    std::vector<ReviewString> out;
    for (const char* s :
         {r::k_section_gap,        r::k_toc_gap,      r::k_no_description,   r::k_no_definition,     r::k_content_gap,
          r::k_duties_gap,         r::k_derived,      r::k_partial,          r::k_capability_gap,    r::k_resource_gap,
          r::k_live_place_unknown, r::k_flag_unknown, r::k_inferred_title,   r::k_ocr_legend,        r::k_ocr_reading,
          r::k_confidence_lead,    r::k_row_notes,    r::k_confidence_label, r::k_matrix_note_label, r::k_code_inferred,
          r::k_code_not_stated,    r::k_status_label, r::k_unknown_m,        r::k_unknown_f,         r::k_forms_label,
          r::k_live_anchor_label,  r::k_maintainer,   r::k_completeness,     r::k_status_unknown,    r::k_no_source,
          r::k_road_map_gap}) {
        out.push_back({W::text, s});
    }
    out.push_back({W::text, "nav zināmi"});  // the plural forms of k_unknown_m and k_unknown_f (the Gantt chart)
    out.push_back({W::text, "nav zināmas"});
    out.push_back({W::text, "Aprakstītās sadaļas"});             // the cards index's count (themes/…/cards/index.tpl)
    out.push_back({W::text, "Aprēķināts no uzdevumu kartīšu"});  // the handouts' coverage note
    out.push_back({W::label, r::k_source_label});
    out.push_back({W::label, r::k_provenance_label});
    return out;
}

std::vector<std::string> review_only_values(const Corpus& corpus) {
    std::vector<std::string> out;
    for (const auto& t : corpus.tasks) {
        if (!t.matrix_note.empty()) { out.push_back(t.matrix_note); }
    }
    for (const auto& t : corpus.terms) {
        if (!t.source.empty()) { out.push_back(t.source); }
    }
    // Every statement of where a value comes from and how it was worked out.
    auto add = [&](const Provenance& p) {
        for (const std::string* s : {&p.source, &p.how}) {
            if (!s->empty() && std::find(out.begin(), out.end(), *s) == out.end()) { out.push_back(*s); }
        }
    };
    visit_provenance(
        corpus,
        [&](EntityKind, const EntityKey&, const Sourced& s) {
            add(s.provenance.record);
            for (const auto& f : s.provenance.fields) { add(f.provenance); }
        },
        true);  // the parts no report counts too (milestones, task groups): the public edition strips them all
    return out;
}

bool shows_gaps(Edition e) { return e == Edition::review; }
bool shows_inferred(Edition e) { return e == Edition::review; }
bool shows_maintainer_pages(Edition e) { return e == Edition::review; }

std::string gap_html(Edition e, const char* sentence, const char* cls) {
    if (!shows_gaps(e)) { return ""; }
    return "<p class=\"" + std::string(cls) + "\">" + sentence + "</p>";
}

std::string cells_being_confirmed(std::size_t cells) {
    return "Šūnas, kuru atbildība vēl tiek apstiprināta: " + std::to_string(cells) +
           "; līdz apstiprināšanai tās tabulā atstātas tukšas.";
}

namespace {

// The public open data keeps each value's status but not the workshop's notes: where it was
// read and how it was worked out.
void strip(Provenance& p) {
    p.source.clear();
    p.how.clear();
    p.confidence.clear();
}

void strip(RecordProvenance& p) {
    strip(p.record);
    for (auto& f : p.fields) { strip(f.provenance); }
}

// Every record's provenance and every part's that keeps one (the milestones too), through the
// kinds' own visitors (visit_provenance only reads: the corpus is this edition's own copy, so
// writing through it is sound).
void without_sources(Corpus& c) {
    auto strip_all = [](EntityKind, const EntityKey&, const Sourced& s) {
        strip(const_cast<RecordProvenance&>(s.provenance));
    };
    visit_provenance(c, strip_all, true);
}

// A registered kind's field the corpus does not state as a fact is left empty, as a shipped
// kind's inferred values are (its first two fields are its id and name).
void hide_unconfirmed_fields(Corpus& c) {
    for (auto& [kind, records] : c.records) {
        for (auto& r : records) {
            for (std::size_t i = 2; i < r.fields.size(); ++i) {
                if (!r.provenance.is_fact(r.fields[i].key)) { r.fields[i] = {r.fields[i].key}; }
            }
        }
    }
}

void hide_dates(Schedule& s, const RecordProvenance& p) {
    if (!p.is_fact("start")) { s.start.reset(); }
    if (!p.is_fact("end")) { s.end.reset(); }
    if (!p.is_fact("duration_days")) { s.duration_days.reset(); }
    if (!p.is_fact("period")) {
        s.period_from.reset();
        s.period_to.reset();
    }
}

}  // namespace

void hide_unconfirmed_dates(Edition e, Corpus& corpus) {
    if (shows_inferred(e)) { return; }
    for (auto& l : corpus.lines) { hide_dates(l.schedule, l.provenance); }
    for (auto& m : corpus.measures) { hide_dates(m.schedule, m.provenance); }
}

Corpus corpus_for(Edition e, const Corpus& corpus) {
    Corpus shown = corpus;
    if (shows_inferred(e)) { return shown; }
    for (auto& t : shown.tasks) {
        std::erase_if(t.matrix, [](const MatrixCell& c) { return c.inferred; });
        t.confidence.clear();
        t.matrix_note.clear();
        if (!t.provenance.is_fact("related")) { t.related.clear(); }
    }
    for (auto& t : shown.terms) { t.source.clear(); }
    for (auto& g : shown.institution_groups) {
        if (!g.provenance.is_fact("work_plan")) { g.work_plan.reset(); }
        if (!g.provenance.is_fact("outside_work_plan")) { g.outside_work_plan.clear(); }
    }
    for (auto& m : shown.measures) {
        if (!m.provenance.is_fact("responsible")) { m.responsible.clear(); }
    }
    for (auto& c : shown.capabilities) {
        if (!c.provenance.is_fact("description")) { c.description = {}; }
    }
    hide_unconfirmed_dates(e, shown);
    hide_unconfirmed_fields(shown);
    without_sources(shown);
    // The maintainer pages too: the public open data is what the public site shows.
    std::erase_if(shown.pages, [](const Page& p) { return is_maintainer_page(p.slug); });
    return shown;
}

CorpusIndex index_for(Edition e, const Corpus& corpus, const CorpusIndex& index) {
    CorpusIndex shown = index;
    if (shows_inferred(e)) { return shown; }
    shown.referrers.clear();
    collect_backlinks(corpus_for(e, corpus), shown);
    return shown;
}

namespace {

// A capability or resource (not a named item, which is a section of its page) with no
// description the public edition shows and no items: its page would be its name alone.
bool says_nothing(const Corpus& corpus, const Capability& c) {
    if (c.code.find('-') != std::string::npos) { return false; }
    if (!c.description.empty() && c.provenance.is_fact("description")) { return false; }
    return capability_items(corpus.capabilities, c).empty();
}

}  // namespace

MovedPages moved_pages(Edition e, const Corpus& corpus) {
    MovedPages moved;
    if (e == Edition::review) { return moved; }
    auto move = [&](const EntityKey& key, const std::string& folder) {
        LivePlace place = live_place(corpus, key);
        if (!place.empty()) { moved[folder] = {url::page(place.slug), place.anchor}; }
    };
    for (const auto& p : corpus.principles) {
        std::string number = std::to_string(p.number);
        if (p.description.empty()) { move({EntityKind::principle, number}, url::of(EntityKind::principle, number)); }
    }
    for (const auto& c : corpus.conditions) {
        if (c.description.empty() && c.items.empty()) {
            move({EntityKind::condition, c.code}, url::of(EntityKind::condition, c.code));
        }
    }
    for (const auto& c : corpus.capabilities) {
        if (says_nothing(corpus, c)) { move({EntityKind::capability, c.code}, url::capability(c)); }
    }
    return moved;
}

SiteTarget resolve_target(const MovedPages& moved, const std::string& folder) {
    auto it = moved.find(folder);
    return it == moved.end() ? SiteTarget{folder, ""} : it->second;
}

namespace {

// On the chapter page that now describes a moved record, its heading links nowhere and
// its "Plašāk" link goes.
void unlink_moved(ContentSection& section, const MovedPages& moved) {
    auto is_moved = [&](const TextRun& r) { return !r.target.folder.empty() && moved.count(r.target.folder) > 0; };
    std::erase_if(section.blocks, [&](const ContentBlock& b) {
        return b.kind == ContentBlock::Kind::more && std::any_of(b.text.begin(), b.text.end(), is_moved);
    });
    for (auto& b : section.blocks) {
        for (auto& r : b.text) {
            if (b.kind == ContentBlock::Kind::heading && is_moved(r)) { r.target = {}; }
        }
    }
}

// A list entry that links to a maintainer page (the editor's guide in "Materiāli").
void drop_maintainer_links(ContentSection& section) {
    auto to_maintainer = [](const TextRun& r) { return r.target.folder == url::page(k_editors_guide); };
    for (auto& b : section.blocks) {
        std::erase_if(b.items,
                      [&](const Inline& item) { return std::any_of(item.begin(), item.end(), to_maintainer); });
    }
}

}  // namespace

PageContent for_edition(PageContent content, Edition e, const MovedPages& moved) {
    if (e == Edition::review) { return content; }
    for (auto& section : content.sections) {
        std::erase_if(section.blocks,
                      [](const ContentBlock& b) { return b.kind == ContentBlock::Kind::gap || b.unconfirmed; });
        for (auto& b : section.blocks) { b.inferred = false; }
        unlink_moved(section, moved);
        drop_maintainer_links(section);
    }
    // A titled section stays even when nothing is left under it: its heading names the record
    // and carries the live anchor that links elsewhere point to.
    std::erase_if(content.sections, [](const ContentSection& s) { return s.blocks.empty() && s.heading.empty(); });
    return content;
}

bool shows_value(Edition e, const RecordProvenance& p, std::string_view field) {
    return e == Edition::review || p.is_fact(field);
}

const std::vector<Ref>& shown_refs(Edition e, const RecordProvenance& p, std::string_view field,
                                   const std::vector<Ref>& refs) {
    static const std::vector<Ref> none;
    return shows_value(e, p, field) ? refs : none;
}

std::string inferred_sign() {
    return "<span class=\"inferred\" title=\"" + std::string(review_text::k_inferred_title) + "\">?</span>";
}

std::string inferred_legend() {
    return "<span class=\"inferred\">?</span> – " + std::string(review_text::k_ocr_legend) + ", nav apstiprināta";
}

const char* confidence_label(const std::string& confidence) {
    if (confidence == "high") { return "augsta"; }
    if (confidence == "medium") { return "vidēja"; }
    if (confidence == "low") { return "zema"; }
    if (confidence == "ambiguous") { return "neviennozīmīga"; }
    return "nav norādīta";
}

std::string status_text(const Provenance& p) {
    namespace r = review_text;
    switch (p.status) {
        case Status::unmarked:
            return r::k_no_source;
        case Status::confirmed:
            return r::k_status_confirmed;
        case Status::unknown:
            return r::k_status_unknown;
        case Status::inferred:
            break;
    }
    std::string out = r::k_status_inferred;
    if (!p.confidence.empty()) {
        out += " (" + std::string(r::k_confidence_word) + ": " + confidence_label(p.confidence) + ")";
    }
    return out;
}

std::string provenance_text(const Provenance& p) {
    std::string out = status_text(p);
    if (!p.how.empty()) { out += ": " + p.how; }
    if (!p.source.empty()) { out += ". " + std::string(review_text::k_source_label) + ": " + p.source; }
    return out;
}

std::string field_title(EntityKind kind, const std::string& key) {
    // What a kind's fields do not list: a work-plan row's dates and a task's matrix.
    static const std::map<std::string, std::string> others{{"start", "Sākums"},
                                                           {"end", "Beigu termiņš"},
                                                           {"period", "Plānotais periods"},
                                                           {"duration_days", "Ilgums"},
                                                           {"matrix", "Atbildības matrica"}};
    const auto& fields = record_kind(kind).fields;
    auto f = std::find_if(fields.begin(), fields.end(), [&](const FieldInfo& x) { return key == x.key; });
    auto other = others.find(key);
    std::string label = f != fields.end() ? f->label : other != others.end() ? other->second : "";
    return label.empty() ? key : label + " (" + key + ")";
}

std::string provenance_summary(const RecordProvenance& p, EntityKind kind) {
    std::string out = provenance_text(p.record);
    for (const auto& f : p.fields) { out += "; " + field_title(kind, f.field) + " — " + provenance_text(f.provenance); }
    return out;
}

std::string provenance_mark(Edition e, const RecordProvenance& p, std::string_view field) {
    if (e != Edition::review) { return ""; }
    const Provenance& f = p.of(field);
    if (&f == &p.record || !f.marked()) { return ""; }
    const char* word = f.status == Status::inferred  ? review_text::k_status_inferred
                       : f.status == Status::unknown ? review_text::k_status_unknown
                                                     : review_text::k_source_label;
    return " <span class=\"prov prov-" + std::string(status_name(f.status)) + "\" title=\"" +
           html_escape(provenance_text(f)) + "\">" + word + "</span>";
}

Date document_date(const Corpus& corpus) {
    return corpus.site.provenance.is_fact("created") ? corpus.site.created : Date{1980, 1, 1};
}

bool is_maintainer_page(const std::string& slug) { return slug == k_editors_guide; }

}  // namespace pvpp
