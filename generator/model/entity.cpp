#include "model/entity.h"

namespace pvpp {

EntityKind entity_kind_of(CodeKind kind) {
    switch (kind) {
        case CodeKind::task: return EntityKind::task;
        case CodeKind::condition: return EntityKind::condition;
        case CodeKind::condition_group: return EntityKind::condition_group;
        case CodeKind::capability:
        case CodeKind::resource: return EntityKind::capability;
        case CodeKind::action_line: return EntityKind::line;
        case CodeKind::measure: return EntityKind::measure;
    }
    return EntityKind::task;
}

}  // namespace pvpp
