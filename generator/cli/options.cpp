#include "cli/options.h"

#include <algorithm>
#include <filesystem>

#include "util/message.h"
#include "util/text.h"

namespace pvpp {

const char* usage_text() {
    return "pvpp — pakalpojumu pārvaldības politikas publicēšana no viena avota\n"
           "\n"
           "Lietošana:\n"
           "  pvpp check [--root DIR]                 ielādē un pārbauda korpusu, parāda pilnīguma pārskatu\n"
           "  pvpp build [--root DIR] [--out DIR]     pārbauda un izveido visu izvadi (noklusēti DIR/output)\n"
           "  pvpp build --review                     darba versija redaktoriem: ar nepabeigto un secināto, OUT/review/\n"
           "  pvpp serve [--port N] [--root DIR] [--out DIR]\n"
           "                                          izveido izvadi un rāda vietni http://127.0.0.1:N/ (noklusēti\n"
           "                                          8080); pēc katras saglabāšanas pārbūvē un atjauno lapu pārlūkā;\n"
           "                                          rāda darba versiju (OUT/review/), ar --public – publisko\n"
           "  pvpp diff VECĀ [JAUNĀ] [--out DIR]      salīdzina divas korpusa versijas (JAUNĀ noklusēti: ROOT);\n"
           "                                          pārskats terminālī un DIR/izmainas/index.html\n"
           "  pvpp novertejumi MAPE [--out DIR]       nolasa aizpildītos pašnovērtējumus (P2.3) no MAPES; iestāžu\n"
           "                                          pilnveides plānu projekti un kopaina DIR/novertejumi/\n"
           "  pvpp --help                             šis teksts\n"
           "  pvpp --version                          versija\n"
           "\n"
           "Opcijas:\n"
           "  --root DIR    projekta sakne ar content/, data/ un themes/ (noklusēti: .);\n"
           "                vai satura mape: content/_index.md un Markdown lapas, bez data/\n"
           "  --out DIR     izvades mape (noklusēti: ROOT/output)\n"
           "  --theme NAME  tēma no themes/NAME (noklusēti: default)\n"
           "  --port N      serve: ports (0 – jebkurš brīvs; to izdrukā)\n"
           "  --pdf         build: kartītes un lomu lapas arī PDF formātā (vajag Chromium);\n"
           "                no jauna drukā tikai mainītās\n"
           "  --cards-written-only\n"
           "                build: kartītēs tikai aprakstītās sadaļas (tīrs izdales materiāls)\n"
           "  --review      build: darba versija (nav publicējama) mapē OUT/review/\n"
           "  --public      serve: publiskā versija darba versijas vietā\n"
           "  --exit-code   diff: izejas kods 3, ja ir izmaiņas (skriptiem, kā git diff --exit-code)\n"
           "\n"
           "Izejas kods: 0 – viss kārtībā, 1 – kļūdas saturā, 2 – nepareiza lietošana,\n"
           "3 – diff --exit-code atrada izmaiņas.\n";
}

namespace {

bool takes_value(const std::string& flag) {
    return flag == "--root" || flag == "--out" || flag == "--theme" || flag == "--port";
}

// A port is a whole number 0…65535, written in digits only.
bool parse_port(const std::string& value, int& port) {
    if (value.empty() || value.size() > 5 || value.find_first_not_of("0123456789") != std::string::npos) {
        return false;
    }
    port = std::stoi(value);
    return port <= 65535;
}

bool set_value(Options& o, const std::string& flag, const std::string& value) {
    if (flag == "--root") { o.root = value; }
    if (flag == "--out") { o.out = value; }
    if (flag == "--theme") { o.theme = value; }
    if (flag == "--port") { return parse_port(value, o.port); }
    return !value.empty();
}

// serve shows the review edition unless told otherwise (as `hugo server -D` shows drafts);
// build makes the public one unless told otherwise. The review edition lives in OUT/review/.
bool choose_edition(Options& o, const std::vector<std::string>& flags, std::ostream& err) {
    for (const auto& f : flags) {
        if ((f == "--review" && o.command != "build" && o.command != "serve") ||
            (f == "--public" && o.command != "serve")) {
            err << "pvpp: " << fill(_("{1} is not an option of pvpp {2} (see pvpp --help)"), {f, o.command}) << "\n";
            return false;
        }
    }
    bool wants_public = std::find(flags.begin(), flags.end(), "--public") != flags.end();
    o.review = (o.command == "serve" && !wants_public) || std::find(flags.begin(), flags.end(), "--review") != flags.end();
    if (o.review && wants_public) {
        err << "pvpp: " << _("--review and --public exclude each other") << "\n";
        return false;
    }
    if (o.review) { o.out += "/review"; }
    return true;
}

// Every command and option the line can hold, for "did you mean" on a slip ("chek", "--rot").
const std::vector<std::string> k_known_words = {
    "check", "build", "serve", "diff", "novertejumi", "review-strings", "--root", "--out", "--theme", "--port",
    "--pdf", "--cards-written-only", "--exit-code", "--review", "--public", "--help", "--version"};

void unknown_argument(const std::string& a, std::ostream& err) {
    std::string guess = nearest(a, k_known_words);
    err << "pvpp: "
        << (guess.empty() ? fill(_("unknown argument '{1}' (see pvpp --help)"), {a})
                          : fill(_("unknown argument '{1}' (did you mean {2}?) (see pvpp --help)"), {a, guess}))
        << "\n";
}

// A root that is not there is a slip on the command line, not in the corpus: said before
// anything is loaded, with the usage errors' exit status.
bool roots_exist(const Options& o, std::ostream& err) {
    std::vector<std::string> roots = {o.root};
    if (o.command == "diff") { roots = {o.old_root, o.new_root}; }
    for (const auto& root : roots) {
        std::error_code ec;
        if (!std::filesystem::is_directory(root, ec)) {
            err << "pvpp: "
                << fill(o.command == "diff" ? _("the corpus folder {1} does not exist or is not a folder")
                                            : _("--root {1} does not exist or is not a folder"),
                        {root})
                << "\n";
            return false;
        }
    }
    return true;
}

}  // namespace

std::optional<Options> parse_options(const std::vector<std::string>& args, std::ostream& err) {
    Options o;
    std::vector<std::string> diff_roots;
    std::vector<std::string> flags;  // --review, --public: which edition, decided once the command is known
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--help" || a == "-h" || a == "help") {
            o.command = "help";
        } else if (a == "--version") {
            o.command = "version";
        } else if (a == "--pdf") {
            o.pdf = true;
        } else if (a == "--cards-written-only") {
            o.cards_written_only = true;
        } else if (a == "--review" || a == "--public") {
            flags.push_back(a);
        } else if (takes_value(a)) {
            if (i + 1 >= args.size() || !set_value(o, a, args[i + 1])) {
                err << "pvpp: "
                    << fill(a == "--port" ? _("{1} needs a port number 0…65535") : _("{1} needs a value"), {a}) << "\n";
                return std::nullopt;
            }
            ++i;
        } else if (a == "--exit-code") {
            o.exit_code = true;
        } else if ((a == "check" || a == "build" || a == "serve" || a == "diff" || a == "novertejumi" ||
                    a == "review-strings") &&
                   o.command.empty()) {
            o.command = a;
        } else if (o.command == "novertejumi" && !a.empty() && a[0] != '-' && o.assessments.empty()) {
            o.assessments = a;
        } else if (o.command == "diff" && !a.empty() && a[0] != '-' && diff_roots.size() < 2) {
            diff_roots.push_back(a);
        } else {
            unknown_argument(a, err);
            return std::nullopt;
        }
    }
    if (o.command.empty()) {
        err << "pvpp: " << _("missing command (see pvpp --help)") << "\n";
        return std::nullopt;
    }
    if (o.command == "diff" && diff_roots.empty()) {
        err << "pvpp: " << _("diff needs the folder of the earlier corpus (pvpp diff OLD_ROOT [NEW_ROOT])") << "\n";
        return std::nullopt;
    }
    if (o.command == "novertejumi" && o.assessments.empty()) {
        err << "pvpp: " << _("novertejumi needs the folder of filled workbooks (pvpp novertejumi DIR)") << "\n";
        return std::nullopt;
    }
    if (o.command == "diff") {
        o.old_root = diff_roots[0];
        o.new_root = diff_roots.size() > 1 ? diff_roots[1] : o.root;
    }
    if (o.command != "help" && o.command != "version" && !roots_exist(o, err)) { return std::nullopt; }
    if (o.out.empty()) { o.out = o.root == "." ? "output" : o.root + "/output"; }
    if (!choose_edition(o, flags, err)) { return std::nullopt; }
    return o;  // run_build refuses an --out it may not replace (cli/out_folder.h), for serve's builds too
}

}  // namespace pvpp
