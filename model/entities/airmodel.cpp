#include "airmodel.h"

#include <QtGlobal>

namespace aif {

const std::vector<Field<AirModel>> &AirModel::fields()
{
    using A = AirModel;
    using namespace fields;
    static const auto f = withBaseFields<A>({
        number<A>(&A::openAisleRecirculation, "openAisleRecirculation",
                  QT_TRANSLATE_NOOP("aif::Field", "Open-aisle recirculation"), Quantity::Fraction,
                  0, 0.9)
            .explain(QT_TRANSLATE_NOOP("aif::Field",
                                       "Fast model (T0): share of a rack's intake that is exhaust "
                                       "air where no containment separates "
                                       "the aisles.")),
        number<A>(&A::rowEndRecirculation, "rowEndRecirculation",
                  QT_TRANSLATE_NOOP("aif::Field", "Row-end recirculation"), Quantity::Fraction, 0,
                  0.9)
            .explain(QT_TRANSLATE_NOOP("aif::Field",
                                       "Fast model (T0): share of the end rack's intake that is "
                                       "exhaust wrapping around the open end "
                                       "of its row.")),
        number<A>(&A::rackJetThrowM, "rackJetThrowM",
                  QT_TRANSLATE_NOOP("aif::Field", "Rack exhaust throw"), Quantity::Length, 0, 20)
            .explain(QT_TRANSLATE_NOOP(
                "aif::Field",
                "3D field (T1): distance over which a rack's exhaust keeps its direction.")),
        number<A>(&A::unitJetThrowM, "unitJetThrowM",
                  QT_TRANSLATE_NOOP("aif::Field", "Air-unit supply throw"), Quantity::Length, 0, 20)
            .explain(QT_TRANSLATE_NOOP(
                "aif::Field",
                "3D field (T1): distance over which an air unit's supply keeps its direction.")),
        number<A>(&A::tileJetThrowM, "tileJetThrowM",
                  QT_TRANSLATE_NOOP("aif::Field", "Floor-tile jet height"), Quantity::Length, 0, 10)
            .explain(QT_TRANSLATE_NOOP(
                "aif::Field",
                "3D field (T1): height to which a floor tile's supply rises as a jet.")),
        number<A>(&A::turbulentDiffusivityM2s, "turbulentDiffusivityM2s",
                  QT_TRANSLATE_NOOP("aif::Field", "Turbulent diffusivity"), Quantity::None, 0.0001,
                  1)
            .explain(QT_TRANSLATE_NOOP("aif::Field",
                                       "3D field (T1): eddy diffusivity of heat in m²/s.")),
        number<A>(&A::recirculationCoefficient, "recirculationCoefficient",
                  QT_TRANSLATE_NOOP("aif::Field", "Recirculation coefficient"), Quantity::Fraction,
                  0, 1)
            .explain(QT_TRANSLATE_NOOP("aif::Field",
                                       "3D field (T1): share of intake air drawn from the exhaust "
                                       "zone by the racks farthest from "
                                       "any supply.")),
        flag<A>(&A::buoyancy, "buoyancy", QT_TRANSLATE_NOOP("aif::Field", "Buoyancy"))
            .explain(QT_TRANSLATE_NOOP("aif::Field", "3D field (T1): warm air rises.")),
        number<A>(&A::cellM, "cellM", QT_TRANSLATE_NOOP("aif::Field", "Grid cell"),
                  Quantity::Length, 0.05, 1.0)
            .explain(QT_TRANSLATE_NOOP(
                "aif::Field",
                "3D field (T1): grid cell size; 0.3 m or less resolves a 0.6 m rack.")),
    });
    return f;
}

} // namespace aif
