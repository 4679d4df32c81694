// Shared steps of the golden tests: the list of what to compare, one comparison with its
// expected file (rewritten when PVPP_UPDATE_EXPECTED is set), and the check for stale files.
#pragma once
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "test_site.h"
#include "util/text.h"

namespace pvpp::test {

/// The lines of a list file (pages.txt, publish.txt) that are not empty or # comments.
inline std::vector<std::string> listed_lines(const std::filesystem::path& file) {
    std::vector<std::string> lines;
    std::string text = read_file(file);  // the lines below view into it
    for (auto line : split_lines(text)) {
        line = trim(line);
        if (!line.empty() && line.front() != '#') { lines.emplace_back(line); }
    }
    return lines;
}

/// A path as one file name: "lv/lomas/x/" → "lv_lomas_x_".
inline std::string flat_name(std::string path) {
    std::replace(path.begin(), path.end(), '/', '_');
    return path;
}

/// Checks actual against the expected file (written first when update), and notes its name in seen.
inline void compare_expected(const std::string& actual, const std::filesystem::path& expected, bool update,
                             std::vector<std::string>& seen) {
    seen.push_back(expected.filename().string());
    if (update) {
        std::filesystem::create_directories(expected.parent_path());
        std::ofstream(expected, std::ios::binary) << actual;
    }
    CAPTURE(expected.string());
    CHECK_FALSE(actual.empty());
    CHECK(actual == read_file(expected));
}

/// An expected file nothing produced is stale: it fails rather than passing unseen.
inline void check_no_stale(const std::filesystem::path& dir, const std::vector<std::string>& seen) {
    std::error_code ec;
    for (std::filesystem::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        std::string name = it->path().filename().string();
        CAPTURE(name);
        CHECK(std::find(seen.begin(), seen.end(), name) != seen.end());
    }
}

}  // namespace pvpp::test
