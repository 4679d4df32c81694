#include "util/message.h"

#include <libintl.h>

#include <clocale>
#include <cstdlib>
#include <filesystem>
#include <mutex>

namespace pvpp {

namespace {

bool g_english = false;

bool names_english(const char* value) {
    return value[0] == 'e' && value[1] == 'n' &&
           (value[2] == '\0' || value[2] == '_' || value[2] == '.' || value[2] == ':' || value[2] == '@');
}

// The variables gettext itself reads, in its order; the first one set decides.
bool english_wanted() {
    for (const char* name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"}) {
        const char* value = std::getenv(name);
        if (value && *value) { return names_english(value); }
    }
    return false;
}

// The catalog lies beside the program in the build tree (build/locale), below its prefix
// once installed (bin/../share/locale), or where CMake installs it.
std::string locale_dir() {
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::path exe_dir = fs::read_symlink("/proc/self/exe", ec).parent_path();
    for (const fs::path& dir : {exe_dir / "locale", exe_dir / ".." / "share" / "locale", fs::path(PVPP_LOCALE_DIR)}) {
        if (fs::is_regular_file(dir / "lv" / "LC_MESSAGES" / "pvpp.mo", ec)) { return dir.string(); }
    }
    return PVPP_LOCALE_DIR;
}

// glibc's gettext reads LANGUAGE only when the messages locale is not "C", and a Latvian
// locale is seldom installed: C.UTF-8 (built into glibc) with LANGUAGE=lv gives the Latvian
// catalog on any machine, whatever locales it has. Output stays UTF-8 whatever LC_CTYPE is.
void use_latvian() {
    bindtextdomain("pvpp", locale_dir().c_str());
    bind_textdomain_codeset("pvpp", "UTF-8");
    if (!std::setlocale(LC_MESSAGES, "C.UTF-8")) { std::setlocale(LC_MESSAGES, "C.utf8"); }
    setenv("LANGUAGE", "lv", 1);
}

}  // namespace

void choose_message_language() {
    static std::once_flag once;
    std::call_once(once, [] {
        g_english = english_wanted();
        if (!g_english) { use_latvian(); }
    });
}

const char* translate(const char* id) {
    choose_message_language();
    return g_english ? id : dgettext("pvpp", id);
}

const char* translate_plural(const char* one, const char* many, unsigned long n) {
    choose_message_language();
    if (g_english) { return n == 1 ? one : many; }
    return dngettext("pvpp", one, many, n);
}

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
