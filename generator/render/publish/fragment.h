// One live page as the HTML an editor pastes into the CMS: its content only, with
// the plain tags the editor keeps and every link absolute to the live site.
#pragma once
#include <string>
#include <vector>

#include "render/common/diagrams/diagrams.h"
#include "render/common/page_content.h"
#include "render/publish/live_links.h"
#include "render/renderer.h"

namespace pvpp {

class TermLinker;

/// A picture of a fragment, written next to it as <file>.svg (and <file>.png).
struct FragmentPicture {
    std::string file;  ///< base name, e.g. "lomu-shema"
    Picture picture;
};

struct Fragment {
    std::string slug;
    std::string title;
    std::string url;   ///< the page's live address
    std::string html;  ///< h2–h4, p, ul, ol, li, table parts, a, strong, em, sup, img
    std::vector<FragmentPicture> pictures;
    std::vector<std::string> images;  ///< files of content/images/ it shows, written next to it
    int gaps = 0;      ///< places where the corpus does not have the content yet
    int inferred = 0;  ///< headings whose code is inferred, not stated by the seeds
};

/// What fragments are made from.
struct FragmentContext {
    const RenderContext& render;
    const TermLinker* terms;  ///< glossary linking; may be null
    const LiveLinks& links;
    std::string picture_format = "png";  ///< the file the img shows: "png", or "svg" without rsvg-convert
};

/// The fragment of one live page. Sections whose content is empty here (a list of pages
/// only this site has) are left out; links to a page only this site has become text.
Fragment render_fragment(const FragmentContext& ctx, const PageContent& page);

}  // namespace pvpp
