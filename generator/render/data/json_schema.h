// pvpp.schema.json: a JSON Schema (draft 2020-12) made from the same table
// descriptions as pvpp.json, so the two cannot drift apart.
#pragma once
#include "render/data/open_data.h"

namespace pvpp::opendata {

/// The schema of open_data_json(tables). Every record is a closed object (no other
/// members) whose fields are all required; a missing value is null, never left out.
/// Two annotations beyond the standard help readers join the tables: "x-key" on a
/// record names its identifying field, "x-refers-to" on a field names the table whose
/// key it holds.
json::Value open_data_schema(const std::vector<Table>& tables);

}  // namespace pvpp::opendata
