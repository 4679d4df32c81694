#include "load/page_loader.h"

#include "load/record_loaders.h"
#include "util/message.h"
#include "util/text.h"

namespace pvpp {

namespace {

// "+++\n<toml>\n+++\n<body>": the index of the closing +++ line, or 0 when the front matter
// is missing or unclosed (reported).
std::size_t closing_line(LoadContext& ctx) {
    const auto& lines = ctx.lines;
    if (lines.empty() || trim(lines[0]) != "+++") {
        ctx.diags.error(ctx.loc(1, 1), _("a page must start with a +++ line that opens its TOML front matter"));
        return 0;
    }
    for (std::size_t i = 1; i < lines.size(); ++i) {
        if (trim(lines[i]) == "+++") { return i; }
    }
    ctx.diags.error(ctx.loc(1, 1), _("front matter opened here is not closed by a +++ line"));
    return 0;
}

}  // namespace

std::optional<Text> read_front_matter(LoadContext& ctx, const std::function<void(TableReader&)>& read) {
    std::size_t close = closing_line(ctx);
    if (close == 0) { return std::nullopt; }
    std::size_t front_at = ctx.lines[0].size() + 1;
    auto close_at = static_cast<std::size_t>(ctx.lines[close].data() - ctx.text.data());
    ctx.line_offset = 1;  // the front matter starts on the file's second line
    auto table = parse_toml(ctx, ctx.text.substr(front_at, close_at - front_at));
    if (table) {
        TableReader t(*table, ctx, _("the front matter"));
        read(t);
    }
    ctx.line_offset = 0;
    if (!table) { return std::nullopt; }
    std::size_t body_at = std::min(close_at + ctx.lines[close].size() + 1, ctx.text.size());
    return Text{std::string(ctx.text.substr(body_at)), ctx.loc(static_cast<int>(close) + 2, 1), {}};
}

// A page's front matter holds its fields, as its descriptor lists them; the rest is its body.
void load_page(LoadContext& ctx, Corpus& corpus) {
    auto body = read_front_matter(ctx, [&](TableReader& t) { load_record(t, EntityKind::page, corpus); });
    if (!body) { return; }
    Page& page = corpus.pages.back();
    page.loc = ctx.loc(1, 1);
    page.body = std::move(*body);
    check_markdown(page.body, ctx.diags);
}

}  // namespace pvpp
