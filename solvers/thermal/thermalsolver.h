#pragma once

#include "common/progress.h"
#include "diagnostic.h"
#include "junction.h"
#include "liquidside.h"

#include "airfieldcoupling.h"
#include "plenum.h"

#include <memory>

namespace aif {
class Catalog;
namespace power {
struct PowerResult;
}
} // namespace aif

namespace aif::thermal {

struct ThermalOptions
{
    // Heat loads from a power solve; when null the thermal solver runs the power solver itself
    // at the design point (so it also runs alone).
    std::shared_ptr<const power::PowerResult> power;
    // Share of exhaust air re-entering intakes where no containment separates the aisles. The
    // project's airModel.openAisleRecirculation is used unless this is set (≥ 0): a fallback
    // for callers that sweep it without editing the project.
    double openAisleRecirculation = -1.0;
    // Tier T1: solve the 3D air field of each hall (seconds for a campus hall) and take rack
    // inlets, unit returns and air metrics from it.
    bool airField = false;
    double cellM = 0.0;   // T1 grid; 0: the project's airModel.cellM (0.3 m)
    // Heat-recirculation matrices from an earlier T1 field (computeRecirculation): T0 then
    // gives per-rack inlets in microseconds for any rack power, for the layout they came from.
    RecirculationSet recirculation;
    // Fields of an earlier T1 solve, to warm-start halls whose grid is unchanged.
    std::vector<HallAirField> previousFields;
    // Internal: the air units' airflows already sit at their fan-curve operating points.
    bool fanCurvesApplied = false;
};

struct RackThermal
{
    std::string id;
    double inletC = 0.0;
    double outletC = 0.0;
    double airflowM3s = 0.0;
    double airHeatW = 0.0;
    double liquidHeatW = 0.0;
    double doorHeatW = 0.0;       // taken out of its exhaust by a rear door (airUnitHeats)
    RackCoolant coolant;
    int gpus = 0;
    GpuThermal gpu;               // for the rack's GPUs (all at the same operating point)
    bool uncooled = false;        // its hall or loop has no steady state: GPUs shut down
};

struct HallThermal
{
    std::string id;
    double supplyC = 0.0;         // flow-weighted supply of the working air units
    double returnC = 0.0;
    double supplyM3s = 0.0;
    double rackM3s = 0.0;
    double airHeatW = 0.0;
    double recirculation = 0.0;   // flow-weighted share of intake air that is exhaust
    bool fromMatrix = false;      // inlets from the T1-derived recirculation matrix
    double maxInletC = 0.0, meanInletC = 0.0;
    double rciHi = 100.0, rciLo = 100.0, rti = 0.0, shi = 0.0;
    // No working air unit (or none with capacity) while heat goes into the air: the room has no
    // steady state. Its air warms at (heat − capacity)/(ρ·c_p·V) and reaches the allowable
    // inlet after secondsToAllowable; the racks are reported shut down (see nosteadystate.h).
    bool noSteadyState = false;
    double liveCapacityW = 0.0;
    double secondsToAllowable = 0.0;
    // Raised floor (plenum.h): the common total pressure and the range of static pressure
    // under the tiles; 0 without a plenum.
    double plenumPa = 0.0, plenumMinStaticPa = 0.0, plenumMaxStaticPa = 0.0;
};

struct AirUnitThermal
{
    std::string id;
    double heatW = 0.0;
    double capacityW = 0.0;
    double returnC = 0.0;
    double supplyC = 0.0;   // its supply: the setpoint, or floating under return control
    double airflowM3s = 0.0;   // delivered: rated, or where its fan curve meets the raised floor
    double ratedM3s = 0.0;
};

struct ThermalResult
{
    std::string tier = "T0";
    std::vector<RackThermal> racks;       // parallel to project.racks
    std::vector<HallThermal> halls;
    std::vector<AirUnitThermal> units;
    std::vector<VentFlow> vents;          // supply tiles of raised-floor halls (plenum.h)
    std::vector<LoopThermal> loops;
    double heatInW = 0.0;                 // racks + power-chain losses in the halls
    double liquidRemovedW = 0.0;
    double airRemovedW = 0.0;
    double unremovedW = 0.0;              // heat with nowhere to go (halls or TCS loops without a steady state)
    double maxInletC = 0.0, meanInletC = 0.0, rciHi = 100.0, rciLo = 100.0, rti = 0.0;
    int throttledRacks = 0;
    std::vector<HallAirField> airFields;  // T1 fields, one per hall, when solved
    Diagnostics violations;

    Json toJson() const;                  // the `thermal` section of `aif solve --json`
};

ThermalResult solveThermal(const Project &project, const Catalog &catalog, const ThermalOptions &options = {},
                           Progress *progress = nullptr);

} // namespace aif::thermal
