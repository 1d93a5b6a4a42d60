#include "powernode.h"

#include <QtGlobal>

namespace aif {

const std::vector<Field<PowerNode>> &PowerNode::fields()
{
    using P = PowerNode;
    using namespace fields;
    static const auto f = withBaseFields<P>({
        choice<P>(&P::type, "type", QT_TRANSLATE_NOOP("aif::Field", "Type"),
                  {"utility", "generator", "transformer", "switchgear", "sst", "ups", "battery",
                   "pdu", "rectifier", "busway", "powershelf"})
            .explain(QT_TRANSLATE_NOOP(
                "aif::Field",
                "Utility feed or generator (sources), transformer, switchgear, solid-state "
                "transformer, UPS, battery, PDU, 800 VDC rectifier, busway or rack power shelf."))
            .labels({QT_TRANSLATE_NOOP("aif::Field", "Utility feed"),
                     QT_TRANSLATE_NOOP("aif::Field", "Generator"),
                     QT_TRANSLATE_NOOP("aif::Field", "Transformer"),
                     QT_TRANSLATE_NOOP("aif::Field", "Switchgear"),
                     QT_TRANSLATE_NOOP("aif::Field", "Solid-state transformer"),
                     QT_TRANSLATE_NOOP("aif::Field", "UPS"),
                     QT_TRANSLATE_NOOP("aif::Field", "Battery"),
                     QT_TRANSLATE_NOOP("aif::Field", "PDU"),
                     QT_TRANSLATE_NOOP("aif::Field", "800 VDC rectifier"),
                     QT_TRANSLATE_NOOP("aif::Field", "Busway"),
                     QT_TRANSLATE_NOOP("aif::Field", "Power shelf")}),
        catalogRef<P>(&P::model, "model", QT_TRANSLATE_NOOP("aif::Field", "Catalog model"), "power",
                      false)
            .explain(QT_TRANSLATE_NOOP("aif::Field",
                                       "Catalog entry the rating and losses were copied from.")),
        ref<P>(&P::upstream, "upstream", QT_TRANSLATE_NOOP("aif::Field", "Fed from"),
               {EntityKind::PowerNode}, false)
            .explain(QT_TRANSLATE_NOOP(
                "aif::Field", "The power equipment this one is fed from (empty for sources).")),
        ref<P>(&P::hall, "hall", QT_TRANSLATE_NOOP("aif::Field", "Hall"), {EntityKind::Hall}, false)
            .explain(QT_TRANSLATE_NOOP("aif::Field",
                                       "Hall the equipment stands in (empty: outside the halls, "
                                       "e.g. in the yard or electrical room).")),
        choice<P>(&P::side, "side", QT_TRANSLATE_NOOP("aif::Field", "Path"), {"A", "B", "N"})
            .explain(QT_TRANSLATE_NOOP(
                "aif::Field",
                "Which path it belongs to in a 2N design: A, B, or N for a single path."))
            .labels({QT_TRANSLATE_NOOP("aif::Field", "Side A"),
                     QT_TRANSLATE_NOOP("aif::Field", "Side B"),
                     QT_TRANSLATE_NOOP("aif::Field", "Single path (N)")}),
        number<P>(&P::xM, "xM", QT_TRANSLATE_NOOP("aif::Field", "X"), Quantity::Length, -1e4, 1e4)
            .explain(
                QT_TRANSLATE_NOOP("aif::Field", "Position across the hall (in-hall equipment).")),
        number<P>(&P::yM, "yM", QT_TRANSLATE_NOOP("aif::Field", "Y"), Quantity::Length, -1e4, 1e4)
            .explain(
                QT_TRANSLATE_NOOP("aif::Field", "Position along the hall (in-hall equipment).")),
        number<P>(&P::rotationDeg, "rotationDeg", QT_TRANSLATE_NOOP("aif::Field", "Rotation"),
                  Quantity::Angle, 0, kMaxRotationDeg)
            .explain(QT_TRANSLATE_NOOP("aif::Field", "Orientation on the plan in quarter turns.")),
        number<P>(&P::lengthM, "lengthM", QT_TRANSLATE_NOOP("aif::Field", "Length"),
                  Quantity::Length, 0, 1000)
            .explain(QT_TRANSLATE_NOOP("aif::Field", "Busways: length along the row.")),
        // Capacity 0 is meaningless: a stage must be able to carry something.
        number<P>(&P::ratedW, "ratedW", QT_TRANSLATE_NOOP("aif::Field", "Rating per module"),
                  Quantity::Power, 1, 1e9)
            .explain(QT_TRANSLATE_NOOP(
                "aif::Field", "Rating of one module (the whole unit when it has one module).")),
        integer<P>(&P::modules, "modules", QT_TRANSLATE_NOOP("aif::Field", "Modules installed"), 1,
                   1000)
            .explain(
                QT_TRANSLATE_NOOP("aif::Field", "Modules installed, redundant ones included.")),
        integer<P>(&P::redundantModules, "redundantModules",
                   QT_TRANSLATE_NOOP("aif::Field", "Redundant modules"), 0, 999)
            .explain(QT_TRANSLATE_NOOP(
                "aif::Field", "Modules that may fail with the load still carried (the k of N+k).")),
        integer<P>(&P::failedModules, "failedModules",
                   QT_TRANSLATE_NOOP("aif::Field", "Failed modules (what-if)"), 0, 1000)
            .explain(
                QT_TRANSLATE_NOOP("aif::Field",
                                  "Modules taken out of service to test redundancy (what-if): the "
                                  "rest share the load; all of them failed takes the stage out.")),
        number<P>(&P::outputVoltageV, "outputVoltageV",
                  QT_TRANSLATE_NOOP("aif::Field", "Output voltage"), Quantity::Voltage, 1, 1e6)
            .explain(QT_TRANSLATE_NOOP("aif::Field", "Voltage the equipment delivers downstream.")),
        choice<P>(&P::mode, "mode", QT_TRANSLATE_NOOP("aif::Field", "Operating mode"),
                  {"normal", "eco"})
            .explain(QT_TRANSLATE_NOOP(
                "aif::Field", "UPS: normal (double conversion) or eco (bypass, lower losses)."))
            .labels({QT_TRANSLATE_NOOP("aif::Field", "Normal (double conversion)"),
                     QT_TRANSLATE_NOOP("aif::Field", "Eco mode")}),
        // WP 113 coefficients are fractions of rating; real equipment stays far below 0.2.
        number<P>(&P::lossC0, "lossC0", QT_TRANSLATE_NOOP("aif::Field", "No-load loss c0"),
                  Quantity::Fraction, 0, 0.2)
            .explain(QT_TRANSLATE_NOOP(
                "aif::Field", "No-load loss as a share of rating (Schneider WP 113 model).")),
        number<P>(&P::lossC1, "lossC1", QT_TRANSLATE_NOOP("aif::Field", "Proportional loss c1"),
                  Quantity::Fraction, 0, 0.2)
            .explain(QT_TRANSLATE_NOOP("aif::Field",
                                       "Loss proportional to load, as a share of the load.")),
        number<P>(&P::lossC2, "lossC2", QT_TRANSLATE_NOOP("aif::Field", "Square-law loss c2"),
                  Quantity::Fraction, 0, 0.2)
            .explain(QT_TRANSLATE_NOOP("aif::Field",
                                       "Loss growing with the square of load (copper losses), as a "
                                       "share of rating at full load.")),
        // Battery autonomy: UPS datasheets quote minutes at full and half load (5-10 min at full
        // load is the common lithium-ion/VRLA sizing); runtime at lower load follows from Peukert
        // in whatif/.
        number<P>(&P::autonomyMin, "autonomyMin",
                  QT_TRANSLATE_NOOP("aif::Field", "Battery autonomy at rated load (min)"),
                  Quantity::None, 0, 1440)
            .explain(QT_TRANSLATE_NOOP(
                "aif::Field",
                "UPS or battery: minutes its batteries carry the full rated load (0: not known).")),
        // NFPA 110 Type 10: an emergency generator must accept load within 10 s of losing mains.
        number<P>(&P::startDelayS, "startDelayS",
                  QT_TRANSLATE_NOOP("aif::Field", "Start and transfer time (s)"), Quantity::None, 0,
                  3600)
            .explain(QT_TRANSLATE_NOOP("aif::Field",
                                       "Generator: seconds from losing mains until it carries the "
                                       "load (NFPA 110 Type 10: 10 s).")),
        flag<P>(&P::failed, "failed", QT_TRANSLATE_NOOP("aif::Field", "Failed (what-if)"))
            .explain(QT_TRANSLATE_NOOP(
                "aif::Field", "Take the equipment out of service to test redundancy (what-if).")),
    });
    return f;
}

} // namespace aif
