// A PDF printed by Chromium carries the time of printing, absolute file:// links
// into the folder it was printed in (a staging folder renamed afterwards) and, in its
// structure tree, ids taken from Chromium's DOM node counter. These rewrite all three
// in place, so two builds give the same bytes and the links keep working wherever
// output/ is moved.
#pragma once
#include <string>

namespace pvpp {

/// The file:// URL of an absolute path, escaped as Chromium writes it ("a b" → "a%20b").
std::string file_url(const std::string& absolute_path);

/// The PDF with each /CreationDate and /ModDate value set to 2024-01-01 00:00:00 UTC
/// (the workbooks' default document date), byte length kept.
std::string with_fixed_pdf_dates(std::string pdf);

/// The PDF with every link into root (an absolute folder) made relative to a folder one
/// level below it, where the PDFs lie: "file:///…/root/site/x.html" → "../site/x.html".
/// The shorter value is padded with spaces after its closing parenthesis, so every
/// object keeps its byte offset and the cross-reference table stays valid.
std::string with_relative_links(std::string pdf, const std::string& root);

/// The PDF with each structure element id "(node00000123)" (in /ID, /Headers and the
/// /IDTree's /Names and /Limits) renumbered by rank: the smallest becomes node00000001.
/// Chromium's counter counts every DOM node it made before, which can vary with timing on
/// a busy machine; the ranks do not, and they keep the id tree's sorted order and every
/// byte length.
std::string with_stable_structure_ids(std::string pdf);

/// Applies all three to the PDF file at path; false when it cannot be read or written.
bool make_pdf_reproducible(const std::string& path, const std::string& root);

}  // namespace pvpp
