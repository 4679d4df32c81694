#include "util/markdown_parser.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>

namespace pvpp {
namespace {

constexpr const char* k_extensions[] = {"table", "autolink", "strikethrough", "tagfilter"};

// cmark-gfm 0.29 keeps the inline parser's table of special characters in a global:
// every parse adds its extensions' characters ('~', '|', ':', 'w' …) when its inline
// phase starts and removes them when it ends, so two threads parsing at once could
// see each other's removal and render "~~x~~" or a table differently. Pages render on
// every core, so the characters are added once for good here, and the extensions are
// left without a list, which makes the per-parse add and remove do nothing.
void pin_special_characters(cmark_llist* extensions) {
    cmark_parser* parser = cmark_parser_new(k_markdown_options);
    for (cmark_llist* it = extensions; it; it = it->next) {
        cmark_parser_attach_syntax_extension(parser, static_cast<cmark_syntax_extension*>(it->data));
    }
    cmark_manage_extensions_special_characters(parser, 1);
    cmark_parser_free(parser);
    for (cmark_llist* it = extensions; it; it = it->next) {
        cmark_syntax_extension_set_special_inline_chars(static_cast<cmark_syntax_extension*>(it->data), nullptr);
    }
}

// Registering is process-wide in cmark-gfm; a function-local static makes it once and thread-safe.
cmark_llist* build_extension_list() {
    cmark_gfm_core_extensions_ensure_registered();
    cmark_llist* list = nullptr;
    for (const char* name : k_extensions) {
        if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name)) {
            list = cmark_llist_append(cmark_get_default_mem_allocator(), list, ext);
        }
    }
    pin_special_characters(list);
    return list;
}

}  // namespace

cmark_llist* markdown_extensions() {
    static cmark_llist* list = build_extension_list();
    return list;
}

CmarkDocument parse_markdown(std::string_view text) {
    cmark_parser* parser = cmark_parser_new(k_markdown_options);
    for (cmark_llist* it = markdown_extensions(); it; it = it->next) {
        cmark_parser_attach_syntax_extension(parser, static_cast<cmark_syntax_extension*>(it->data));
    }
    cmark_parser_feed(parser, text.data(), text.size());
    CmarkDocument doc(cmark_parser_finish(parser));
    cmark_parser_free(parser);
    return doc;
}

}  // namespace pvpp
