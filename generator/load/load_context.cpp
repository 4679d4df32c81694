#include "load/load_context.h"

#include "util/text.h"

namespace pvpp {

LoadContext::LoadContext(std::string file_, std::string_view text_, Diagnostics& diags_)
    : file(std::move(file_)), text(text_), lines(split_lines(text_)), diags(diags_) {}

}  // namespace pvpp
