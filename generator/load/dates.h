// Calendar dates as editors write them.
#pragma once
#include <optional>
#include <string_view>

#include "model/text.h"

namespace pvpp {

/// Parses "31.03.2025" (also "2025-03-31"); nullopt if malformed or not a real day.
std::optional<Date> parse_latvian_date(std::string_view text);

}  // namespace pvpp
