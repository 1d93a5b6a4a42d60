#pragma once

#include "common/progress.h"
#include "project.h"

#include <memory>
#include <string>
#include <vector>

namespace aif::thermal {

struct AirFieldInput;
struct AirFieldResult;
struct RecirculationMatrix;
struct ThermalResult;

struct HallAirField
{
    std::string hall;
    std::shared_ptr<const AirFieldResult> field;
};

// Tier T1: solves the 3D air field of every hall (potential flow + advection-diffusion,
// airfield.h) with the racks' airflow and air heat from T0, and replaces each rack's inlet and
// outlet, each air unit's return and the hall's metrics with the field's values.
// `previous`: fields of an earlier solve; a hall whose grid is unchanged warm-starts from it.
std::vector<HallAirField> applyAirField(const Project &project, ThermalResult &result, double cellM, Progress *progress,
                                        const std::vector<HallAirField> &previous = {});

// Tier T0's heat-recirculation matrices, one per hall, from each hall's T1 flow field:
// T_in = T_in0 + D·P_air (physics.md). Valid while the layout and airflows stay as they were;
// rack power may change freely. `t0` supplies the racks' airflow and air heat.
using RecirculationSet = std::vector<std::pair<std::string, std::shared_ptr<const RecirculationMatrix>>>;
RecirculationSet computeRecirculation(const Project &project, const ThermalResult &t0, double cellM, Progress *progress);

// T0 inlets from a hall's matrix: T_in = T_in0 + D·P_air. False (nothing written) when the
// matrix was built for other racks (ids or order differ) or has unusable rows.
bool recirculationInlets(const RecirculationMatrix &m, const std::vector<std::string> &rackIds,
                         const std::vector<double> &airHeatW, std::vector<double> *inletsC);

// The field input of one hall (racks, units, containment, obstacles) and which project rack
// each field rack is.
AirFieldInput buildHallInput(const Project &project, size_t hallIndex, const ThermalResult &t0,
                             std::vector<size_t> *rackIndex, std::vector<size_t> *unitIndex);

} // namespace aif::thermal
