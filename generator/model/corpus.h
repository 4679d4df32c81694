// The whole corpus as loaded (the policy corpus, or a generic content folder): plain
// data, no I/O. Frozen after validation.
#pragma once
#include <map>
#include <vector>

#include "model/conditions.h"
#include "model/content_page.h"
#include "model/entity.h"
#include "model/generic_record.h"
#include "model/plan.h"
#include "model/policy.h"
#include "model/task.h"

namespace pvpp {

/// What a root holds: the policy corpus, or a generic content folder (docs/content-folder.md).
enum class CorpusKind { policy, content_folder };

/// A picture of content/images/ that Markdown shows (![…](/images/name)): its file name and bytes.
struct ImageFile {
    std::string name;
    std::string bytes;
};

struct Corpus {
    CorpusKind kind = CorpusKind::policy;
    std::vector<Term> terms;
    std::vector<Principle> principles;
    std::vector<Axis> scales;
    std::vector<Axis> levels;
    std::vector<TaskGroupRoles> task_group_roles;  ///< content/levels.toml [[task_group]]
    std::vector<Stage> stages;
    std::vector<Role> roles;
    std::vector<Task> tasks;
    std::vector<TaskCard> cards;
    std::vector<ConditionGroup> condition_groups;
    std::vector<Condition> conditions;
    std::vector<Capability> capabilities;  ///< capabilities and resources
    std::vector<CatalogueItem> competences;
    std::vector<CatalogueItem> technologies;
    std::vector<ActionLine> lines;
    std::vector<Measure> measures;
    std::vector<Milestone> milestones;  ///< data/workplan.toml [[milestone]], in the chart's order
    std::vector<InstitutionGroup> institution_groups;
    std::vector<Exclusion> exclusions;
    std::vector<Page> pages;
    SiteConfig site;
    std::vector<ImageFile> images;  ///< content/images/, by file name
    std::vector<ContentPage> content_pages;  ///< a content folder's pages, sorted by file path
    /// The records of kinds with no struct of their own (RecordKindInfo::fields), in file order.
    std::map<EntityKind, std::vector<GenericRecord>> records;
    /// Corpus files that could not be read or parsed (their error is reported): what they
    /// hold is not "unknown" to references, only unchecked.
    std::vector<std::string> unread_files;
};

}  // namespace pvpp
