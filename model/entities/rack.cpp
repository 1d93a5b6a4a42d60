#include "rack.h"

#include <QtGlobal>

namespace aif {

const std::vector<Field<Rack>> &Rack::fields()
{
    using namespace fields;
    static const auto f = withBaseFields<Rack>({
        ref<Rack>(&Rack::hall, "hall", QT_TRANSLATE_NOOP("aif::Field", "Hall"), {EntityKind::Hall},
                  true)
            .explain(QT_TRANSLATE_NOOP("aif::Field", "The hall the rack stands in.")),
        ref<Rack>(&Rack::row, "row", QT_TRANSLATE_NOOP("aif::Field", "Row"), {EntityKind::Row},
                  false)
            .explain(QT_TRANSLATE_NOOP("aif::Field", "The row the rack belongs to.")),
        number<Rack>(&Rack::xM, "xM", QT_TRANSLATE_NOOP("aif::Field", "X"), Quantity::Length, -1e4,
                     1e4)
            .explain(QT_TRANSLATE_NOOP(
                "aif::Field", "Centre of the rack across the hall, from the hall's west wall.")),
        number<Rack>(&Rack::yM, "yM", QT_TRANSLATE_NOOP("aif::Field", "Y"), Quantity::Length, -1e4,
                     1e4)
            .explain(QT_TRANSLATE_NOOP(
                "aif::Field", "Centre of the rack along the hall, from the hall's south wall.")),
        number<Rack>(&Rack::rotationDeg, "rotationDeg", QT_TRANSLATE_NOOP("aif::Field", "Rotation"),
                     Quantity::Angle, 0, kMaxRotationDeg)
            .explain(QT_TRANSLATE_NOOP("aif::Field",
                                       "Direction the rack's front (air intake) faces: 0 south, 90 "
                                       "east, 180 north, 270 west.")),
        number<Rack>(&Rack::widthM, "widthM", QT_TRANSLATE_NOOP("aif::Field", "Width"),
                     Quantity::Length, 0.3, 3)
            .explain(QT_TRANSLATE_NOOP("aif::Field", "Rack width.")),
        number<Rack>(&Rack::depthM, "depthM", QT_TRANSLATE_NOOP("aif::Field", "Depth"),
                     Quantity::Length, 0.3, 3)
            .explain(QT_TRANSLATE_NOOP("aif::Field", "Rack depth, front to back.")),
        number<Rack>(&Rack::heightM, "heightM", QT_TRANSLATE_NOOP("aif::Field", "Height"),
                     Quantity::Length, 0.5, 4)
            .explain(QT_TRANSLATE_NOOP("aif::Field", "Rack height.")),
        catalogRef<Rack>(&Rack::rackType, "rackType", QT_TRANSLATE_NOOP("aif::Field", "Rack type"),
                         "racks", false)
            .explain(QT_TRANSLATE_NOOP("aif::Field",
                                       "Cabinet from the catalog (size, units, power limit).")),
        catalogRef<Rack>(&Rack::system, "system",
                         QT_TRANSLATE_NOOP("aif::Field", "Installed system"), "systems", false)
            .explain(
                QT_TRANSLATE_NOOP("aif::Field", "GPU system installed in the rack (catalog).")),
        integer<Rack>(&Rack::systemCount, "systemCount",
                      QT_TRANSLATE_NOOP("aif::Field", "Systems installed"), 0, 64)
            .explain(QT_TRANSLATE_NOOP("aif::Field",
                                       "How many of the systems the rack holds (1 for a rack-scale "
                                       "system such as an NVL72).")),
        ref<Rack>(&Rack::powerFeedA, "powerFeedA", QT_TRANSLATE_NOOP("aif::Field", "Power feed A"),
                  {EntityKind::PowerNode}, false)
            .explain(QT_TRANSLATE_NOOP("aif::Field", "Power equipment feeding the rack's A side.")),
        ref<Rack>(&Rack::powerFeedB, "powerFeedB", QT_TRANSLATE_NOOP("aif::Field", "Power feed B"),
                  {EntityKind::PowerNode}, false)
            .explain(QT_TRANSLATE_NOOP("aif::Field",
                                       "Power equipment feeding the rack's B side (2N designs).")),
        ref<Rack>(&Rack::coolingLoop, "coolingLoop",
                  QT_TRANSLATE_NOOP("aif::Field", "Cooling loop"), {EntityKind::LiquidLoop}, false)
            .explain(QT_TRANSLATE_NOOP("aif::Field",
                                       "Technology cooling loop of a liquid-cooled rack.")),
        // 1 MW per rack bounds every announced design (Kyber/Rubin Ultra class ~600 kW).
        number<Rack>(&Rack::powerBudgetW, "powerBudgetW",
                     QT_TRANSLATE_NOOP("aif::Field", "Power budget"), Quantity::Power, 0, 1e6)
            .explain(QT_TRANSLATE_NOOP("aif::Field",
                                       "Power the rack is designed for (0: not set); used by the "
                                       "power-budget overlay and checks.")),
        number<Rack>(&Rack::gpuPowerLimitW, "gpuPowerLimitW",
                     QT_TRANSLATE_NOOP("aif::Field", "GPU power limit"), Quantity::Power, 0, 5000)
            .explain(QT_TRANSLATE_NOOP("aif::Field",
                                       "Per-GPU power cap configured on the servers (0: the GPU's "
                                       "TDP); a binding cap slows the GPUs.")),
        // 0.3 m³/s per kW (~640 CFM/kW) is far above any server's fans; 0.03 is a 33 K rise.
        number<Rack>(&Rack::airflowM3sPerKw, "airflowM3sPerKw",
                     QT_TRANSLATE_NOOP("aif::Field", "Airflow per kW"), Quantity::None, 0, 0.3)
            .explain(QT_TRANSLATE_NOOP("aif::Field",
                                       "Air through the rack per kW of its air heat, in m³/s per "
                                       "kW (0: from the system's catalog "
                                       "airflow). 0.075 m³/s per kW = 158 CFM/kW = 11 K rise.")),
        flag<Rack>(&Rack::blankingPanels, "blankingPanels",
                   QT_TRANSLATE_NOOP("aif::Field", "Blanking panels"))
            .explain(QT_TRANSLATE_NOOP("aif::Field",
                                       "Empty rack units closed with blanking panels; without them "
                                       "exhaust air recirculates to the "
                                       "front inside the rack.")),
        choice<Rack>(&Rack::exhaust, "exhaust", QT_TRANSLATE_NOOP("aif::Field", "Exhaust"),
                     {"room", "chimney"})
            .explain(QT_TRANSLATE_NOOP(
                "aif::Field",
                "Where the rack's exhaust goes: out of its rear into the room, or up a chimney "
                "(vertical "
                "exhaust duct) into the ceiling plenum, so it cannot recirculate."))
            .labels({QT_TRANSLATE_NOOP("aif::Field", "Into the room"),
                     QT_TRANSLATE_NOOP("aif::Field", "Chimney to the ceiling plenum")}),
    });
    return f;
}

} // namespace aif
