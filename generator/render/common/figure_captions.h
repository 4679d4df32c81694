// The plan's chapters keep the captions of their figures ("*1.1.–1. attēls. …*"), but the
// corpus holds no figure under them; the public edition leaves such a caption out.
#pragma once
#include <string>

namespace pvpp {

/// Rendered HTML without the paragraphs that are only a figure caption
/// (<p><em>N.N.–N. attēls. …</em></p>) with no picture in them.
std::string without_orphan_captions(const std::string& html);

}  // namespace pvpp
