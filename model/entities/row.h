#pragma once

#include "entity.h"

namespace aif {

// A row groups racks for layout tools, containment, in-row cooling and busways.
struct Row : EntityBase
{
    std::string hall;

    static const std::vector<Field<Row>> &fields();
};

} // namespace aif
