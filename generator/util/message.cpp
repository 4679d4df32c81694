#include "util/message.h"

#include <libintl.h>

namespace pvpp {

const char* translate(const char* id) { return dgettext("pvpp", id); }

std::string fill(const std::string& pattern, std::initializer_list<std::string> args) {
    std::string out;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const bool place = pattern[i] == '{' && i + 2 < pattern.size() && pattern[i + 2] == '}' &&
                           pattern[i + 1] >= '1' && pattern[i + 1] <= '9';
        const std::size_t n = place ? std::size_t(pattern[i + 1] - '1') : args.size();
        if (n < args.size()) {
            out += *(args.begin() + n);
            i += 2;
        } else {
            out += pattern[i];
        }
    }
    return out;
}

}  // namespace pvpp
