#include "powernode.h"

namespace aif {

const std::vector<Field<PowerNode>> &PowerNode::fields()
{
    using P = PowerNode;
    using namespace fields;
    static const auto f = withBaseFields<P>({
        choice<P>(&P::type, "type", "Type",
                  {"utility", "generator", "transformer", "sst", "ups", "pdu", "rectifier", "busway",
                   "powershelf"}),
        catalogRef<P>(&P::model, "model", "Catalog model", "power", false),
        ref<P>(&P::upstream, "upstream", "Fed from", {EntityKind::PowerNode}, false),
        ref<P>(&P::hall, "hall", "Hall", {EntityKind::Hall}, false),
        choice<P>(&P::side, "side", "Path", {"A", "B", "N"}),
        number<P>(&P::xM, "xM", "X", Quantity::Length, -1e4, 1e4),
        number<P>(&P::yM, "yM", "Y", Quantity::Length, -1e4, 1e4),
        number<P>(&P::rotationDeg, "rotationDeg", "Rotation", Quantity::Angle, 0, kMaxRotationDeg),
        number<P>(&P::lengthM, "lengthM", "Length", Quantity::Length, 0, 1000),
        // Capacity 0 is meaningless: a stage must be able to carry something.
        number<P>(&P::ratedW, "ratedW", "Rating per module", Quantity::Power, 1, 1e9),
        integer<P>(&P::modules, "modules", "Modules installed", 1, 1000),
        integer<P>(&P::redundantModules, "redundantModules", "Redundant modules", 0, 999),
        number<P>(&P::outputVoltageV, "outputVoltageV", "Output voltage", Quantity::Voltage, 1, 1e6),
        choice<P>(&P::mode, "mode", "Operating mode", {"normal", "eco"}),
        // WP 113 coefficients are fractions of rating; real equipment stays far below 0.2.
        number<P>(&P::lossC0, "lossC0", "No-load loss c0", Quantity::Fraction, 0, 0.2),
        number<P>(&P::lossC1, "lossC1", "Proportional loss c1", Quantity::Fraction, 0, 0.2),
        number<P>(&P::lossC2, "lossC2", "Square-law loss c2", Quantity::Fraction, 0, 0.2),
        flag<P>(&P::failed, "failed", "Failed (what-if)"),
    });
    return f;
}

} // namespace aif
