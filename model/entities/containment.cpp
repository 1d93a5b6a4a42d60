#include "containment.h"

#include <QtGlobal>

namespace aif {

const std::vector<Field<Containment>> &Containment::fields()
{
    using C = Containment;
    using namespace fields;
    static const auto f = withBaseFields<C>({
        ref<C>(&C::hall, "hall", QT_TRANSLATE_NOOP("aif::Field", "Hall"), {EntityKind::Hall}, true)
            .explain(QT_TRANSLATE_NOOP("aif::Field", "The hall the containment stands in.")),
        choice<C>(&C::type, "type", QT_TRANSLATE_NOOP("aif::Field", "Type"),
                  {"hot-aisle", "cold-aisle"})
            .explain(QT_TRANSLATE_NOOP("aif::Field",
                                       "Hot aisle: encloses the exhaust side of the rows; cold "
                                       "aisle: encloses the intake side."))
            .labels({QT_TRANSLATE_NOOP("aif::Field", "Hot aisle"),
                     QT_TRANSLATE_NOOP("aif::Field", "Cold aisle")}),
        refList<C>(&C::rows, "rows", QT_TRANSLATE_NOOP("aif::Field", "Rows"), {EntityKind::Row})
            .explain(QT_TRANSLATE_NOOP("aif::Field", "Rows whose aisle the containment closes.")),
        number<C>(&C::xM, "xM", QT_TRANSLATE_NOOP("aif::Field", "X"), Quantity::Length, -1e4, 1e4)
            .explain(
                QT_TRANSLATE_NOOP("aif::Field", "Centre of the contained zone across the hall.")),
        number<C>(&C::yM, "yM", QT_TRANSLATE_NOOP("aif::Field", "Y"), Quantity::Length, -1e4, 1e4)
            .explain(
                QT_TRANSLATE_NOOP("aif::Field", "Centre of the contained zone along the hall.")),
        number<C>(&C::widthM, "widthM", QT_TRANSLATE_NOOP("aif::Field", "Width"), Quantity::Length,
                  0.1, 1000)
            .explain(QT_TRANSLATE_NOOP("aif::Field", "Extent of the zone across the hall.")),
        number<C>(&C::depthM, "depthM", QT_TRANSLATE_NOOP("aif::Field", "Depth"), Quantity::Length,
                  0.1, 1000)
            .explain(QT_TRANSLATE_NOOP("aif::Field", "Extent of the zone along the hall.")),
        number<C>(&C::leakageFraction, "leakageFraction",
                  QT_TRANSLATE_NOOP("aif::Field", "Leakage"), Quantity::Fraction, 0, 1)
            .explain(QT_TRANSLATE_NOOP("aif::Field",
                                       "Share of the rack airflow that leaks past doors, gaps and "
                                       "missing blanking panels.")),
    });
    return f;
}

} // namespace aif
