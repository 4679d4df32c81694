// What each edition of the corpus shows. The public edition (`pvpp build`) says only
// what the corpus states as confirmed and written; the review edition (`pvpp build
// --review`) shows everything an editor works on: gaps, inferred values with their
// confidence, reading notes, maintainer pages, under a watermark. Renderers ask here
// instead of deciding on their own, and the strings the public edition must never
// hold are listed here once, for the renderers and for the test that walks the output.
#pragma once
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "model/corpus.h"
#include "render/common/page_content.h"
#include "validate/corpus_index.h"

namespace pvpp {

enum class Edition { public_, review };

/// The sentences and labels only the review edition shows. Renderers use these
/// constants; review_only_strings() lists them all for the public-edition test.
namespace review_text {
inline constexpr const char* k_watermark = "Darba versija — nav publicējama";
inline constexpr const char* k_section_gap = "Sadaļa vēl nav aprakstīta.";
inline constexpr const char* k_toc_gap = "(vēl nav aprakstīta)";
inline constexpr const char* k_no_description = "Apraksts avotos nav dots.";
inline constexpr const char* k_no_definition = "Definīcija avotos nav dota.";
inline constexpr const char* k_content_gap = "Saturs vēl nav pārnests no avota.";
inline constexpr const char* k_duties_gap = "Pienākumi kartītē vēl nav aprakstīti.";
inline constexpr const char* k_derived = "Atvasināts no datiem; sadaļas teksts vēl nav aprakstīts.";
inline constexpr const char* k_partial = "Sadaļa atjaunota daļēji.";
inline constexpr const char* k_capability_gap = "Spēja vēl nav aprakstīta.";
inline constexpr const char* k_resource_gap = "Resurss vēl nav aprakstīts.";
inline constexpr const char* k_live_place_unknown = "Vieta tiešsaistes vietnē nav zināma.";
inline constexpr const char* k_flag_unknown = "pazīme nav zināma";
inline constexpr const char* k_road_map_gap =
    "Ceļa kartes posmi ir norādīti tikai tiem pasākumiem, kuriem avotā tie ir nolasāmi.";
inline constexpr const char* k_inferred_title = "secināts, nav apstiprināts";
inline constexpr const char* k_ocr_legend = "atbildība secināta no OCR nolasījuma";
inline constexpr const char* k_ocr_reading = "OCR nolasījuma";
inline constexpr const char* k_confidence_lead = "Rindu nolasījuma ticamība nav augsta";
inline constexpr const char* k_row_notes = "Katras rindas nolasījuma piezīme";
inline constexpr const char* k_confidence_label = "Matricas nolasījuma ticamība";
inline constexpr const char* k_matrix_note_label = "Matricas nolasījuma piezīme";
inline constexpr const char* k_code_inferred = "Kods secināts";
inline constexpr const char* k_code_not_stated = "secināts, avotos nav norādīts";
inline constexpr const char* k_unknown_f = "nav zināma";
inline constexpr const char* k_status_missing = "nav aprakstīta";
inline constexpr const char* k_status_label = "Sadaļas statuss";
inline constexpr const char* k_unknown_m = "nav zināms";
inline constexpr const char* k_forms_label = "Vārdformas";
inline constexpr const char* k_source_label = "Avots";
inline constexpr const char* k_live_anchor_label = "Enkurs tiešsaistē";
inline constexpr const char* k_maintainer = "Uzturētājam";
inline constexpr const char* k_completeness = "Satura pilnīgums";
inline constexpr const char* k_provenance_label = "Avots un statuss";
inline constexpr const char* k_status_inferred = "secināts";
inline constexpr const char* k_status_unknown = "avotos nav";
inline constexpr const char* k_status_confirmed = "apstiprināts";
inline constexpr const char* k_no_source = "avots nav norādīts";
inline constexpr const char* k_confidence_word = "ticamība";
}  // namespace review_text

/// A string the public edition must not hold: as text anywhere, or only as a label
/// (a field's name, a workbook column's header: "Avots" is a word prose may use).
struct ReviewString {
    enum class Where { text, label };
    Where where;
    std::string value;
};

/// Every fixed string of review_text except the watermark (the test checks that one itself).
std::vector<ReviewString> review_only_strings();

/// The corpus's own workshop notes, which only the review edition prints: each matrix
/// row's reading note and each term's source line.
std::vector<std::string> review_only_values(const Corpus& corpus);

/// Placeholder sentences, "derived from data" and "partly restored" notes.
bool shows_gaps(Edition e);
/// Inferred values (a matrix cell with '?', an inferred code) with their confidence and notes.
bool shows_inferred(Edition e);
/// The completeness report, the editor's guide, the CMS publishing page, term word forms.
bool shows_maintainer_pages(Edition e);

/// `<p class="cls">sentence</p>` in the review edition, "" in the public one.
std::string gap_html(Edition e, const char* sentence, const char* cls = "gap");

/// The public matrix's line in place of its inferred cells ("Šūnas, kuru atbildība vēl tiek
/// apstiprināta: 61; …"): the reader learns that the empty cells are open, not "no role".
std::string cells_being_confirmed(std::size_t cells);

/// The corpus as the edition's open data holds it: the public one without inferred matrix
/// cells, the matrix rows' confidence and reading notes, or the terms' source lines.
Corpus corpus_for(Edition e, const Corpus& corpus);

/// The index the edition's renderers read. The public edition's backlinks ("Saistīts ar") come
/// only from what it shows, so a role page lists no task whose matrix cell is inferred.
CorpusIndex index_for(Edition e, const Corpus& corpus, const CorpusIndex& index);

/// The public edition states no work-plan date, period or duration that the corpus marks
/// inferred or unknown (RV3's start read from OCR): they leave the action lines' and measures'
/// schedules before the public renderers run, so the table, the Gantt chart, the pages, the
/// workbooks and the open data agree ("–", no bar). The review edition keeps them, marked.
void hide_unconfirmed_dates(Edition e, Corpus& corpus);

/// Site page folder → where its record is described instead.
using MovedPages = std::map<std::string, SiteTarget>;

/// The pages the edition does not make: in the public one, a principle or condition with
/// nothing to say beyond its code and name (no description, no items) that has a place on
/// a chapter page. Links to it go to that place.
MovedPages moved_pages(Edition e, const Corpus& corpus);

/// A site folder as a link target in the edition: its moved place, or the folder itself.
SiteTarget resolve_target(const MovedPages& moved, const std::string& folder);

/// A live page's content as the edition shows it: the public one without gap blocks,
/// sections left empty by them, the marks of inferred codes, or links to moved pages from
/// the place they moved to.
PageContent for_edition(PageContent content, Edition e, const MovedPages& moved = {});

/// Whether the edition shows a record's field as a fact. The public edition shows only what
/// is confirmed (or not marked at all: `pvpp check` warns about those); per kind, what it
/// shows instead is written where the field is rendered (README, "Two editions"):
///   institution group work_plan / outside_work_plan → the field and its notes left out;
///   measure responsible → "–" in the tables, the field left out of the measure's page;
///   a Markdown field (S2-2's description) → left out; the site's created date → the
///   workbooks carry the technical date 1980-01-01 instead (document_date).
/// Codes and slugs are identifiers, not facts: both editions use them, the review edition
/// marks the inferred ones.
bool shows_value(Edition e, const RecordProvenance& p, std::string_view field);

/// A field's references where the edition shows the field; none where it does not (a task's
/// related tasks read from a card's further reading, not from the diagram).
const std::vector<Ref>& shown_refs(Edition e, const RecordProvenance& p, std::string_view field,
                                   const std::vector<Ref>& refs);

/// The review edition's "?" after an inferred A/L letter, its meaning as a tooltip (site and cards).
std::string inferred_sign();
/// What that "?" means, for a legend: "? – atbildība secināta no OCR nolasījuma, nav apstiprināta".
std::string inferred_legend();

/// Latvian word for a reading confidence ("high" → "augsta"; "nav norādīta" when none is given).
const char* confidence_label(const std::string& confidence);
/// The status in words: "secināts (ticamība: vidēja)", "avotos nav", "apstiprināts".
std::string status_text(const Provenance& p);
/// The whole statement in one line: status, how, "Avots: …" (workbook column, tooltip).
std::string provenance_text(const Provenance& p);
/// A field as the review edition names it: its Latvian label, with the key editors write in
/// `fields.<key>`: "Atbildīgie (responsible)"; the key alone when nothing labels it.
std::string field_title(EntityKind kind, const std::string& key);
/// A record's statement and each field's that differs, in one cell of a review workbook:
/// "apstiprināts. Avots: 003 §4.1; Attiecas darba plāns (work_plan) — avotos nav: …".
std::string provenance_summary(const RecordProvenance& p, EntityKind kind);
/// The review edition's mark after a value whose field differs from its record (a word with
/// the whole statement as its tooltip); "" in the public edition and for an unmarked field.
std::string provenance_mark(Edition e, const RecordProvenance& p, std::string_view field);

/// The date the workbooks carry as their document date: the corpus's `created` when it is
/// confirmed, otherwise a fixed technical date (1980-01-01, the ZIP epoch) that states
/// nothing about the plan and keeps the workbooks byte-identical.
Date document_date(const Corpus& corpus);

/// The prose pages only the review edition has (the editor's guide), by slug.
bool is_maintainer_page(const std::string& slug);

}  // namespace pvpp
