#include "util/words.h"

#include "util/utf8.h"

namespace pvpp {

bool is_word_code_point(char32_t cp) {
    if (cp < 0x80) {
        return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
    }
    return (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) || (cp >= 0x370 && cp <= 0x52F);
}

std::vector<WordSpan> split_words(std::string_view text) {
    std::vector<WordSpan> words;
    std::size_t pos = 0;
    std::size_t start = std::string_view::npos;
    while (pos < text.size()) {
        std::size_t at = pos;
        bool letter = is_word_code_point(next_code_point(text, pos));
        if (letter && start == std::string_view::npos) { start = at; }
        if (!letter && start != std::string_view::npos) {
            words.push_back({start, at - start});
            start = std::string_view::npos;
        }
    }
    if (start != std::string_view::npos) { words.push_back({start, text.size() - start}); }
    return words;
}

}  // namespace pvpp
