// Whole card files: the theme's templates filled from the card views.
#pragma once
#include <string>

#include "render/cards/card_links.h"
#include "render/common/theme.h"

namespace pvpp {

/// Expands the cards templates of a loaded theme; pure apart from reading the theme.
class CardDocuments {
public:
    CardDocuments(const RenderContext& ctx, const Theme& theme, std::string css);

    /// The <article> of one task's card: cover and sections.
    std::string card_body(const Task& task) const;
    /// output/cards/PU2-10.html and the like.
    std::string card_file(const Task& task) const;
    /// output/cards/visi-uzdevumi.html: a contents page, then every card.
    std::string all_cards_file() const;
    /// output/cards/index.html: the cards by level, with how much of each is written.
    std::string index_file() const;
    /// output/cards/lomas.html: the P1.1 role sheets.
    std::string roles_file() const;
    /// output/cards/nosacijumi.html: the P4.4 handout on the conditions.
    std::string conditions_file() const;
    /// output/cards/spejas-un-resursi.html: the P4.6 handout on capabilities and resources.
    std::string capabilities_file() const;

private:
    std::string document(const std::string& title, const std::string& body) const;
    std::string footer() const;
    void fill_groups(ctemplate::TemplateDictionary& dict) const;
    /// A training handout: its template (cards/<name>.tpl) filled by fill, under the footer.
    std::string handout(const char* name, void (*fill)(const CardLinks&, ctemplate::TemplateDictionary&),
                        const std::string& title) const;

    CardLinks m_links;
    const Theme& m_theme;
    std::string m_css;
    std::string m_style_hash;  ///< lets exactly m_css through the cards' Content-Security-Policy
};

}  // namespace pvpp
