#include "model/conditions.h"

#include <cstdlib>

namespace pvpp {

int Condition::group() const {
    return code.size() > 1 ? std::atoi(code.c_str() + 1) : 0;
}

}  // namespace pvpp
