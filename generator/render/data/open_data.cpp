#include "render/data/open_data.h"

#include "render/data/table_parts.h"

namespace pvpp::opendata {

json::Value open_data_json(const Corpus& corpus, const std::vector<Table>& tables) {
    Members top{{"schema_version", json::string(k_schema_version)},
                {"title", json::string(corpus.site.title)},
                {"base_url", json::string_or_null(corpus.site.base_url)}};
    for (const auto& t : tables) { top.emplace_back(t.name, json::array(t.rows)); }
    return json::object(std::move(top));
}

}  // namespace pvpp::opendata
