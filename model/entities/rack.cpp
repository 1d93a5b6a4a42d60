#include "rack.h"

namespace aif {

const std::vector<Field<Rack>> &Rack::fields()
{
    using namespace fields;
    static const auto f = withBaseFields<Rack>({
        ref<Rack>(&Rack::hall, "hall", "Hall", {EntityKind::Hall}, true)
            .explain("The hall the rack stands in."),
        ref<Rack>(&Rack::row, "row", "Row", {EntityKind::Row}, false)
            .explain("The row the rack belongs to."),
        number<Rack>(&Rack::xM, "xM", "X", Quantity::Length, -1e4, 1e4)
            .explain("Centre of the rack across the hall, from the hall's west wall."),
        number<Rack>(&Rack::yM, "yM", "Y", Quantity::Length, -1e4, 1e4)
            .explain("Centre of the rack along the hall, from the hall's south wall."),
        number<Rack>(&Rack::rotationDeg, "rotationDeg", "Rotation", Quantity::Angle, 0, kMaxRotationDeg)
            .explain("Direction the rack's front (air intake) faces: 0 south, 90 east, 180 north, 270 west."),
        number<Rack>(&Rack::widthM, "widthM", "Width", Quantity::Length, 0.3, 3)
            .explain("Rack width."),
        number<Rack>(&Rack::depthM, "depthM", "Depth", Quantity::Length, 0.3, 3)
            .explain("Rack depth, front to back."),
        number<Rack>(&Rack::heightM, "heightM", "Height", Quantity::Length, 0.5, 4)
            .explain("Rack height."),
        catalogRef<Rack>(&Rack::rackType, "rackType", "Rack type", "racks", false)
            .explain("Cabinet from the catalog (size, units, power limit)."),
        catalogRef<Rack>(&Rack::system, "system", "Installed system", "systems", false)
            .explain("GPU system installed in the rack (catalog)."),
        integer<Rack>(&Rack::systemCount, "systemCount", "Systems installed", 0, 64)
            .explain("How many of the systems the rack holds (1 for a rack-scale system such as an NVL72)."),
        ref<Rack>(&Rack::powerFeedA, "powerFeedA", "Power feed A", {EntityKind::PowerNode}, false)
            .explain("Power equipment feeding the rack's A side."),
        ref<Rack>(&Rack::powerFeedB, "powerFeedB", "Power feed B", {EntityKind::PowerNode}, false)
            .explain("Power equipment feeding the rack's B side (2N designs)."),
        ref<Rack>(&Rack::coolingLoop, "coolingLoop", "Cooling loop", {EntityKind::LiquidLoop}, false)
            .explain("Technology cooling loop of a liquid-cooled rack."),
        // 1 MW per rack bounds every announced design (Kyber/Rubin Ultra class ~600 kW).
        number<Rack>(&Rack::powerBudgetW, "powerBudgetW", "Power budget", Quantity::Power, 0, 1e6)
            .explain("Power the rack is designed for (0: not set); used by the power-budget overlay and checks."),
        number<Rack>(&Rack::gpuPowerLimitW, "gpuPowerLimitW", "GPU power limit", Quantity::Power, 0, 5000)
            .explain("Per-GPU power cap configured on the servers (0: the GPU's TDP); a binding cap slows the GPUs."),
        // 0.3 m³/s per kW (~640 CFM/kW) is far above any server's fans; 0.03 is a 33 K rise.
        number<Rack>(&Rack::airflowM3sPerKw, "airflowM3sPerKw", "Airflow per kW", Quantity::None, 0, 0.3)
            .explain("Air through the rack per kW of its air heat, in m³/s per kW (0: from the system's catalog "
                     "airflow). 0.075 m³/s per kW = 158 CFM/kW = 11 K rise."),
        flag<Rack>(&Rack::blankingPanels, "blankingPanels", "Blanking panels")
            .explain("Empty rack units closed with blanking panels; without them exhaust air recirculates to the "
                     "front inside the rack."),
        choice<Rack>(&Rack::exhaust, "exhaust", "Exhaust", {"room", "chimney"})
            .explain("Where the rack's exhaust goes: out of its rear into the room, or up a chimney (vertical "
                     "exhaust duct) into the ceiling plenum, so it cannot recirculate.")
            .labels({"Into the room", "Chimney to the ceiling plenum"}),
    });
    return f;
}

} // namespace aif
