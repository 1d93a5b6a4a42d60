#pragma once

#include "entity.h"

namespace aif {

// One change a scenario applies on top of the base design: set entity.property = value.
struct Override
{
    std::string entity;
    std::string property;
    Json value;
};

// A named what-if ("CDU-2 failed", "tariff 0.12 USD/kWh") solved without editing the design.
struct Scenario : EntityBase
{
    std::string description;
    std::vector<Override> overrides;

    static const std::vector<Field<Scenario>> &fields();
};

} // namespace aif
