#include "render/data/data_renderer.h"

#include "render/data/csv_files.h"
#include "render/data/json_schema.h"
#include "render/data/open_data.h"

namespace pvpp {

std::vector<Download> DataRenderer::downloads(const Corpus& corpus) const {
    std::vector<Download> out{{"Atvērtie dati: viss korpuss (JSON)", "data/pvpp.json"},
                              {"Atvērto datu apraksts (JSON Schema)", "data/pvpp.schema.json"}};
    for (const auto& t : opendata::open_data_tables(corpus)) {
        out.push_back({"Atvērtie dati: " + t.label + " (CSV)", "data/" + t.name + ".csv"});
    }
    return out;
}

std::vector<OutputFile> data_files(const Corpus& corpus) {
    auto tables = opendata::open_data_tables(corpus);
    std::vector<OutputFile> files{{"pvpp.json", json::write(opendata::open_data_json(corpus, tables))},
                                  {"pvpp.schema.json", json::write(opendata::open_data_schema(tables))}};
    for (auto& f : opendata::csv_files(tables)) { files.push_back(std::move(f)); }
    return files;
}

void DataRenderer::render(const RenderContext& ctx, OutputFolder& out, Diagnostics& diags) const {
    for (const auto& f : data_files(corpus_for(ctx.config.edition, ctx.corpus))) { out.write(f.path, f.bytes, diags); }
}

}  // namespace pvpp
