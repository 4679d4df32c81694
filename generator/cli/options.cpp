#include "cli/options.h"

#include "cli/out_folder.h"

namespace pvpp {

const char* usage_text() {
    return "pvpp — pakalpojumu pārvaldības politikas publicēšana no viena avota\n"
           "\n"
           "Lietošana:\n"
           "  pvpp check [--root DIR]                 ielādē un pārbauda korpusu, parāda pilnīguma pārskatu\n"
           "  pvpp build [--root DIR] [--out DIR]     pārbauda un izveido visu izvadi (noklusēti DIR/output)\n"
           "  pvpp --help                             šis teksts\n"
           "  pvpp --version                          versija\n"
           "\n"
           "Opcijas:\n"
           "  --root DIR    projekta sakne ar content/, data/ un themes/ (noklusēti: .)\n"
           "  --out DIR     izvades mape (noklusēti: ROOT/output)\n"
           "  --theme NAME  tēma no themes/NAME (noklusēti: default)\n"
           "  --pdf         build: kartītes un lomu lapas arī PDF formātā (vajag Chromium)\n"
           "  --cards-written-only\n"
           "                build: kartītēs tikai aprakstītās sadaļas (tīrs izdales materiāls)\n"
           "\n"
           "Izejas kods: 0 – viss kārtībā, 1 – kļūdas saturā, 2 – nepareiza lietošana.\n";
}

namespace {

bool takes_value(const std::string& flag) { return flag == "--root" || flag == "--out" || flag == "--theme"; }

bool set_value(Options& o, const std::string& flag, const std::string& value) {
    if (flag == "--root") { o.root = value; }
    if (flag == "--out") { o.out = value; }
    if (flag == "--theme") { o.theme = value; }
    return !value.empty();
}

}  // namespace

std::optional<Options> parse_options(const std::vector<std::string>& args, std::ostream& err) {
    Options o;
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
        } else if (takes_value(a)) {
            if (i + 1 >= args.size() || !set_value(o, a, args[i + 1])) {
                err << "pvpp: " << a << " needs a value\n";
                return std::nullopt;
            }
            ++i;
        } else if ((a == "check" || a == "build") && o.command.empty()) {
            o.command = a;
        } else {
            err << "pvpp: unknown argument '" << a << "' (see pvpp --help)\n";
            return std::nullopt;
        }
    }
    if (o.command.empty()) {
        err << "pvpp: missing command (see pvpp --help)\n";
        return std::nullopt;
    }
    if (o.out.empty()) { o.out = o.root == "." ? "output" : o.root + "/output"; }
    if (o.command == "build") {
        if (std::string problem = out_folder_problem(o.root, o.out); !problem.empty()) {
            err << "pvpp: " << problem << "\n";
            return std::nullopt;
        }
    }
    return o;
}

}  // namespace pvpp
