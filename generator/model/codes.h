// Recognising the corpus's codes (PU2-10, N4-1, S2-4, R1, RV3, P4.2) in text.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace pvpp {

enum class CodeKind { task, condition, condition_group, capability, resource, action_line, measure };

/// A code found in text: its byte offset, length and kind.
struct CodeMatch {
    std::size_t offset = 0;
    std::size_t length = 0;
    CodeKind kind = CodeKind::task;
};

/// Every code in text, left to right. A code must stand alone: not preceded or
/// followed by a letter or digit ("ITIL4", "PVPP2027" hold none).
std::vector<CodeMatch> find_codes(std::string_view text);

/// Markdown with the text of code spans and fenced code blocks blanked out
/// (same length, newlines kept), so codes quoted as code are not references.
std::string mask_code(std::string_view markdown);

/// The kind of a whole string if it is exactly one code.
bool classify_code(std::string_view text, CodeKind& kind);

/// Human name of a kind, for messages ("task", "condition", …).
const char* code_kind_name(CodeKind kind);

}  // namespace pvpp
