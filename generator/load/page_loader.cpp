#include "load/page_loader.h"

#include "load/record_loaders.h"
#include "util/message.h"
#include "util/text.h"

namespace pvpp {

std::optional<FrontMatterSplit> split_front_matter(LoadContext& ctx) {
    const auto& lines = ctx.lines;
    if (lines.empty() || trim(lines[0]) != "+++") {
        ctx.diags.error(ctx.loc(1, 1), _("a page must start with a +++ line that opens its TOML front matter"));
        return std::nullopt;
    }
    std::size_t offset = lines[0].size() + 1;
    for (std::size_t i = 1; i < lines.size(); ++i) {
        if (trim(lines[i]) == "+++") {
            FrontMatterSplit split;
            split.front = ctx.text.substr(lines[0].size() + 1, offset - lines[0].size() - 1);
            std::size_t body_at = std::min(offset + lines[i].size() + 1, ctx.text.size());
            split.body = ctx.text.substr(body_at);
            split.front_line = 2;
            split.body_line = static_cast<int>(i) + 2;
            return split;
        }
        offset += ctx.text.substr(offset).find('\n') + 1;
    }
    ctx.diags.error(ctx.loc(1, 1), _("front matter opened here is not closed by a +++ line"));
    return std::nullopt;
}

std::optional<FrontMatterSplit> read_front_matter(LoadContext& ctx, const std::function<void(TableReader&)>& read) {
    auto split = split_front_matter(ctx);
    if (!split) { return std::nullopt; }
    ctx.line_offset = split->front_line - 1;
    auto table = parse_toml(ctx, split->front);
    if (table) {
        TableReader t(*table, ctx, _("the front matter"));
        read(t);
    }
    ctx.line_offset = 0;
    return table ? split : std::nullopt;
}

// A page's front matter holds its fields, as its descriptor lists them; the rest is its body.
void load_page(LoadContext& ctx, Corpus& corpus) {
    auto split = read_front_matter(ctx, [&](TableReader& t) { load_record(t, EntityKind::page, corpus); });
    if (!split) { return; }
    Page& page = corpus.pages.back();
    page.loc = ctx.loc(1, 1);
    page.body.markdown = std::string(split->body);
    page.body.loc = ctx.loc(split->body_line, 1);
    check_markdown(page.body, ctx.diags);
}

}  // namespace pvpp
