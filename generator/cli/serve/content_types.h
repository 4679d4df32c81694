// The Content-Type a preview server sends for a file, by its extension.
#pragma once
#include <string>
#include <string_view>

namespace pvpp {

/// The media type for a path ("lv/x/index.html" → "text/html; charset=utf-8");
/// application/octet-stream for an unknown extension.
std::string content_type_for(std::string_view path);

/// True when the media type is an HTML page (the reload script goes into those).
bool is_html_type(std::string_view content_type);

}  // namespace pvpp
