// Which file of the build a preview request names, without ever leaving the output folder.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace pvpp {

/// The answer to a request path: a file to send, a folder to redirect to with its
/// trailing slash (the site's links are relative), or nothing.
struct SiteFile {
    enum class Kind { file, redirect, missing };
    Kind kind = Kind::missing;
    std::string target;  ///< file: the path on disk; redirect: the URL (percent-encoded)
};

/// Resolves a decoded URL path against the output folder OUT. The site comes first
/// ("/" is site/index.html, "/lv/x/" site/lv/x/index.html); then the folders named in
/// `beside`, the other outputs of the build that the site links to ("/xlsx/…",
/// "/cards/…"). Nothing else below OUT is served (not pvpp's .pvpp-cache/, whose stamp
/// names the machine's paths, nor what else the folder holds). Paths with ".", "..",
/// empty segments, NUL or backslashes, and files whose real path (links resolved) lies
/// outside OUT, are missing.
SiteFile resolve_site_file(const std::string& out_dir, std::string_view url_path,
                           const std::vector<std::string>& beside);

/// Percent-encodes a path for a Location header; '/' and unreserved ASCII stay.
std::string encode_url_path(std::string_view path);

}  // namespace pvpp
