#include "powernode.h"

namespace aif {

const std::vector<Field<PowerNode>> &PowerNode::fields()
{
    using P = PowerNode;
    using namespace fields;
    static const auto f = withBaseFields<P>({
        choice<P>(&P::type, "type", "Type",
                  {"utility", "generator", "transformer", "switchgear", "sst", "ups", "battery", "pdu",
                   "rectifier", "busway", "powershelf"})
            .explain("Utility feed or generator (sources), transformer, switchgear, solid-state transformer, UPS, battery, PDU, 800 VDC rectifier, busway or rack power shelf.")
            .labels({"Utility feed", "Generator", "Transformer", "Switchgear", "Solid-state transformer", "UPS", "Battery", "PDU", "800 VDC rectifier", "Busway", "Power shelf"}),
        catalogRef<P>(&P::model, "model", "Catalog model", "power", false)
            .explain("Catalog entry the rating and losses were copied from."),
        ref<P>(&P::upstream, "upstream", "Fed from", {EntityKind::PowerNode}, false)
            .explain("The power equipment this one is fed from (empty for sources)."),
        ref<P>(&P::hall, "hall", "Hall", {EntityKind::Hall}, false)
            .explain("Hall the equipment stands in (empty: outside the halls, e.g. in the yard or electrical room)."),
        choice<P>(&P::side, "side", "Path", {"A", "B", "N"})
            .explain("Which path it belongs to in a 2N design: A, B, or N for a single path.")
            .labels({"Side A", "Side B", "Single path (N)"}),
        number<P>(&P::xM, "xM", "X", Quantity::Length, -1e4, 1e4)
            .explain("Position across the hall (in-hall equipment)."),
        number<P>(&P::yM, "yM", "Y", Quantity::Length, -1e4, 1e4)
            .explain("Position along the hall (in-hall equipment)."),
        number<P>(&P::rotationDeg, "rotationDeg", "Rotation", Quantity::Angle, 0, kMaxRotationDeg)
            .explain("Orientation on the plan in quarter turns."),
        number<P>(&P::lengthM, "lengthM", "Length", Quantity::Length, 0, 1000)
            .explain("Busways: length along the row."),
        // Capacity 0 is meaningless: a stage must be able to carry something.
        number<P>(&P::ratedW, "ratedW", "Rating per module", Quantity::Power, 1, 1e9)
            .explain("Rating of one module (the whole unit when it has one module)."),
        integer<P>(&P::modules, "modules", "Modules installed", 1, 1000)
            .explain("Modules installed, redundant ones included."),
        integer<P>(&P::redundantModules, "redundantModules", "Redundant modules", 0, 999)
            .explain("Modules that may fail with the load still carried (the k of N+k)."),
        integer<P>(&P::failedModules, "failedModules", "Failed modules (what-if)", 0, 1000)
            .explain("Modules taken out of service to test redundancy (what-if): the rest share the load; all of them failed takes the stage out."),
        number<P>(&P::outputVoltageV, "outputVoltageV", "Output voltage", Quantity::Voltage, 1, 1e6)
            .explain("Voltage the equipment delivers downstream."),
        choice<P>(&P::mode, "mode", "Operating mode", {"normal", "eco"})
            .explain("UPS: normal (double conversion) or eco (bypass, lower losses).")
            .labels({"Normal (double conversion)", "Eco mode"}),
        // WP 113 coefficients are fractions of rating; real equipment stays far below 0.2.
        number<P>(&P::lossC0, "lossC0", "No-load loss c0", Quantity::Fraction, 0, 0.2)
            .explain("No-load loss as a share of rating (Schneider WP 113 model)."),
        number<P>(&P::lossC1, "lossC1", "Proportional loss c1", Quantity::Fraction, 0, 0.2)
            .explain("Loss proportional to load, as a share of the load."),
        number<P>(&P::lossC2, "lossC2", "Square-law loss c2", Quantity::Fraction, 0, 0.2)
            .explain("Loss growing with the square of load (copper losses), as a share of rating at full load."),
        // Battery autonomy: UPS datasheets quote minutes at full and half load (5-10 min at full load
        // is the common lithium-ion/VRLA sizing); runtime at lower load follows from Peukert in whatif/.
        number<P>(&P::autonomyMin, "autonomyMin", "Battery autonomy at rated load (min)", Quantity::None, 0, 1440)
            .explain("UPS or battery: minutes its batteries carry the full rated load (0: not known)."),
        // NFPA 110 Type 10: an emergency generator must accept load within 10 s of losing mains.
        number<P>(&P::startDelayS, "startDelayS", "Start and transfer time (s)", Quantity::None, 0, 3600)
            .explain("Generator: seconds from losing mains until it carries the load (NFPA 110 Type 10: 10 s)."),
        flag<P>(&P::failed, "failed", "Failed (what-if)")
            .explain("Take the equipment out of service to test redundancy (what-if)."),
    });
    return f;
}

} // namespace aif
