#pragma once

#include "common/progress.h"
#include "project.h"

#include <memory>
#include <string>
#include <vector>

namespace aif::thermal {

struct AirFieldResult;
struct ThermalResult;

struct HallAirField
{
    std::string hall;
    std::shared_ptr<const AirFieldResult> field;
};

// Tier T1: solves the 3D air field of every hall (potential flow + advection-diffusion,
// airfield.h) with the racks' airflow and air heat from T0, and replaces each rack's inlet and
// outlet, each air unit's return and the hall's metrics with the field's values.
std::vector<HallAirField> applyAirField(const Project &project, ThermalResult &result, double cellM, Progress *progress);

} // namespace aif::thermal
